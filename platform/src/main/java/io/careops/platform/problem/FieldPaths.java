package io.careops.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;

/** Turns framework paths into the field names a client sent, e.g. {@code items[2].startTime}. */
final class FieldPaths {

    private FieldPaths() {
    }

    /**
     * A violation on a resource method reads {@code create.request.name}; the client only knows
     * {@code name}. A query or path parameter keeps its own name.
     */
    static String of(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        Path.Node last = null;
        boolean derived = false;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node;
        }
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                appendIndex(field, node);
                boolean internal = node == last && kind == ElementKind.PROPERTY
                        && !isJsonProperty(violation.getLeafBean(), node.getName());
                derived |= internal;
                if (node.getName() != null && !node.getName().startsWith("<") && !internal) {
                    if (!field.isEmpty()) {
                        field.append('.');
                    }
                    field.append(node.getName());
                }
            }
        }
        if (field.isEmpty()) {
            // A rule on the whole body (a derived getter of the request) belongs to the body, not
            // to the Java parameter that holds it.
            return parameter == null || derived ? "body" : parameter;
        }
        return field.toString();
    }

    /**
     * A rule on a derived getter ({@code isShiftDescribed()}) is named after the getter, which the
     * client never sent; such a problem belongs to the object that holds it.
     */
    private static boolean isJsonProperty(Object bean, String name) {
        if (bean == null || name == null) {
            return true;
        }
        Class<?> type = bean.getClass();
        if (type.isRecord()) {
            for (var component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return true;
                }
            }
            return false;
        }
        for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
            for (var declared : at.getDeclaredFields()) {
                if (declared.getName().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void appendIndex(StringBuilder field, Path.Node node) {
        if (node.getIndex() != null) {
            field.append('[').append(node.getIndex()).append(']');
        } else if (node.getKey() != null) {
            field.append('[').append(node.getKey()).append(']');
        }
    }

    static String of(List<JsonMappingException.Reference> references) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
