package io.careops.platform.problem;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
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
 * sent ({@code shifts[2].date}). Bodies that read cleanly pay only for holding their bytes once;
 * bodies that are not JSON are left alone.
 */
@Provider
public class AllFieldProblems implements ReaderInterceptor {

    private static final int MAX_ERRORS = 50;

    private final ObjectMapper mapper;

    public AllFieldProblems(ObjectMapper mapper) {
        this.mapper = mapper;
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
            List<Problem.FieldError> errors = diagnose(body, failure, context.getGenericType());
            if (errors.size() <= 1) {
                throw failure;
            }
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " fields have the wrong type or value",
                    errors);
        }
    }

    private List<Problem.FieldError> diagnose(byte[] body, JsonMappingException failure, java.lang.reflect.Type target) {
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (IOException | RuntimeException malformed) {
            return List.of();
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            check(tree, mapper.constructType(target), "", errors, 0);
        } catch (RuntimeException unexpected) {
            return List.of();
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field));
        return errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
    }

    private void check(JsonNode node, JavaType type, String path, List<Problem.FieldError> errors, int depth) {
        if (errors.size() > MAX_ERRORS || depth > 10) {
            return;
        }
        if (isBean(type) && node.isObject()) {
            BeanDescription description = mapper.getDeserializationConfig().introspect(type);
            Set<String> known = new HashSet<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                if (!property.couldDeserialize()) {
                    continue;
                }
                known.add(property.getName());
                JsonNode value = node.get(property.getName());
                if (value != null && !value.isNull()) {
                    check(value, property.getPrimaryType(), join(path, property.getName()), errors, depth + 1);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                String name = fields.next().getKey();
                if (!known.contains(name) && !description.getIgnoredPropertyNames().contains(name)) {
                    errors.add(new Problem.FieldError(join(path, name), "unknown field"));
                }
            }
            return;
        }
        if ((type.isCollectionLikeType() || type.isArrayType()) && node.isArray() && type.getContentType() != null) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), type.getContentType(), path + "[" + i + "]", errors, depth + 1);
            }
            return;
        }
        try {
            mapper.readerFor(type).readValue(mapper.treeAsTokens(node));
        } catch (JsonMappingException wrong) {
            errors.add(new Problem.FieldError(path.isEmpty() ? "body" : path, JsonProblems.message(wrong)));
        } catch (IOException | RuntimeException other) {
            errors.add(new Problem.FieldError(path.isEmpty() ? "body" : path, "is not valid"));
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
