package io.careops.platform.json;

/** The years a date may have in this API: 0001 to 9999, as ISO-8601's four digits and PostgreSQL allow. */
public final class YearRange {

    public static final int FIRST = 1;
    public static final int LAST = 9999;
    public static final String MESSAGE = "must be in the years 0001 to 9999";

    private YearRange() {
    }

    public static boolean contains(int year) {
        return year >= FIRST && year <= LAST;
    }
}
