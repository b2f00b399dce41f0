package io.careops.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem detail. Every error any CareOps service returns has this shape, so
 * integrators write one error handler for all of them.
 *
 * @param type     a URI naming the kind of problem; stable, safe to switch on
 * @param title    a short summary of the kind of problem, the same for every occurrence
 * @param status   the HTTP status, repeated for clients that only see the body
 * @param detail   what went wrong this time, in words meant for a person
 * @param instance the request path that produced it
 * @param errors   field-level failures, present only for validation problems
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that failed validation; {@code field} is the JSON path as the client sent it. */
    public record FieldError(String field, String message) {
    }
}
