package io.careops.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Explains a body Jackson could not read, naming the field and what was expected, without
 * Jackson's own message (which names Java classes).
 */
final class JsonProblems {

    private JsonProblems() {
    }

    static Optional<JsonProcessingException> find(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return Optional.of(json);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    static ProblemException explain(JsonProcessingException failure) {
        Optional<StreamReadException> unreadable = unreadable(failure);
        if (unreadable.isPresent() || !(failure instanceof JsonMappingException mapping)) {
            return new ProblemException(ProblemType.MALFORMED_BODY,
                    "The request body is not valid JSON" + location(unreadable.orElse(null)));
        }
        String field = FieldPaths.of(mapping.getPath());
        String message = message(mapping);
        return new ProblemException(ProblemType.VALIDATION, "The request body has a field of the wrong type or value",
                List.of(new Problem.FieldError(field, message)));
    }

    /** Syntax errors arrive on their own or wrapped in a mapping error with a field path. */
    private static Optional<StreamReadException> unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException syntax && !(cause instanceof MismatchedInputException)) {
                return Optional.of(syntax);
            }
        }
        return Optional.empty();
    }

    static String message(JsonMappingException failure) {
        if (failure instanceof io.careops.platform.json.RejectedJsonValue rejected) {
            return rejected.clientMessage();
        }
        if (failure instanceof UnrecognizedPropertyException) {
            return "unknown field";
        }
        if (failure instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "));
            }
            if (!(invalid.getValue() instanceof String)) {
                // A number or boolean where another JSON type belongs (coercion is off): say what belongs.
                return "must be " + article(describe(target));
            }
            return "'" + printable(invalid.getValue()) + "' is not a valid " + describe(target);
        }
        if (failure instanceof ValueInstantiationException) {
            return "is not a valid value";
        }
        if (failure instanceof MismatchedInputException mismatched) {
            return "must be " + article(describe(mismatched.getTargetType()));
        }
        return "is not valid";
    }

    /** Names a Java type as JSON sees it, never as a class name. */
    private static String describe(Class<?> target) {
        if (target == null) {
            return "value";
        }
        String name = target.getSimpleName();
        return switch (name) {
            case "int", "Integer", "long", "Long", "short", "Short" -> "whole number";
            case "double", "Double", "float", "Float", "BigDecimal" -> "number";
            case "boolean", "Boolean" -> "boolean";
            case "String" -> "string";
            case "UUID" -> "UUID";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "LocalTime" -> "time (HH:MM)";
            case "LocalDateTime" -> "local date-time (YYYY-MM-DDTHH:MM)";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "date-time with offset (ISO-8601)";
            case "ZoneId" -> "time zone id";
            default -> target.isArray() || java.util.Collection.class.isAssignableFrom(target) ? "array" : "object";
        };
    }

    /** The value as the client sent it, without control characters and at most 40 characters. */
    private static String printable(Object value) {
        String text = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    private static String article(String noun) {
        return ("aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 && !noun.startsWith("UUID") ? "an " : "a ") + noun;
    }

    private static String location(StreamReadException failure) {
        if (failure == null || failure.getLocation() == null || failure.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + failure.getLocation().getLineNr() + ", column " + failure.getLocation().getColumnNr() + ")";
    }
}
