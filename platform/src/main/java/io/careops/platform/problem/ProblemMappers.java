package io.careops.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure that reaches the REST layer to problem JSON. Details are written for the
 * client; exception messages, class names and stack traces stay in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final io.careops.platform.http.AllowedMethods allowedMethods;

    public ProblemMappers(io.careops.platform.http.AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException failure, HttpServerRequest request) {
        return ProblemResponses.of(failure.type(), failure.getMessage(), request.path(), failure.errors());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException failure, HttpServerRequest request) {
        List<Problem.FieldError> errors = failure.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(FieldPaths.of(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid";
        return ProblemResponses.of(ProblemType.VALIDATION, detail, request.path(), errors);
    }

    /** Ahead of Quarkus's own Jackson mappers, which answer in plain JSON. */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response unreadableBody(JsonProcessingException failure, HttpServerRequest request) {
        return problem(JsonProblems.explain(failure), request);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mismatchedBody(MismatchedInputException failure, HttpServerRequest request) {
        return problem(JsonProblems.explain(failure), request);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException failure, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.VALIDATION, "Query parameter " + failure.parameter() + " is invalid",
                request.path(), List.of(new Problem.FieldError(failure.parameter(), failure.expected())));
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException failure, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED, "A valid bearer token is required", request.path());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException failure, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.UNAUTHENTICATED,
                "The bearer token is missing, expired or not signed by a trusted issuer", request.path());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.FORBIDDEN, "Your role does not allow this action", request.path());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException failure, HttpServerRequest request) {
        return ProblemResponses.of(ProblemType.CONFLICT,
                "The record was changed by someone else; reload it and try again", request.path());
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException failure, HttpServerRequest request) {
        Response known = fromSqlState(failure, request);
        return known != null ? known : unexpected(failure, request);
    }

    /** The answer for a database refusal that is the request's fault, or null. */
    private static Response fromSqlState(Throwable failure, HttpServerRequest request) {
        String state = sqlState(failure);
        if ("23505".equals(state)) {
            return ProblemResponses.of(ProblemType.CONFLICT, "A record with the same unique value already exists",
                    request.path());
        }
        if ("23P01".equals(state)) {
            return ProblemResponses.of(ProblemType.CONFLICT,
                    "The record overlaps another that it may not overlap",
                    request.path());
        }
        if ("23503".equals(state)) {
            return ProblemResponses.of(ProblemType.CONFLICT,
                    "The record refers to, or is referred to by, another record", request.path());
        }
        if ("23514".equals(state)) {
            return ProblemResponses.of(ProblemType.RULE_VIOLATION, "The record breaks a data rule", request.path());
        }
        if (state != null && state.startsWith("22")) {
            // Data exceptions (a value too long or too large for its column, a character PostgreSQL
            // cannot store): input the API should have refused with a named field. A backstop, so a
            // rule we missed is still the client's 400 and not a 500; logged so the rule gets added.
            LOG.warnf("Value refused by the database on %s %s (SQLState %s): %s", request.method(), request.path(), state,
                    failure.getMessage());
            return ProblemResponses.of(ProblemType.VALIDATION,
                    "A value is longer, larger or otherwise outside what this service can store", request.path());
        }
        return null;
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException failure, HttpServerRequest request) {
        var json = JsonProblems.find(failure);
        if (json.isPresent()) {
            return problem(JsonProblems.explain(json.get()), request);
        }
        int status = failure.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = switch (status) {
            case 404 -> "Nothing is found at " + request.method() + " " + request.path();
            case 405 -> request.method() + " is not allowed here" + allowed(failure);
            case 406 -> "This resource answers application/json";
            case 415 -> "Content type '" + request.getHeader("Content-Type") + "' is not supported; send application/json";
            case 413 -> "The request body is larger than this service accepts";
            default -> status >= 500 ? "The service could not complete the request" : "The request could not be processed";
        };
        if (status >= 500) {
            return unexpected(failure, request);
        }
        Response response = ProblemResponses.of(type, detail, request.path());
        if (status == 405) {
            String allow = failure.getResponse().getHeaderString("Allow");
            if (allow == null || allow.isBlank()) {
                allow = allowedMethods.allow(request.path());
            }
            if (!allow.isBlank()) {
                return Response.status(405).type(Problem.MEDIA_TYPE).entity(new Problem(type.type(), type.title(), 405,
                        request.method() + " is not allowed here; allowed: " + allow, request.path(), null))
                        .header("Allow", allow).build();
            }
        }
        return response;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, HttpServerRequest request) {
        var json = JsonProblems.find(failure);
        if (json.isPresent()) {
            return problem(JsonProblems.explain(json.get()), request);
        }
        if (DatabaseOutage.in(failure)) {
            LOG.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), failure.getMessage());
            return ProblemResponses.of(ProblemType.UNAVAILABLE,
                    "The service cannot reach its database; try again shortly", request.path());
        }
        if (DatabaseOutage.busy(failure)) {
            LOG.warnf("Timed out or lost a race on %s %s: %s", request.method(), request.path(), failure.getMessage());
            return ProblemResponses.of(ProblemType.UNAVAILABLE,
                    "The service is too busy to finish the request in time; nothing was changed, try again shortly",
                    request.path());
        }
        Response known = fromSqlState(failure, request);
        if (known != null) {
            return known;
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure on %s %s, reference %s", request.method(), request.path(), reference);
        return ProblemResponses.of(ProblemType.INTERNAL,
                "The service could not complete the request; quote reference " + reference + " to support",
                request.path());
    }

    private static String allowed(WebApplicationException failure) {
        String allow = failure.getResponse().getHeaderString("Allow");
        return allow == null ? "" : "; allowed: " + allow;
    }

    private static String sqlState(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
