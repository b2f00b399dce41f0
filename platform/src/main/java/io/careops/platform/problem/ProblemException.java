package io.careops.platform.problem;

import java.util.List;

/**
 * Thrown by services and domain code for an expected failure that the client must hear about:
 * a conflict, a broken business rule, a record that is not there. Mapped to problem JSON.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " was not found");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException ruleViolation(String field, String message) {
        return new ProblemException(ProblemType.RULE_VIOLATION, message, List.of(new Problem.FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    /**
     * This problem as field errors of one item of a bulk request, named under {@code prefix} (e.g.
     * {@code shifts[3]}): each field error becomes {@code shifts[3].field}; a problem without field
     * errors becomes one error on the item itself.
     */
    public List<Problem.FieldError> errorsUnder(String prefix) {
        if (errors == null || errors.isEmpty()) {
            return List.of(new Problem.FieldError(prefix, getMessage()));
        }
        return errors.stream().map(error -> new Problem.FieldError(prefix + "." + error.field(), error.message())).toList();
    }
}
