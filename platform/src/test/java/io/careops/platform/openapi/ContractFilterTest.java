package io.careops.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

/** The contract conventions the filter adds, on a small model shaped like what SmallRye scans. */
class ContractFilterTest {

    private static final String REF = "#/components/schemas/";

    @Test
    void createGetsItsErrorsLocationRequiredFieldsAndAnExample() {
        OpenAPI api = model();
        new ContractFilter().filterOpenAPI(api);

        Operation create = api.getPaths().getPathItem("/api/v1/things").getPOST();
        Map<String, APIResponse> responses = create.getResponses().getAPIResponses();
        assertEquals(List.of("201", "400", "401", "403", "404", "409", "413", "415", "422", "500", "503"),
                List.copyOf(responses.keySet()));
        assertNotNull(responses.get("201").getHeaders().get("Location"));
        for (String status : List.of("400", "401", "403", "404", "409", "413", "415", "422", "500", "503")) {
            Schema problem = responses.get(status).getContent().getMediaType("application/problem+json").getSchema();
            assertEquals(REF + "Problem", problem.getRef(), status);
        }
        assertNotNull(responses.get("401").getHeaders().get("WWW-Authenticate"));
        assertNotNull(responses.get("503").getHeaders().get("Retry-After"));
        assertEquals(List.of(), create.getSecurity().get(0).getScheme("bearer"));
        assertEquals(List.of("admin", "manager"), create.getExtensions().get("x-roles"));
        assertTrue(create.getDescription().endsWith("Roles: admin, manager."));

        Schema response = api.getComponents().getSchemas().get("ThingResponse");
        assertEquals(List.of("id", "name", "note"), response.getRequired());
        Schema request = api.getComponents().getSchemas().get("ThingRequest");
        assertEquals(List.of("name"), request.getRequired(), "request schemas keep their own required list");
        Object example = create.getRequestBody().getContent().getMediaType("application/json").getExample();
        assertEquals(Map.of("name", "Lily unit", "startsOn", "2026-01-16"), example,
                "required fields and those with an example of their own");

        Operation get = api.getPaths().getPathItem("/api/v1/things/{id}").getGET();
        assertEquals(List.of("200", "400", "401", "403", "404", "500", "503"),
                List.copyOf(get.getResponses().getAPIResponses().keySet()));
        assertNotNull(api.getComponents().getSchemas().get("Problem"));
        assertEquals(List.of("field", "message"), api.getComponents().getSchemas().get("FieldError").getRequired());
    }

    @Test
    void aListOrAMarkedCreateHasNoLocationAndRunningTwiceChangesNothing() {
        OpenAPI api = model();
        Operation record = api.getPaths().getPathItem("/api/v1/things").getPOST();
        record.addExtension(ContractFilter.NO_LOCATION, "true");
        new ContractFilter().filterOpenAPI(api);
        new ContractFilter().filterOpenAPI(api);

        assertNull(record.getResponses().getAPIResponse("201").getHeaders());
        assertEquals(List.of("admin", "manager"), record.getExtensions().get("x-roles"));
        assertFalse(record.getDescription().contains("Roles: admin, manager.\n\nRoles:"));
        assertEquals(List.of("id", "name", "note"), api.getComponents().getSchemas().get("ThingResponse").getRequired());
    }

    private static OpenAPI model() {
        Map<String, Schema> thing = new LinkedHashMap<>();
        thing.put("id", OASFactory.createSchema().ref(REF + "UUID"));
        thing.put("name", OASFactory.createSchema().addType(SchemaType.STRING));
        thing.put("note", OASFactory.createSchema().addType(SchemaType.STRING).addType(SchemaType.NULL));
        Map<String, Schema> request = new LinkedHashMap<>();
        request.put("name", OASFactory.createSchema().addType(SchemaType.STRING).examples(List.of("Lily unit")));
        request.put("startsOn", OASFactory.createSchema().ref(REF + "LocalDate").examples(List.of("2026-01-16")));
        request.put("note", OASFactory.createSchema().addType(SchemaType.STRING));
        OpenAPI api = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("UUID", OASFactory.createSchema().addType(SchemaType.STRING).format("uuid"))
                        .addSchema("LocalDate", OASFactory.createSchema().addType(SchemaType.STRING).format("date"))
                        .addSchema("ThingResponse", OASFactory.createSchema().addType(SchemaType.OBJECT).properties(thing))
                        .addSchema("ThingRequest", OASFactory.createSchema().addType(SchemaType.OBJECT).properties(request)
                                .required(List.of("name"))));
        Operation create = OASFactory.createOperation().operationId("createThing").summary("Add a thing")
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + "ThingRequest")))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")
                                .content(OASFactory.createContent().addMediaType("application/json",
                                        OASFactory.createMediaType().schema(OASFactory.createSchema()))))
                        .addAPIResponse("201", OASFactory.createAPIResponse().description("Created")
                                .content(OASFactory.createContent().addMediaType("application/json",
                                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + "ThingResponse")))))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized")))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", List.of("admin", "manager")));
        Operation get = OASFactory.createOperation().operationId("getThing")
                .addParameter(OASFactory.createParameter().name("id").in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.PATH))
                .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse().description("OK")
                        .content(OASFactory.createContent().addMediaType("application/json",
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF + "ThingResponse"))))))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer", List.of("admin")));
        api.paths(OASFactory.createPaths()
                .addPathItem("/api/v1/things", OASFactory.createPathItem().POST(create))
                .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().GET(get)));
        return api;
    }
}
