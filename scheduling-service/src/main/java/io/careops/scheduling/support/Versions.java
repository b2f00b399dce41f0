package io.careops.scheduling.support;

import io.careops.platform.persistence.AuditedEntity;
import io.careops.platform.problem.ProblemException;

/** Optimistic concurrency for edits that carry the version the client read. */
public final class Versions {

    private Versions() {
    }

    /** 409 when the client's version (if given) is not the record's: someone else changed it first. */
    public static void require(Long expected, AuditedEntity record, String what) {
        if (expected != null && expected != record.version()) {
            throw ProblemException.conflict("The " + what + " has changed since version " + expected + " (now "
                    + record.version() + "); read it again");
        }
    }
}
