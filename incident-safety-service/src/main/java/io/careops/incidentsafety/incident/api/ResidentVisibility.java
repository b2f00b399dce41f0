package io.careops.incidentsafety.incident.api;

import io.careops.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The resident involved is special-category data: managers and admins read it, nobody else. */
public final class ResidentVisibility {

    private ResidentVisibility() {
    }

    public static boolean seesResident(JsonWebToken caller) {
        return caller.getGroups().contains(Roles.ADMIN) || caller.getGroups().contains(Roles.MANAGER);
    }
}
