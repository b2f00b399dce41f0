package io.careops.platform.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A schema-driven fuzz test of a whole service: it reads the service's live {@code /q/openapi},
 * and for every operation sends {@link #examplesPerOperation()} requests built from the
 * operation's parameters and request schema with a fixed seed (so a failure is reproducible):
 * one plausible request, then requests with hostile values (U+0000, huge and negative numbers,
 * years outside 0001-9999, long strings, wrong JSON types, missing and unknown fields, ids that
 * exist and ids that do not).
 *
 * <p>It fails on any 5xx and on any answer that breaks the spec: a body that does not validate
 * against the schema the spec declares for that status (JSON Schema 2020-12, formats asserted), an
 * error that is not problem JSON. Every failure is listed with the request that caused it.
 *
 * <p>Strict by default: every status must be declared, every declared error must carry its body,
 * and a {@code null} must be declared. {@code -Dcareops.fuzz.strict=false} brings back the leniency
 * used while the typed contract was being built, to see how far a spec has drifted: a status the spec does not declare, or an error it declares without a body, is checked
 * against the operation's declared success schema (2xx) or the platform's Problem schema (4xx)
 * instead of failing outright; a {@code null} is accepted where the spec gives a type or an enum
 * without null; and the java.time types the generator publishes as objects (ZoneId, YearMonth) are
 * checked as the ISO-8601 strings Jackson writes. The summary printed at the end says how often
 * each leniency was used.
 */
public abstract class OpenApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** The shape every error of every service has (see the platform's Problem record). */
    private static final String PROBLEM_SCHEMA = """
            {"type": "object", "required": ["type", "title", "status", "detail", "instance"],
             "properties": {"type": {"type": "string", "format": "uri"}, "title": {"type": "string"},
               "status": {"type": "integer", "minimum": 400, "maximum": 599}, "detail": {"type": "string"},
               "instance": {"type": "string"},
               "errors": {"type": "array", "items": {"type": "object", "required": ["field", "message"],
                 "properties": {"field": {"type": "string"}, "message": {"type": "string"}}}}}}
            """;

    /** Requests per operation. */
    protected int examplesPerOperation() {
        return 8;
    }

    /** The seed; the same seed sends the same requests. */
    protected long seed() {
        return 20261128L;
    }

    /**
     * Creates records so that generated requests reach past "not found", and names them: a value
     * list per parameter or body field name (e.g. {@code careHomeId}, {@code id}, {@code reference}).
     * The fuzzer picks from these for parameters and fields of the same name, half of the time.
     */
    protected Map<String, List<String>> knownValues() {
        return Map.of();
    }

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int lenientStatus;
    private int lenientNull;

    @Test
    void everyOperationAnswersWithinTheSpecWhateverItIsSent() throws Exception {
        boolean strict = !"false".equals(System.getProperty("careops.fuzz.strict"));
        Map<String, List<String>> known = knownValues();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String base = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
        HttpResponse<String> specAnswer = http.send(HttpRequest.newBuilder(URI.create(base + "/q/openapi?format=json"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        Assertions.assertEquals(200, specAnswer.statusCode());
        JsonNode spec = JSON.readTree(specAnswer.body());
        Schemas schemas = new Schemas(spec, strict);
        Random random = new Random(seed());
        String adminToken = Tokens.allHomes("admin");

        List<String> failures = new ArrayList<>();
        int operations = 0;
        int requests = 0;
        List<String> paths = new ArrayList<>();
        spec.path("paths").fieldNames().forEachRemaining(paths::add);
        // Test-only resources are in the live spec of a test run, not in the committed contract:
        // platform-test's probes (an unannotated endpoint, which must be denied) and stand-ins for
        // another service's API mounted under this one (compliance's stub of scheduling, /api/v1/api/v1/...).
        paths.removeIf(path -> path.startsWith("/api/v1/contract-probe") || path.startsWith("/api/v1/api/"));
        paths.sort(null);
        for (String path : paths) {
            JsonNode pathItem = spec.path("paths").path(path);
            List<String> methods = new ArrayList<>();
            pathItem.fieldNames().forEachRemaining(name -> {
                if (METHODS.contains(name)) {
                    methods.add(name);
                }
            });
            methods.sort(null);
            for (String method : methods) {
                JsonNode operation = pathItem.path(method);
                operations++;
                for (int example = 0; example < examplesPerOperation(); example++) {
                    Generator generator = new Generator(random, schemas, known, example == 0);
                    Call call = generator.call(path, method, pathItem, operation);
                    String token = example == 1 ? Tokens.of("manager", UUID.randomUUID()) : adminToken;
                    HttpResponse<String> response = send(http, base, call, token);
                    requests++;
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    String problem = check(schemas, operation, response, strict);
                    if (problem != null) {
                        failures.add(method.toUpperCase() + " " + call.target() + (call.body() == null ? ""
                                : " body " + abbreviate(call.body())) + "\n    -> " + response.statusCode() + ": " + problem);
                    }
                }
            }
        }
        System.out.printf("Fuzz: %d operations, %d requests, statuses %s; leniency used: %d undeclared statuses,"
                + " %d nulls not declared nullable, schemas checked as strings: %s%n", operations, requests, statuses,
                lenientStatus, lenientNull, schemas.corrected);
        Assertions.assertTrue(operations > 0, "the spec lists no operations");
        Assertions.assertTrue(failures.isEmpty(), failures.size() + " answers broke the spec or failed:\n"
                + failures.stream().limit(40).collect(Collectors.joining("\n")));
    }

    // --- checking an answer ----------------------------------------------------------------

    private String check(Schemas schemas, JsonNode operation, HttpResponse<String> response, boolean strict) {
        int status = response.statusCode();
        if (status >= 500) {
            return "server error " + abbreviate(response.body());
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode responses = operation.path("responses");
        JsonNode declared = responses.get(String.valueOf(status));
        if (declared == null) {
            declared = responses.get(status / 100 + "XX");
        }
        if (declared == null && responses.has("default")) {
            declared = responses.get("default");
        }
        if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            return "an error that is not problem JSON (" + contentType + ")";
        }
        JsonNode schema;
        if (declared != null) {
            declared = schemas.resolve(declared);
            JsonNode content = declared.path("content");
            if ((content.isMissingNode() || content.isEmpty()) && status >= 400 && !strict) {
                // An error declared without its body (the generator's default 400/401/403): held to
                // the platform's Problem schema until the spec declares it.
                lenientStatus++;
                schema = schemas.problem;
            } else if (content.isMissingNode() || content.isEmpty()) {
                return response.body().isEmpty() ? null : "a body where the spec declares none";
            } else {
                JsonNode media = mediaFor(content, contentType);
                if (media == null) {
                    return "content type " + contentType + " is not among the declared " + names(content);
                }
                schema = media.get("schema");
            }
        } else if (strict) {
            return "status " + status + " is not declared for this operation";
        } else {
            lenientStatus++;
            if (status >= 400) {
                schema = schemas.problem;
            } else {
                // e.g. a create answering 201 where the spec says 200 with no content: nothing to hold it to.
                schema = declaredSuccessSchema(schemas, responses, contentType);
            }
        }
        if (schema == null || !contentType.contains("json") || status == 204) {
            return null;
        }
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (Exception notJson) {
            return "declared JSON but is not: " + abbreviate(response.body());
        }
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : schemas.validator(schema).validate(body)) {
            if (!strict && message.getInstanceNode() != null && message.getInstanceNode().isNull()) {
                lenientNull++;
                continue;
            }
            errors.add(message.getMessage());
        }
        return errors.isEmpty() ? null : "body breaks the declared schema: " + errors.stream().limit(5).toList();
    }

    private static JsonNode declaredSuccessSchema(Schemas schemas, JsonNode responses, String contentType) {
        for (Iterator<String> names = responses.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.startsWith("2")) {
                JsonNode media = mediaFor(schemas.resolve(responses.get(name)).path("content"), contentType);
                if (media != null && media.has("schema")) {
                    return media.get("schema");
                }
            }
        }
        return null;
    }

    private static JsonNode mediaFor(JsonNode content, String contentType) {
        String type = contentType.split(";")[0].trim();
        if (content.has(type)) {
            return content.get(type);
        }
        for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals("*/*") || name.endsWith("/*") && type.startsWith(name.substring(0, name.length() - 1))) {
                return content.get(name);
            }
        }
        return null;
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    // --- sending ----------------------------------------------------------------------------

    record Call(String target, String method, String contentType, String body) {
    }

    private static HttpResponse<String> send(HttpClient http, String base, Call call, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.target()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json, */*");
        HttpRequest.BodyPublisher body = call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body());
        if (call.body() != null) {
            request.header("Content-Type", call.contentType());
        }
        request.method(call.method().toUpperCase(), body);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    // --- the spec's schemas ----------------------------------------------------------------

    static final class Schemas {
        final JsonNode spec;
        final JsonNode problem;
        private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        private final Map<JsonNode, JsonSchema> validators = new java.util.IdentityHashMap<>();

        /** Component schemas replaced by what the service really sends (lenient mode only). */
        final List<String> corrected = new ArrayList<>();

        Schemas(JsonNode published, boolean strict) throws Exception {
            this.problem = JSON.readTree(PROBLEM_SCHEMA);
            if (strict) {
                this.spec = published;
                return;
            }
            // java.time types the generator publishes as objects, though Jackson writes them as
            // ISO-8601 strings: checked as the strings they are, until the spec says so itself.
            JsonNode copy = published.deepCopy();
            JsonNode components = copy.path("components").path("schemas");
            if (components instanceof ObjectNode schemasNode) {
                // Only names no CareOps record uses (TrendReport has its own Period, an object).
                for (String name : List.of("ZoneId", "ZoneOffset", "ZoneRules", "YearMonth")) {
                    if (schemasNode.has(name) && !"string".equals(schemasNode.get(name).path("type").asText())) {
                        ObjectNode string = NODES.objectNode();
                        string.put("type", "string");
                        schemasNode.set(name, string);
                        corrected.add(name);
                    }
                }
            }
            this.spec = copy;
        }

        JsonNode resolve(JsonNode node) {
            JsonNode at = node;
            for (int hops = 0; at != null && at.has("$ref") && hops < 10; hops++) {
                String ref = at.get("$ref").asText();
                at = ref.startsWith("#/") ? spec.at(ref.substring(1)) : null;
            }
            return at == null ? NODES.objectNode() : at;
        }

        /** A validator for a schema of the spec; its $refs resolve within the spec's components. */
        JsonSchema validator(JsonNode schema) {
            return validators.computeIfAbsent(schema, key -> {
                ObjectNode wrapper = NODES.objectNode();
                wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
                wrapper.putArray("allOf").add(key);
                wrapper.set("components", spec.path("components"));
                return factory.getSchema(wrapper, config);
            });
        }
    }

    // --- generating requests ---------------------------------------------------------------

    static final class Generator {

        private static final List<String> HOSTILE_TEXT = List.of("", " ", "a\u0000b", "x".repeat(5000), "Ünïcødé ✓ 漢字 🙂",
                "' OR 1=1 --", "../../etc/passwd", "%00", "<script>alert(1)</script>", "\uFEFF", "null");
        private static final List<String> HOSTILE_DATES = List.of("-999999-01-01", "+10000-01-01", "0000-12-31", "2026-02-30",
                "2026-13-01", "1-1-1", "");
        private static final List<String> HOSTILE_DATE_TIMES = List.of("+999999-01-01T00:00:00Z", "2026-01-16T25:00:00Z",
                "2026-01-16", "0000-01-01T00:00:00Z");
        private static final List<Long> HOSTILE_INTEGERS = List.of(-1L, 0L, 2147483647L, -2147483648L, 2147483648L,
                9223372036854775807L, 30000000L, 1000001L);

        private final Random random;
        private final Schemas schemas;
        private final Map<String, List<String>> known;
        private final boolean plausible;

        Generator(Random random, Schemas schemas, Map<String, List<String>> known, boolean plausible) {
            this.random = random;
            this.schemas = schemas;
            this.known = known;
            this.plausible = plausible;
        }

        private boolean hostile() {
            return !plausible && random.nextInt(4) == 0;
        }

        Call call(String path, String method, JsonNode pathItem, JsonNode operation) {
            List<JsonNode> parameters = new ArrayList<>();
            pathItem.path("parameters").forEach(parameter -> parameters.add(schemas.resolve(parameter)));
            operation.path("parameters").forEach(parameter -> parameters.add(schemas.resolve(parameter)));
            String target = path;
            Map<String, String> query = new LinkedHashMap<>();
            for (JsonNode parameter : parameters) {
                String name = parameter.path("name").asText();
                String in = parameter.path("in").asText();
                boolean required = parameter.path("required").asBoolean(false) || in.equals("path");
                if (!required && !plausible && random.nextBoolean()) {
                    continue;
                }
                if (!required && plausible && !known.containsKey(name)) {
                    continue;
                }
                String value = text(name, schemas.resolve(parameter.path("schema")));
                if (in.equals("path") && value.isEmpty()) {
                    // An empty segment is another URL (/certifications//file), not this operation.
                    value = " ";
                }
                if (in.equals("path")) {
                    target = target.replace("{" + name + "}", encode(value).replace("+", "%20"));
                } else if (in.equals("query")) {
                    query.put(name, value);
                }
            }
            // A path template the spec declares no parameter for still needs a value.
            java.util.regex.Matcher undeclared = java.util.regex.Pattern.compile("\\{([^}/]+)}").matcher(target);
            StringBuilder filled = new StringBuilder();
            while (undeclared.find()) {
                String name = undeclared.group(1);
                List<String> values = known.get(name);
                String value = values != null && !values.isEmpty() ? values.get(random.nextInt(values.size()))
                        : new UUID(random.nextLong(), random.nextLong()).toString();
                undeclared.appendReplacement(filled, java.util.regex.Matcher.quoteReplacement(encode(value)));
            }
            undeclared.appendTail(filled);
            target = filled.toString();
            if (!query.isEmpty()) {
                target += "?" + query.entrySet().stream().map(entry -> entry.getKey() + "=" + encode(entry.getValue()))
                        .collect(Collectors.joining("&"));
            }
            JsonNode requestBody = schemas.resolve(operation.path("requestBody"));
            JsonNode content = requestBody.path("content");
            if (content.isMissingNode() || content.isEmpty()) {
                return new Call(target, method, null, null);
            }
            String mediaType = content.fieldNames().next();
            if (!mediaType.contains("json")) {
                return new Call(target, method, mediaType.equals("*/*") ? "application/octet-stream" : mediaType,
                        plausible ? "%PDF-1.4 fuzz" : "\u0000\u0001 random bytes " + random.nextInt());
            }
            JsonNode schema = content.path(mediaType).path("schema");
            JsonNode body = value("body", schema, 0);
            if (!plausible && random.nextInt(6) == 0) {
                body = random.nextBoolean() ? NODES.arrayNode().add(body) : NODES.textNode("not an object");
            }
            return new Call(target, method, mediaType, body.toString());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }

        /** A value for a parameter, as text. */
        private String text(String name, JsonNode schema) {
            JsonNode value = value(name, schema, 0);
            return value.isTextual() ? value.asText() : value.toString();
        }

        private JsonNode value(String name, JsonNode schemaOrRef, int depth) {
            JsonNode schema = schemas.resolve(schemaOrRef);
            List<String> values = known.get(name);
            if (values != null && !values.isEmpty() && (plausible || random.nextBoolean())) {
                return NODES.textNode(values.get(random.nextInt(values.size())));
            }
            for (String combiner : List.of("allOf", "oneOf", "anyOf")) {
                if (schema.has(combiner) && schema.get(combiner).size() > 0) {
                    JsonNode options = schema.get(combiner);
                    JsonNode chosen = options.get(random.nextInt(options.size()));
                    if (schemas.resolve(chosen).path("type").asText().equals("null") && options.size() > 1) {
                        chosen = options.get(0) == chosen ? options.get(1) : options.get(0);
                    }
                    return value(name, chosen, depth);
                }
            }
            if (!plausible && random.nextInt(12) == 0) {
                return wrongType(schema);
            }
            if (schema.has("enum") && schema.get("enum").size() > 0) {
                if (hostile()) {
                    return NODES.textNode("NOT_A_VALUE");
                }
                return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
            }
            if (plausible && schema.has("examples") && schema.get("examples").size() > 0) {
                return schema.get("examples").get(0);
            }
            if (plausible && schema.has("example")) {
                return schema.get("example");
            }
            String type = type(schema);
            String format = schema.path("format").asText("");
            switch (type) {
                case "object": {
                    ObjectNode object = NODES.objectNode();
                    if (depth > 4) {
                        return object;
                    }
                    Set<String> required = new java.util.HashSet<>();
                    schema.path("required").forEach(field -> required.add(field.asText()));
                    for (Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields(); fields.hasNext(); ) {
                        Map.Entry<String, JsonNode> field = fields.next();
                        boolean keep = plausible || required.contains(field.getKey()) ? random.nextInt(10) > 0 || plausible
                                : random.nextInt(3) > 0;
                        if (keep) {
                            object.set(field.getKey(), value(field.getKey(), field.getValue(), depth + 1));
                        }
                    }
                    if (!plausible && random.nextInt(8) == 0) {
                        object.put("unexpectedField" + random.nextInt(100), 1);
                    }
                    return object;
                }
                case "array": {
                    ArrayNode array = NODES.arrayNode();
                    int size = plausible ? 1 : random.nextInt(hostile() ? 40 : 3);
                    for (int i = 0; i < size && depth <= 4; i++) {
                        array.add(value(name, schema.path("items"), depth + 1));
                    }
                    return array;
                }
                case "integer": {
                    if (hostile()) {
                        return NODES.numberNode(HOSTILE_INTEGERS.get(random.nextInt(HOSTILE_INTEGERS.size())));
                    }
                    long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
                    long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min, 10);
                    return NODES.numberNode(min + (long) (random.nextDouble() * (Math.min(max, min + 1000) - min + 1)));
                }
                case "number":
                    return hostile() ? NODES.numberNode(random.nextBoolean() ? 1e308 : -0.000001)
                            : NODES.numberNode(Math.round(random.nextDouble() * 10000) / 100.0);
                case "boolean":
                    return NODES.booleanNode(random.nextBoolean());
                case "null":
                    return NODES.nullNode();
                default:
                    return NODES.textNode(string(schema, format));
            }
        }

        private String string(JsonNode schema, String format) {
            boolean hostile = hostile();
            switch (format) {
                case "uuid":
                    return hostile ? HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size())) : new UUID(random.nextLong(), random.nextLong()).toString();
                case "date":
                    return hostile ? HOSTILE_DATES.get(random.nextInt(HOSTILE_DATES.size()))
                            : java.time.LocalDate.of(2026, 1, 1).plusDays(random.nextInt(400) - 200).toString();
                case "date-time":
                    return hostile ? HOSTILE_DATE_TIMES.get(random.nextInt(HOSTILE_DATE_TIMES.size()))
                            : "2026-01-" + (10 + random.nextInt(18)) + "T10:45:00Z";
                case "local-time":
                case "time":
                    return hostile ? "25:61" : String.format("%02d:%02d", random.nextInt(24), random.nextInt(4) * 15);
                case "duration":
                    return hostile ? "P-9999999999D" : "PT8H";
                default:
                    break;
            }
            if (hostile) {
                return HOSTILE_TEXT.get(random.nextInt(HOSTILE_TEXT.size()));
            }
            int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : 20;
            int min = schema.has("minLength") ? schema.get("minLength").asInt() : 1;
            String text = "fuzz" + Integer.toString(random.nextInt(1_000_000), 36);
            while (text.length() < min) {
                text += "x";
            }
            return text.length() > max ? text.substring(0, Math.max(min, max)) : text;
        }

        private JsonNode wrongType(JsonNode schema) {
            return switch (type(schema)) {
                case "string" -> random.nextBoolean() ? NODES.numberNode(2) : NODES.booleanNode(true);
                case "integer", "number" -> random.nextBoolean() ? NODES.textNode("seventy") : NODES.numberNode(1.5);
                case "boolean" -> NODES.numberNode(2);
                case "array" -> NODES.objectNode();
                default -> NODES.arrayNode().add(1);
            };
        }

        private static String type(JsonNode schema) {
            JsonNode type = schema.get("type");
            if (type == null) {
                return schema.has("properties") ? "object" : "string";
            }
            if (type.isArray()) {
                for (JsonNode option : type) {
                    if (!option.asText().equals("null")) {
                        return option.asText();
                    }
                }
                return "null";
            }
            return type.asText();
        }
    }
}
