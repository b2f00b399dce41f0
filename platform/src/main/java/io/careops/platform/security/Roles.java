package io.careops.platform.security;

/** The roles carried in a token's {@code groups} claim. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final String STAFF = "staff";
    /** Care Inspectorate and other reviewers: read-only. */
    public static final String INSPECTOR = "inspector";

    private Roles() {
    }
}
