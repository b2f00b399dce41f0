package io.careops.platform.problem;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every field problem of a JSON body in one answer. Jackson stops at the first value it cannot
 * read, so a body with three wrong fields would take three round trips. When reading fails, the
 * body is read again as a tree and each field is tried on its own against its declared type
 * (recursing into objects and arrays), and the answer lists them all, with the paths the client
 * sent ({@code shifts[2].date}). The fields that do read are checked against their Bean
 * Validation rules too (a missing {@code name} next to a {@code bedCapacity} of {@code "many"}),
 * so a client sees the type problems and the rule problems together. Bodies that read cleanly
 * pay only for holding their bytes once (their rules are checked as usual, after reading);
 * bodies that are not JSON are left alone.
 */
@Provider
public class AllFieldProblems implements ReaderInterceptor {

    private static final int MAX_ERRORS = 50;

    private final ObjectMapper mapper;
    private final Validator validator;

    public AllFieldProblems(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (JsonMappingException failure) {
            Found found = diagnose(body, context.getGenericType());
            if (found.types.isEmpty() || (found.types.size() == 1 && found.rules.isEmpty())) {
                throw failure; // nothing more to say than Jackson's own problem
            }
            List<Problem.FieldError> errors = new ArrayList<>(found.types);
            errors.addAll(found.rules);
            errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
            if (errors.size() > MAX_ERRORS) {
                errors = errors.subList(0, MAX_ERRORS);
            }
            throw new ProblemException(ProblemType.VALIDATION, found.rules.isEmpty()
                    ? errors.size() + " fields have the wrong type or value"
                    : errors.size() + " field problems: of type or value, and of the rules", errors);
        }
    }

    /** Type problems (a value Jackson cannot read) and rule problems (Bean Validation) found in a body. */
    private record Found(List<Problem.FieldError> types, List<Problem.FieldError> rules) {
    }

    private Found diagnose(byte[] body, java.lang.reflect.Type target) {
        Found found = new Found(new ArrayList<>(), new ArrayList<>());
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (IOException | RuntimeException malformed) {
            return found;
        }
        try {
            check(tree, mapper.constructType(target), "", found, 0);
        } catch (RuntimeException unexpected) {
            return new Found(List.of(), List.of());
        }
        return found;
    }

    /**
     * Checks one value against its declared type, adding what is wrong to {@code errors}; answers
     * the value read when it is a plain value (not an object or an array) that reads cleanly.
     */
    private Object check(JsonNode node, JavaType type, String path, Found found, int depth) {
        List<Problem.FieldError> errors = found.types;
        if (errors.size() > MAX_ERRORS || depth > 10) {
            return null;
        }
        if (isBean(type) && node.isObject()) {
            BeanDescription description = mapper.getDeserializationConfig().introspect(type);
            Set<String> known = new HashSet<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (!property.couldDeserialize()) {
                    continue;
                }
                known.add(property.getName());
                String field = join(path, property.getName());
                JsonNode value = node.get(property.getName());
                int before = errors.size();
                Object read = null;
                if (value != null && !value.isNull()) {
                    read = check(value, property.getPrimaryType(), field, found, depth + 1);
                }
                if (errors.size() == before && (read != null || value == null || value.isNull())) {
                    rules(type.getRawClass(), property.getInternalName(), read, field, found.rules);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                String name = fields.next().getKey();
                if (!known.contains(name) && !description.getIgnoredPropertyNames().contains(name)) {
                    errors.add(new Problem.FieldError(join(path, name), "unknown field"));
                }
            }
            return null;
        }
        if ((type.isCollectionLikeType() || type.isArrayType()) && node.isArray() && type.getContentType() != null) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), type.getContentType(), path + "[" + i + "]", found, depth + 1);
            }
            return null;
        }
        if (node.isContainerNode()) {
            // An object or array where a plain value belongs: reading it names the problem.
            readOrExplain(node, type, path, errors);
            return null;
        }
        return readOrExplain(node, type, path, errors);
    }

    private Object readOrExplain(JsonNode node, JavaType type, String path, List<Problem.FieldError> errors) {
        try {
            return mapper.readerFor(type).readValue(mapper.treeAsTokens(node));
        } catch (JsonMappingException wrong) {
            errors.add(new Problem.FieldError(path.isEmpty() ? "body" : path, JsonProblems.message(wrong)));
        } catch (IOException | RuntimeException other) {
            errors.add(new Problem.FieldError(path.isEmpty() ? "body" : path, "is not valid"));
        }
        return null;
    }

    /** The Bean Validation rules of one property of a request type, for a value that read cleanly or is missing. */
    private void rules(Class<?> beanType, String property, Object value, String field, List<Problem.FieldError> errors) {
        Set<? extends ConstraintViolation<?>> violations;
        try {
            violations = validator.validateValue(beanType, property, value);
        } catch (RuntimeException notAProperty) {
            return; // a creator-only property the validator does not know: nothing to add
        }
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new Problem.FieldError(field, violation.getMessage()));
        }
    }

    /** Our own request types (records and classes outside the JDK), whose fields are checked one by one. */
    private static boolean isBean(JavaType type) {
        Class<?> raw = type.getRawClass();
        return !raw.isPrimitive() && !raw.isEnum() && !raw.isArray() && !type.isContainerType()
                && raw.getName().startsWith("io.careops.");
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
