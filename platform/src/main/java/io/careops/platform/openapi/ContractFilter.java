package io.careops.platform.openapi;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Turns what SmallRye scans from the resources into the contract the clients are generated from,
 * the same way for every service. It runs once, when the spec is built ({@code RunStage.BUILD}): the
 * document a service serves at {@code /q/openapi} is the one the build wrote. (Registered through
 * {@code mp.openapi.filter} it also ran at every start, over the whole document; issue 16, time to
 * ready.) Only the servers' description is set at run time, by {@link ServerDescriptionFilter}.
 * <ul>
 * <li>the shared {@code Problem} schema (RFC 9457 with {@code errors[]}) as
 * {@code application/problem+json} on every 4xx and 5xx an operation declares;</li>
 * <li>the error statuses every operation can answer, derived from its shape: 400 when it takes
 * parameters or a body, 401 and 403 when it is secured, 404 when its path, a UUID query parameter or its
 * body names a record, 409 and
 * 422 for writes (a duplicate or a concurrent change, a broken rule), 413 and 415 when it takes a
 * body, 500 and 503 always; an operation may declare more with {@code @APIResponse(responseCode =
 * "...")} (the Problem content is added here);</li>
 * <li>{@code Location} on every 201 (but a list, or one marked {@value #NO_LOCATION}), no content on 204,
 * and no placeholder 200 beside either;</li>
 * <li>every property of a schema a success response carries is {@code required} (the services
 * write nulls, they never omit a field); fields that may be null say so with
 * {@code @Schema(nullable = true)} on the record component;</li>
 * <li>an example on every JSON request body unless the operation gives its own, built from the schema:
 * the required fields and those with an example of their own, valued from property examples, formats,
 * enums and bounds;</li>
 * <li>the roles an operation allows in {@code x-roles} and its description (not as bearer "scopes");</li>
 * </ul>
 * What stays per endpoint: {@code operationId}, the success status and schema when the method
 * returns a bare {@code Response}, and {@code @Schema(nullable = true)} on response fields.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    public static final String PROBLEM = "Problem";
    public static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_JSON = "application/problem+json";
    /**
     * {@code @Extension(name = "x-careops-no-location", value = "true")} on a method that answers 201 without a
     * {@code Location} (it records something that has no URL of its own). It stays in the spec, so the filter
     * gives the same answer when it runs again.
     */
    public static final String NO_LOCATION = "x-careops-no-location";
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Descriptions Quarkus gives the responses it adds; ours say what the status means here. */
    private static final Set<String> GENERATED_DESCRIPTIONS = Set.of("Not Authorized", "Not Allowed", "Bad Request",
            "Not Found", "Internal Server Error", "Conflict");
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "The request is invalid: errors[] names each field, as the client sent it"),
            Map.entry("401", "No valid bearer token"),
            Map.entry("403", "The caller's role may not do this"),
            Map.entry("404", "No such record among the caller's care homes"),
            Map.entry("409", "Conflicts with another record (a duplicate) or with a concurrent change"),
            Map.entry("412", "If-Match names a version that is no longer current: someone else changed the record first"),
            Map.entry("413", "The body is over the size limit"),
            Map.entry("415", "The body is not application/json"),
            Map.entry("422", "Well-formed, but breaks a business rule"),
            Map.entry("500", "A bug; the detail carries a reference to quote, which is in the log"),
            Map.entry("503", "The database cannot be reached; retry after Retry-After"));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        components.addSchema(PROBLEM, problemSchema());
        describeServers(api);

        Set<String> responseSchemas = new HashSet<>();
        Set<String> requestSchemas = new HashSet<>();
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
                for (Map.Entry<PathItem.HttpMethod, Operation> method : path.getValue().getOperations().entrySet()) {
                    Operation operation = method.getValue();
                    completeResponses(api, path.getKey(), method.getKey().name(), operation);
                    describeRoles(operation);
                    collectSchemas(operation, responseSchemas, requestSchemas);
                }
            }
        }
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        for (String name : reachable(responseSchemas, schemas)) {
            Schema schema = schemas.get(name);
            if (name.equals(PROBLEM) || name.equals(FIELD_ERROR) || schema == null || schema.getProperties() == null) {
                continue;
            }
            for (String property : schema.getProperties().keySet()) {
                if (schema.getRequired() == null || !schema.getRequired().contains(property)) {
                    schema.addRequired(property);
                }
            }
        }
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            for (PathItem item : api.getPaths().getPathItems().values()) {
                for (Operation operation : item.getOperations().values()) {
                    addRequestExample(operation, schemas);
                }
            }
        }
    }

    // --- responses -----------------------------------------------------------------------------

    private void completeResponses(OpenAPI api, String path, String method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        Map<String, APIResponse> responses = new TreeMap<>(operation.getResponses().getAPIResponses() == null
                ? Map.of() : operation.getResponses().getAPIResponses());
        boolean body = operation.getRequestBody() != null;
        boolean recordPath = path.contains("{");
        boolean parameters = body || recordPath || operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                || operation.getSecurity() == null && api.getSecurity() != null && !api.getSecurity().isEmpty();

        if (responses.containsKey("201") || responses.containsKey("204") || responses.containsKey("202")) {
            APIResponse ok = responses.get("200");
            if (ok != null && isPlaceholder(ok)) {
                responses.remove("200");
            }
        }
        boolean location = operation.getExtensions() == null || !operation.getExtensions().containsKey(NO_LOCATION);
        APIResponse created = responses.get("201");
        if (created != null && location && !isArray(created)
                && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
            created.addHeader("Location", header("The new record's URL",
                    OASFactory.createSchema().addType(SchemaType.STRING).format("uri")));
        }
        APIResponse noContent = responses.get("204");
        if (noContent != null) {
            noContent.setContent(null);
        }

        if (parameters) {
            responses.putIfAbsent("400", null);
        }
        if (secured) {
            responses.putIfAbsent("401", null);
            responses.putIfAbsent("403", null);
        }
        if (recordPath || body || namesRecord(operation)) {
            // A record named by the path, a query parameter or the body may be missing or in another home.
            responses.putIfAbsent("404", null);
        }
        if (WRITES.contains(method)) {
            responses.putIfAbsent("409", null);
            responses.putIfAbsent("422", null);
        } else if (namesPeriod(operation)) {
            // A period given as from/to that ends before it starts, or runs longer than the
            // operation allows, is refused by the period rule.
            responses.putIfAbsent("422", null);
        }
        if (takesIfMatch(operation)) {
            responses.putIfAbsent("412", null);
        }
        if (body) {
            responses.putIfAbsent("413", null);
            responses.putIfAbsent("415", null);
        }
        responses.putIfAbsent("500", null);
        responses.putIfAbsent("503", null);

        Map<String, APIResponse> completed = new LinkedHashMap<>();
        responses.forEach((status, response) -> completed.put(status,
                status.startsWith("4") || status.startsWith("5") ? problemResponse(status, response) : response));
        operation.getResponses().setAPIResponses(completed);
    }

    /** An operation with an If-Match header answers 412 when it names a stale version. */
    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> parameter.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER
                        && "If-Match".equalsIgnoreCase(parameter.getName()));
    }

    /**
     * Quarkus lists the allowed roles as the bearer scheme's scopes, which OpenAPI reserves for OAuth2
     * and OpenID Connect; they move to {@code x-roles} and the description, which every operation
     * gets (its summary when it has none).
     */
    private static void describeRoles(Operation operation) {
        Set<String> roles = new LinkedHashSet<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.getSchemes() == null) {
                    continue;
                }
                for (String scheme : List.copyOf(requirement.getSchemes().keySet())) {
                    List<String> scopes = requirement.getScheme(scheme);
                    if (scopes != null) {
                        roles.addAll(scopes);
                    }
                    requirement.addScheme(scheme, new ArrayList<>());
                }
            }
        }
        String description = operation.getDescription() != null ? operation.getDescription()
                : operation.getSummary() != null ? operation.getSummary() : operation.getOperationId();
        if (!roles.isEmpty()) {
            operation.addExtension("x-roles", List.copyOf(roles));
            description = (description == null ? "" : description + "\n\n") + "Roles: " + String.join(", ", roles) + ".";
        }
        operation.setDescription(description);
    }

    /** Whether a query parameter is an id (a UUID), such as careHomeId or unitId. */
    private static boolean namesRecord(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(parameter ->
                parameter.getSchema() != null && ("uuid".equals(parameter.getSchema().getFormat())
                        || parameter.getSchema().getRef() != null && parameter.getSchema().getRef().endsWith("/UUID")));
    }

    private static boolean namesPeriod(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> "from".equals(parameter.getName()))
                && operation.getParameters().stream().anyMatch(parameter -> "to".equals(parameter.getName()));
    }

    private static boolean isArray(APIResponse response) {
        return response.getContent() != null && response.getContent().getMediaTypes() != null
                && response.getContent().getMediaTypes().values().stream().anyMatch(media -> media.getSchema() != null
                        && media.getSchema().getType() != null && media.getSchema().getType().contains(SchemaType.ARRAY));
    }

    private static boolean isPlaceholder(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return true;
        }
        return response.getContent().getMediaTypes().values().stream().allMatch(media -> media.getSchema() == null
                || media.getSchema().getRef() == null && media.getSchema().getType() == null
                        && media.getSchema().getItems() == null);
    }

    private static APIResponse problemResponse(String status, APIResponse declared) {
        APIResponse response = declared == null ? OASFactory.createAPIResponse() : declared;
        if (response.getDescription() == null || response.getDescription().isBlank()
                || GENERATED_DESCRIPTIONS.contains(response.getDescription())) {
            response.setDescription(DESCRIPTIONS.getOrDefault(status, "Problem details"));
        }
        response.setContent(OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF_PREFIX + PROBLEM))));
        if (status.equals("401") && (response.getHeaders() == null || !response.getHeaders().containsKey("WWW-Authenticate"))) {
            response.addHeader("WWW-Authenticate", header("The scheme to authenticate with: Bearer",
                    OASFactory.createSchema().addType(SchemaType.STRING)));
        }
        if (status.equals("503") && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
            response.addHeader("Retry-After", header("Seconds to wait before retrying",
                    OASFactory.createSchema().addType(SchemaType.INTEGER)));
        }
        return response;
    }

    private static Header header(String description, Schema schema) {
        return OASFactory.createHeader().description(description).schema(schema);
    }

    private static Schema problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", string("A URI naming the kind of problem; stable, safe to switch on").format("uri")
                .examples(List.of("https://careops.io/problems/validation-failed")));
        properties.put("title", string("A short summary of the kind of problem, the same for every occurrence")
                .examples(List.of("Request validation failed")));
        properties.put("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                .description("The HTTP status, repeated for clients that only see the body").examples(List.of(400)));
        properties.put("detail", string("What went wrong this time, in words meant for a person")
                .examples(List.of("1 field is invalid")));
        properties.put("instance", string("The request path that produced it").examples(List.of("/api/v1/care-homes")));
        properties.put("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                .description("Field-level failures, all of them in one answer; present only for validation problems")
                .items(OASFactory.createSchema().ref(REF_PREFIX + FIELD_ERROR)));
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail: every error of every CareOps service has this shape")
                .properties(properties).required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("field", string("The JSON path of the field as the client sent it (e.g. shifts[2].date)")
                .examples(List.of("serviceNumber")));
        properties.put("message", string("What is wrong with it")
                .examples(List.of("must be a Care Inspectorate service number like CS2023012345")));
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description("One field that failed validation")
                .properties(properties).required(List.of("field", "message"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }

    /**
     * The servers' description. The server itself ({@code quarkus.smallrye-openapi.servers}) is added after
     * the build-stage filters have run, so {@link ServerDescriptionFilter} calls this again afterwards.
     */
    static void describeServers(OpenAPI api) {
        if (api.getServers() == null) {
            return;
        }
        for (Server server : api.getServers()) {
            if (server.getDescription() == null || server.getDescription().equals("Auto generated value")) {
                server.setDescription("The local launcher (deploy/local/run.sh); elsewhere, the service's own address");
            }
        }
    }

    // --- schemas -------------------------------------------------------------------------------

    private static void collectSchemas(Operation operation, Set<String> responses, Set<String> requests) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2") && response != null) {
                    refsOf(response.getContent(), responses);
                }
            });
        }
        if (operation.getRequestBody() != null) {
            refsOf(operation.getRequestBody().getContent(), requests);
        }
    }

    private static void refsOf(Content content, Set<String> into) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType media : content.getMediaTypes().values()) {
            refsOf(media.getSchema(), into);
        }
    }

    private static void refsOf(Schema schema, Set<String> into) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(REF_PREFIX)) {
            into.add(schema.getRef().substring(REF_PREFIX.length()));
        }
        refsOf(schema.getItems(), into);
        if (schema.getAdditionalPropertiesSchema() != null) {
            refsOf(schema.getAdditionalPropertiesSchema(), into);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> refsOf(property, into));
        }
        for (List<Schema> group : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            group.forEach(member -> refsOf(member, into));
        }
    }

    private static List<Schema> nonNull(List<Schema> list) {
        return list == null ? List.of() : list;
    }

    private static Set<String> reachable(Set<String> roots, Map<String, Schema> schemas) {
        Set<String> seen = new HashSet<>();
        Deque<String> work = new ArrayDeque<>(roots);
        while (!work.isEmpty()) {
            String name = work.pop();
            if (seen.add(name) && schemas.containsKey(name)) {
                Set<String> next = new HashSet<>();
                refsOf(schemas.get(name), next);
                work.addAll(next);
            }
        }
        return seen;
    }

    // --- request examples ----------------------------------------------------------------------

    private static void addRequestExample(Operation operation, Map<String, Schema> schemas) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return;
        }
        operation.getRequestBody().getContent().getMediaTypes().forEach((type, media) -> {
            boolean json = type.contains("json");
            boolean given = media.getExample() != null || media.getExamples() != null && !media.getExamples().isEmpty();
            if (json && !given && media.getSchema() != null) {
                media.setExample(exampleOf(media.getSchema(), schemas, 0));
            }
        });
    }

    static Object exampleOf(Schema schema, Map<String, Schema> schemas, int depth) {
        if (schema == null || depth > 8) {
            return null;
        }
        if (schema.getRef() != null) {
            Schema target = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
            Object own = given(schema);
            return own != null ? own : exampleOf(target, schemas, depth + 1);
        }
        Object own = given(schema);
        if (own != null) {
            return own;
        }
        for (List<Schema> group : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()))) {
            for (Schema member : group) {
                boolean nullOnly = member.getType() != null && member.getType().equals(List.of(SchemaType.NULL));
                if (!nullOnly) {
                    return exampleOf(member, schemas, depth + 1);
                }
            }
        }
        List<SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(SchemaType.OBJECT) || schema.getProperties() != null) {
            Map<String, Object> example = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                // The required fields, and the optional ones the code gives an example for: a request a
                // person would send, not every field at once.
                List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
                schema.getProperties().forEach((name, property) -> {
                    if (required.contains(name) || hasExample(property)) {
                        Object value = exampleOf(property, schemas, depth + 1);
                        if (value != null) {
                            example.put(name, value);
                        }
                    }
                });
            }
            return example;
        }
        if (types.contains(SchemaType.ARRAY)) {
            List<Object> example = new ArrayList<>();
            Object item = exampleOf(schema.getItems(), schemas, depth + 1);
            if (item != null) {
                example.add(item);
            }
            return example;
        }
        if (types.contains(SchemaType.INTEGER) || types.contains(SchemaType.NUMBER)) {
            BigDecimal value = schema.getMinimum() != null ? schema.getMinimum()
                    : schema.getExclusiveMinimum() != null ? schema.getExclusiveMinimum().add(BigDecimal.ONE) : BigDecimal.ONE;
            if (schema.getMaximum() != null && value.compareTo(schema.getMaximum()) > 0) {
                value = schema.getMaximum();
            }
            return types.contains(SchemaType.INTEGER) ? (Object) value.longValue() : value;
        }
        if (types.contains(SchemaType.BOOLEAN)) {
            return Boolean.FALSE;
        }
        if (types.contains(SchemaType.STRING)) {
            return stringExample(schema);
        }
        return null;
    }

    private static boolean hasExample(Schema schema) {
        return schema.getExamples() != null && !schema.getExamples().isEmpty() || schema.getExample() != null;
    }

    private static Object given(Schema schema) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().get(0);
        }
        return null;
    }

    private static String stringExample(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String value = switch (format) {
            case "uuid" -> "0b6d6b9e-3f5a-4c1e-9a57-2f4d1c8e7a10";
            case "date" -> "2026-01-16";
            case "date-time" -> "2026-01-16T10:45:00Z";
            case "local-time", "time" -> "07:30:00";
            case "duration" -> "PT30M";
            case "email" -> "manager@example.org";
            case "uri", "url" -> "https://example.org/";
            default -> "text";
        };
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
        if (value.length() < min) {
            value = value + "x".repeat(min - value.length());
        }
        if (value.length() > max) {
            value = value.substring(0, max);
        }
        return value;
    }
}
