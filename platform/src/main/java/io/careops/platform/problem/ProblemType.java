package io.careops.platform.problem;

import java.net.URI;

/**
 * The kinds of problem the services report. The type URIs are identifiers, documented in the
 * README; they are not fetched.
 */
public enum ProblemType {
    VALIDATION(400, "validation-failed", "Request validation failed"),
    MALFORMED_BODY(400, "malformed-body", "Malformed request body"),
    BAD_REQUEST(400, "bad-request", "Bad request"),
    UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request body too large"),
    URI_TOO_LONG(414, "uri-too-long", "Request target too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    RULE_VIOLATION(422, "rule-violation", "Business rule violated"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Request headers too large"),
    UNAVAILABLE(503, "unavailable", "Service unavailable"),
    INTERNAL(500, "internal-error", "Internal error");

    private static final String BASE = "https://careops.io/problems/";

    private final int status;
    private final URI type;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create(BASE + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** The generic kind for a status a framework produced (405, 406, 415...). */
    public static ProblemType forStatus(int status) {
        for (ProblemType candidate : values()) {
            if (candidate.status == status && candidate != VALIDATION && candidate != MALFORMED_BODY) {
                return candidate;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
