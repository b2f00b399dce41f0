package io.careops.platform.http;

import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency on an edit, the same in every service: a record's version is its ETag
 * ({@code "3"}); a PATCH names the version it read either in {@code If-Match} (then a stale one is
 * 412 Precondition Failed, RFC 9110 section 13.1.1) or as {@code version} in the body (then 409
 * Conflict, kept for clients written before the header). Both answer problem JSON.
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";

    /**
     * A response that carries its record's version: {@link ETags} sends it as the ETag of a GET or
     * PATCH answer, so a client can PATCH with If-Match. A record's {@code version()} accessor
     * implements it.
     */
    public interface Tagged {
        long version();
    }

    private Versions() {
    }

    /** The ETag of a record at {@code version}. */
    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version an If-Match names ({@code "3"} or {@code W/"3"}); null when there is none or it
     * is {@code *} (any version); a tag that is not one of ours matches no version (-1).
     */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException notOurs) {
            return -1L;
        }
    }

    /**
     * Fails when the client read an older version than {@code current}: 412 for {@code ifMatch}
     * (from {@link #ifMatch}), 409 for {@code bodyVersion}; either may be null (not given).
     */
    public static void require(Long ifMatch, Long bodyVersion, long current, String what) {
        if (ifMatch != null && ifMatch != current) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "The " + what + " has changed since version "
                    + ifMatch + " (now " + current + "); read it again");
        }
        if (bodyVersion != null && bodyVersion != current) {
            throw ProblemException.conflict("The " + what + " has changed since version " + bodyVersion + " (now "
                    + current + "); read it again");
        }
    }
}
