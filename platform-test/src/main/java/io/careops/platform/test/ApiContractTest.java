package io.careops.platform.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract every CareOps service's API meets: health and OpenAPI, problem JSON for every
 * error class, bearer tokens, roles and care-home scoping. A service's test extends this and
 * describes one of its resources through the hooks.
 */
public abstract class ApiContractTest {

    /** A record created for a test, and the care home it belongs to. */
    public record Created(String id, UUID careHomeId) {
    }

    /** A request body and the field the service must name when it refuses it. */
    public record BadBody(String json, String field) {
    }

    /** e.g. {@code /api/v1/care-homes}; accepts POST and GET and has {@code /{id}} below it. */
    protected abstract String collectionPath();

    protected abstract String openApiTitle();

    /** A role allowed to create through {@link #collectionPath()}. */
    protected abstract String creatorRole();

    /** Creates a record, as a caller who may see every home, and says which home owns it. */
    protected abstract Created create();

    /** A body with a field that breaks a validation rule. */
    protected abstract BadBody invalidField();

    /** A body with a field of the wrong JSON type. */
    protected abstract BadBody wrongType();

    /** A body with an enum value the API does not define. */
    protected abstract BadBody unknownEnumValue();

    /**
     * A POST somewhere in this service whose body has a field of the given kind; {@code json} holds
     * {@code %s} where the raw JSON value goes, {@code field} is the path the service must name.
     * Only the reading of that value is tested, so the rest of the body need not be valid.
     */
    public record Probe(String path, String json, String field) {
        public String with(String rawJsonValue) {
            return json.formatted(rawJsonValue);
        }
    }

    /** A body with a string field (text). */
    protected abstract Probe textProbe();

    /** A body with a date field (YYYY-MM-DD). */
    protected abstract Probe dateProbe();

    /** A GET with a date query parameter, {@code %s} where the date goes. */
    protected abstract String dateQueryPath();

    /** Every list of this service (GET paths that answer a page), for the paging limits. */
    protected List<String> listPaths() {
        return List.of(collectionPath());
    }

    /**
     * Bodies for {@link #collectionPath()} that name a record of another care home, or one that
     * does not exist (e.g. an incident's unit); each must be refused with 422 naming the field.
     */
    protected List<BadBody> referencesOutsideTheHome() {
        return List.of();
    }

    /** Paths that answer a redirect; {@code /q/swagger-ui} is always tried. */
    protected List<String> redirectingPaths() {
        return List.of();
    }

    /** The origin the test profile allows (%test.quarkus.http.cors.origins in the platform's defaults). */
    protected static final String ALLOWED_ORIGIN = "https://spa.careops.test";

    /** A body that conflicts with a record {@link #create()} made, if this resource has one. */
    protected Optional<String> conflictingBody(Created existing) {
        return Optional.empty();
    }

    // --- health and OpenAPI ----------------------------------------------------------------

    @Test
    void healthEndpointsAreUpAndReadinessChecksTheSchema() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database schema"))
                .body("checks.find { it.name == 'Database schema' }.data.pendingMigrations", equalTo(0));
    }

    @Test
    void livenessNeverLooksAtTheDatabase() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.name", not(hasItem("Database schema")))
                .body("checks.name", not(hasItem("Database connections health check")));
    }

    @Test
    void openApiDescribesTheServiceAndItsBearerSecurity() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo(openApiTitle()))
                .body("info.version", notNullValue())
                .body("info.description", notNullValue())
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"));
    }

    /**
     * The spec is the contract clients are generated from (platform's ContractFilter completes it):
     * every operation is named and declares its errors as problem JSON, success bodies are typed,
     * java.time types are strings, and only /api/v1 is published.
     */
    @Test
    @SuppressWarnings("unchecked")
    void openApiIsATypedContractWithProblemsOnEveryError() {
        Map<String, Object> spec = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("");
        List<String> broken = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        List<Object> successSchemas = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
        for (Map.Entry<String, Object> path : paths.entrySet()) {
            for (Map.Entry<String, Object> method : ((Map<String, Object>) path.getValue()).entrySet()) {
                if (!(method.getValue() instanceof Map<?, ?> raw) || !raw.containsKey("responses")) {
                    continue; // path-level parameters
                }
                Map<String, Object> operation = (Map<String, Object>) raw;
                if (!(operation.get("security") instanceof List<?> security) || security.isEmpty()) {
                    // Test fixtures only (the unannotated probe, fakes of the other services): every
                    // published endpoint is secured, which Spectral checks on the committed specs.
                    continue;
                }
                if (!path.getKey().startsWith("/api/v1/")) {
                    broken.add(path.getKey() + ": published outside /api/v1");
                }
                String where = method.getKey().toUpperCase() + " " + path.getKey();
                Object operationId = operation.get("operationId");
                if (!(operationId instanceof String id) || !id.matches("[a-z]+[A-Z][A-Za-z]*")) {
                    broken.add(where + ": operationId missing or not camelCase verbNoun: " + operationId);
                } else if (!operationIds.add(id)) {
                    broken.add(where + ": operationId " + id + " used twice");
                }
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                for (String status : List.of("401", "403", "500", "503")) {
                    if (!responses.containsKey(status)) {
                        broken.add(where + ": no " + status + " declared");
                    }
                }
                for (Map.Entry<String, Object> response : responses.entrySet()) {
                    Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response.getValue()).get("content");
                    String status = response.getKey();
                    if (status.startsWith("4") || status.startsWith("5")) {
                        Object schema = content == null || !(content.get("application/problem+json") instanceof Map<?, ?> media)
                                ? null : media.get("schema");
                        if (!(schema instanceof Map<?, ?> ref) || !"#/components/schemas/Problem".equals(ref.get("$ref"))) {
                            broken.add(where + ": " + status + " is not application/problem+json with the Problem schema");
                        }
                    } else if (status.startsWith("2") && !status.equals("204")) {
                        if (content != null) {
                            content.values().forEach(media -> successSchemas.add(((Map<String, Object>) media).get("schema")));
                        }
                        boolean typed = content != null && !content.isEmpty() && content.values().stream().allMatch(media ->
                                media instanceof Map<?, ?> m && m.get("schema") instanceof Map<?, ?> schema
                                        && (schema.containsKey("$ref") || schema.containsKey("type")));
                        if (!typed) {
                            broken.add(where + ": " + status + " has no typed body");
                        }
                    }
                }
            }
        }
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) spec.get("components")).get("schemas");
        // Every field of what a success answer carries is required (the services write nulls, never omit).
        Set<String> answered = new HashSet<>();
        List<Object> toVisit = new ArrayList<>(successSchemas);
        while (!toVisit.isEmpty()) {
            Object node = toVisit.remove(toVisit.size() - 1);
            if (node instanceof Map<?, ?> map) {
                if (map.get("$ref") instanceof String ref && ref.startsWith("#/components/schemas/")
                        && answered.add(ref.substring(21))) {
                    toVisit.add(schemas.get(ref.substring(21)));
                }
                toVisit.addAll(map.values());
            } else if (node instanceof List<?> list) {
                toVisit.addAll(list);
            }
        }
        for (String name : answered) {
            if (schemas.get(name) instanceof Map<?, ?> schema && schema.get("properties") instanceof Map<?, ?> properties
                    && !name.equals("Problem")) {
                List<?> required = schema.get("required") instanceof List<?> list ? list : List.of();
                for (Object property : properties.keySet()) {
                    if (!required.contains(property)) {
                        broken.add("components.schemas." + name + "." + property + ": in a response but not required");
                    }
                }
            }
        }
        for (String javaTimeObject : List.of("ZoneRules", "ZoneOffsetTransition", "ZoneOffsetTransitionRule")) {
            if (schemas.containsKey(javaTimeObject)) {
                broken.add("components.schemas." + javaTimeObject + ": java.time published as an object");
            }
        }
        if (schemas.get("ZoneId") instanceof Map<?, ?> zoneId && !"string".equals(zoneId.get("type"))) {
            broken.add("components.schemas.ZoneId is not a string");
        }
        Map<String, Object> problem = (Map<String, Object>) schemas.get("Problem");
        if (problem == null || !((Map<String, Object>) problem.get("properties")).containsKey("errors")) {
            broken.add("components.schemas.Problem is missing or has no errors[]");
        }
        if (!(spec.get("servers") instanceof List<?> servers) || servers.isEmpty()) {
            broken.add("no servers");
        }
        assertEquals(List.of(), broken, "OpenAPI contract");
        assertTrue(operationIds.size() > 1, "operations found: " + operationIds);
    }

    // --- problem JSON for every error class ------------------------------------------------

    @Test
    void invalidFieldIs400WithTheFieldNamed() {
        BadBody bad = invalidField();
        expectProblem(post(bad.json()), 400).body("errors.field", hasItem(bad.field()));
    }

    @Test
    void malformedJsonIs400() {
        expectProblem(post("{\"name\": \"unterminated"), 400).body("detail", containsString("not valid JSON"));
    }

    @Test
    void wrongTypeIs400WithTheFieldNamed() {
        BadBody bad = wrongType();
        expectProblem(post(bad.json()), 400).body("errors.field", hasItem(bad.field()));
    }

    @Test
    void unknownEnumValueIs400ListingTheAllowedValues() {
        BadBody bad = unknownEnumValue();
        expectProblem(post(bad.json()), 400)
                .body("errors.field", hasItem(bad.field()))
                .body("errors[0].message", startsWith("must be one of"));
    }

    @Test
    void unknownFieldIs400() {
        BadBody bad = invalidField();
        String withExtra = bad.json().replaceFirst("\\{", "{\"noSuchField\": 1, ");
        expectProblem(post(withExtra), 400).body("errors.field", hasItem("noSuchField"));
    }

    @Test
    void everyFieldProblemOfABodyComesInOneAnswer() {
        BadBody wrong = wrongType();
        String withMore = wrong.json().replaceFirst("\\{", "{\"noSuchField\": 1, \"anotherUnknown\": true, ");
        expectProblem(post(withMore), 400)
                .body("errors.field", org.hamcrest.Matchers.hasItems(wrong.field(), "noSuchField", "anotherUnknown"));
    }

    @Test
    void typeProblemsAndRuleProblemsComeInOneAnswer() throws Exception {
        // The invalid field's body, with the wrong-type field's value put in: Jackson cannot read
        // the body, and the answer still names the rule the other field breaks.
        BadBody invalid = invalidField();
        BadBody wrong = wrongType();
        org.junit.jupiter.api.Assertions.assertNotEquals(invalid.field(), wrong.field(),
                "invalidField() and wrongType() must name different fields for this test");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode body =
                (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(invalid.json());
        body.set(wrong.field(), json.readTree(wrong.json()).get(wrong.field()));
        expectProblem(post(body.toString()), 400)
                .body("errors.field", org.hamcrest.Matchers.hasItems(invalid.field(), wrong.field()));
    }

    @Test
    void unknownPathIs404InsideAndOutsideTheApi() {
        expectProblem(authorized().get("/api/v1/no-such-resource"), 404);
        expectProblem(authorized().get("/no-such-page"), 404);
    }

    @Test
    void unknownIdIs404() {
        expectProblem(authorized().get(collectionPath() + "/" + UUID.randomUUID()), 404);
    }

    @Test
    void malformedIdIs404() {
        expectProblem(authorized().get(collectionPath() + "/not-a-uuid"), 404);
    }

    @Test
    void wrongMethodIs405WithAllow() {
        expectProblem(authorized().delete(collectionPath()), 405)
                .header("Allow", org.hamcrest.Matchers.allOf(containsString("GET"), containsString("POST")));
    }

    @Test
    void overlongRequestTargetIs414AndHugeHeadersAre431() {
        expectProblem(authorized().get(collectionPath() + "?q=" + "x".repeat(9000)), 414);
        expectProblem(authorized().header("X-Padding", "y".repeat(20_000)).get(collectionPath()), 431);
    }

    @Test
    void jsonWriteWithoutContentTypeIs415() throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(uri(collectionPath()))
                .header("Authorization", "Bearer " + Tokens.allHomes(creatorRole()))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(invalidField().json()))
                .build();
        var response = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request,
                java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(415, response.statusCode(), response.body());
        org.junit.jupiter.api.Assertions.assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void numberWhereAStringOrADateBelongsIs400() {
        Probe text = textProbe();
        expectProblem(postTo(text.path(), text.with("2")), 400).body("errors.field", hasItem(text.field()));
        expectProblem(postTo(text.path(), text.with("true")), 400).body("errors.field", hasItem(text.field()));
        Probe date = dateProbe();
        expectProblem(postTo(date.path(), date.with("20000")), 400).body("errors.field", hasItem(date.field()));
        expectProblem(postTo(date.path(), date.with("[2026, 1, 16]")), 400).body("errors.field", hasItem(date.field()));
    }

    // --- hostile input: none of it may reach the database or the log as a 500 --------------

    @Test
    void nulCharacterInAJsonStringIs400() {
        Probe text = textProbe();
        expectProblem(postTo(text.path(), text.with("\"a\\u0000b\"")), 400)
                .body("errors.field", hasItem(text.field()))
                .body("errors.message", hasItem(containsString("U+0000")));
    }

    @Test
    void nulCharacterInAQueryOrAPathIs400() {
        expectProblem(authorized().urlEncodingEnabled(false).get(collectionPath() + "?careHomeId=%00"), 400);
        expectProblem(authorized().urlEncodingEnabled(false).get(collectionPath() + "?q=a%00b"), 400);
        expectProblem(authorized().urlEncodingEnabled(false).get(collectionPath() + "/a%00b"), 400);
    }

    @Test
    void datesOutsideTheYears0001To9999Are400() {
        Probe date = dateProbe();
        for (String value : List.of("\"-999999-01-01\"", "\"+10000-01-01\"", "\"0000-12-31\"")) {
            expectProblem(postTo(date.path(), date.with(value)), 400).body("errors.field", hasItem(date.field()));
        }
        for (String value : List.of("-999999-01-01", "+10000-01-01", "0000-12-31")) {
            expectProblem(authorized().get(dateQueryPath().formatted(value)), 400);
        }
    }

    @Test
    void pagesPastTheIntRangeAre400NeverAServerError() {
        for (String list : listPaths()) {
            String separator = list.contains("?") ? "&" : "?";
            var response = authorized().get(list + separator + "page=30000000&size=100");
            org.junit.jupiter.api.Assertions.assertEquals(400, response.statusCode(), list + ": " + response.asString());
            expectProblem(response, 400).body("errors.field", hasItem("page"));
            authorized().get(list + separator + "page=1000000&size=100").then().statusCode(200)
                    .body("items.size()", equalTo(0)).body("page", equalTo(1000000));
        }
    }

    @Test
    void aReferenceToAnotherHomesRecordOrToNoRecordIs422AndStoresNothing() {
        for (BadBody bad : referencesOutsideTheHome()) {
            long before = authorized().get(collectionPath() + "?size=1").then().statusCode(200)
                    .extract().jsonPath().getLong("totalItems");
            expectProblem(post(bad.json()), 422).body("errors.field", hasItem(bad.field()));
            long after = authorized().get(collectionPath() + "?size=1").then().statusCode(200)
                    .extract().jsonPath().getLong("totalItems");
            org.junit.jupiter.api.Assertions.assertEquals(before, after, "a refused request stored a record");
        }
    }

    @Test
    void aRedirectNeverTakesItsLocationFromTheHostHeader() {
        List<String> paths = new java.util.ArrayList<>(redirectingPaths());
        paths.add("/q/swagger-ui");
        for (String path : paths) {
            var response = authorized().redirects().follow(false).header("Host", "attacker.example")
                    .header("X-Forwarded-Host", "attacker.example").get(path);
            String location = response.header("Location");
            org.junit.jupiter.api.Assertions.assertTrue(response.statusCode() >= 300 && response.statusCode() < 400,
                    path + " answered " + response.statusCode());
            org.junit.jupiter.api.Assertions.assertNotNull(location, path);
            org.junit.jupiter.api.Assertions.assertFalse(location.contains("attacker.example"), path + " -> " + location);
            org.junit.jupiter.api.Assertions.assertTrue(location.startsWith("/") && !location.startsWith("//"),
                    path + " -> " + location);
        }
    }

    // --- browsers on other origins (CORS) --------------------------------------------------

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() {
        given().header("Origin", ALLOWED_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options(collectionPath()).then()
                .statusCode(org.hamcrest.Matchers.lessThan(300))
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("authorization"));
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoCorsHeaders() {
        var response = given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options(collectionPath());
        org.junit.jupiter.api.Assertions.assertNull(response.header("Access-Control-Allow-Origin"));
        org.junit.jupiter.api.Assertions.assertNull(response.header("Access-Control-Allow-Methods"));
        var get = authorized().header("Origin", "https://elsewhere.example").get(collectionPath());
        org.junit.jupiter.api.Assertions.assertNull(get.header("Access-Control-Allow-Origin"));
    }

    @Test
    void aCrossOriginRequestCanReadTheAnswerAndItsHeaders() {
        create();
        authorized().header("Origin", ALLOWED_ORIGIN).get(collectionPath()).then().statusCode(200)
                .header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.allOf(containsString("Location"),
                        containsString("ETag"), containsString("X-Request-Id")))
                .header("X-Request-Id", notNullValue())
                .body("items", notNullValue());
    }

    @Test
    void wrongContentTypeIs415() {
        expectProblem(authorized().contentType(ContentType.TEXT).body("name=x").post(collectionPath()), 415);
    }

    @Test
    void bodyOverTheLimitIs413() {
        String huge = "{\"notes\": \"" + "x".repeat(12 * 1024 * 1024) + "\"}";
        expectProblem(post(huge), 413);
    }

    @Test
    void chunkedBodyOverTheLimitIs413() throws Exception {
        String huge = "{\"notes\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        java.net.http.HttpResponse<String> response = postChunked(huge);
        org.junit.jupiter.api.Assertions.assertEquals(413, response.statusCode());
        org.junit.jupiter.api.Assertions.assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse(""));
        org.hamcrest.MatcherAssert.assertThat(response.body(), containsString("\"status\":413"));
    }

    @Test
    void chunkedBodyUnderTheLimitIsRead() throws Exception {
        BadBody bad = invalidField();
        java.net.http.HttpResponse<String> response = postChunked(bad.json());
        org.junit.jupiter.api.Assertions.assertEquals(400, response.statusCode());
        org.hamcrest.MatcherAssert.assertThat(response.body(), containsString("\"field\":\"" + bad.field() + "\""));
    }

    /** RestAssured always sends a Content-Length; a stream of unknown length goes out chunked. */
    private java.net.http.HttpResponse<String> postChunked(String json) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                                + collectionPath()))
                .header("Authorization", "Bearer " + Tokens.allHomes(creatorRole()))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        json.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void conflictIs409() {
        Created existing = create();
        conflictingBody(existing).ifPresent(body -> expectProblem(post(body), 409));
    }

    // --- authentication, roles, tenancy ----------------------------------------------------

    @Test
    void noTokenIs401WithABearerChallenge() {
        expectProblem(given().get(collectionPath()), 401).header("WWW-Authenticate", "Bearer");
    }

    @Test
    void expiredForeignOrGarbageTokensAre401() {
        expectProblem(withToken(Tokens.expired("admin")).get(collectionPath()), 401);
        expectProblem(withToken(Tokens.signedByStranger("admin")).get(collectionPath()), 401);
        expectProblem(withToken("not.a.token").get(collectionPath()), 401);
    }

    @Test
    void inspectorCannotWriteIs403() {
        BadBody anyBody = invalidField();
        expectProblem(withToken(Tokens.allHomes("inspector")).contentType(ContentType.JSON).body(anyBody.json())
                .post(collectionPath()), 403);
    }

    @Test
    void tokenWithoutAKnownRoleIs403() {
        expectProblem(withToken(Tokens.allHomes("visitor")).get(collectionPath()), 403);
    }

    @Test
    void unannotatedEndpointIsDenied() {
        expectProblem(withToken(Tokens.allHomes("admin")).get("/api/v1/contract-probe/unannotated"), 403);
    }

    @Test
    void anotherHomesRecordIs404AndMissingFromLists() {
        Created record = create();
        String itemPath = collectionPath() + "/" + record.id();
        withToken(Tokens.of("manager", record.careHomeId())).get(itemPath).then().statusCode(200);
        withToken(Tokens.of("inspector", record.careHomeId())).get(itemPath).then().statusCode(200);

        UUID otherHome = UUID.randomUUID();
        expectProblem(withToken(Tokens.of("manager", otherHome)).get(itemPath), 404);
        withToken(Tokens.of("manager", otherHome)).get(collectionPath() + "?size=100").then().statusCode(200)
                .body("items.id", not(hasItem(record.id())));
    }

    @Test
    void listsArePaginatedAndCapped() {
        create();
        authorized().get(collectionPath() + "?page=0&size=1").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(1))
                .body("items.size()", equalTo(1)).body("totalItems", notNullValue()).body("totalPages", notNullValue());
        expectProblem(authorized().get(collectionPath() + "?size=101"), 400).body("errors.field", hasItem("size"));
        expectProblem(authorized().get(collectionPath() + "?page=-1"), 400).body("errors.field", hasItem("page"));
        expectProblem(authorized().get(collectionPath() + "?page=1000001"), 400).body("errors.field", hasItem("page"));
        expectProblem(authorized().get(collectionPath() + "?size=lots"), 400);
    }

    // --- helpers ---------------------------------------------------------------------------

    protected io.restassured.specification.RequestSpecification authorized() {
        return withToken(Tokens.allHomes(creatorRole()));
    }

    protected static io.restassured.specification.RequestSpecification withToken(String token) {
        return given().auth().oauth2(token);
    }

    private io.restassured.response.Response post(String json) {
        return authorized().contentType(ContentType.JSON).body(json).post(collectionPath());
    }

    protected io.restassured.response.Response postTo(String path, String json) {
        return withToken(Tokens.allHomes("admin")).contentType(ContentType.JSON).body(json).post(path);
    }

    protected static java.net.URI uri(String path) {
        return java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + path);
    }

    /** Asserts the RFC 9457 shape, and that nothing of the implementation leaks. */
    protected static ValidatableResponse expectProblem(io.restassured.response.Response response, int status) {
        return response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", startsWith("https://careops.io/problems/"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", startsWith("/"))
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")))
                .body(not(containsString("io.careops")))
                .body(not(containsString("<html")));
    }
}
