package io.careops.incidentsafety.actionplan.api;

import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Integrators written against the legacy CAPA paths keep working: every {@code /api/v1/capa/...}
 * request answers 308 Permanent Redirect to the same path under {@code /api/v1/action-plans/}
 * (query kept). 308 rather than 301 so a POST stays a POST with its body.
 */
@Path("/capa")
@Tag(name = "Safety action plans")
@Consumes(MediaType.WILDCARD)
@RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
public class CapaRedirectResource {

    private static final String LEGACY = "/capa";
    private static final String CURRENT = "/action-plans";

    @GET
    @Operation(hidden = true, summary = "Legacy path: 308 to /api/v1/action-plans")
    public Response getRoot(UriInfo uri) { return redirect(uri); }

    @POST
    @Operation(hidden = true, summary = "Legacy path: 308 to /api/v1/action-plans")
    public Response postRoot(UriInfo uri) { return redirect(uri); }

    @GET
    @Path("/{rest: .+}")
    @Operation(hidden = true, summary = "Legacy path: 308 to the same path under /api/v1/action-plans")
    public Response get(UriInfo uri) { return redirect(uri); }

    @POST
    @Path("/{rest: .+}")
    @Operation(hidden = true, summary = "Legacy path: 308 to the same path under /api/v1/action-plans")
    public Response post(UriInfo uri) { return redirect(uri); }

    @PUT
    @Path("/{rest: .+}")
    @Operation(hidden = true, summary = "Legacy path: 308 to the same path under /api/v1/action-plans")
    public Response put(UriInfo uri) { return redirect(uri); }

    @PATCH
    @Path("/{rest: .+}")
    @Operation(hidden = true, summary = "Legacy path: 308 to the same path under /api/v1/action-plans")
    public Response patch(UriInfo uri) { return redirect(uri); }

    @DELETE
    @Path("/{rest: .+}")
    @Operation(hidden = true, summary = "Legacy path: 308 to the same path under /api/v1/action-plans")
    public Response delete(UriInfo uri) { return redirect(uri); }

    private static Response redirect(UriInfo uri) {
        String path = uri.getRequestUri().getRawPath();
        int at = path.indexOf(LEGACY);
        String target = path.substring(0, at) + CURRENT + path.substring(at + LEGACY.length());
        String query = uri.getRequestUri().getRawQuery();
        // A path, not an absolute URI: an absolute one would be built from the Host header, which
        // the caller controls (Host: attacker.example would redirect there). Set as a plain header,
        // since Response.location() would resolve it against that same Host.
        return Response.status(Response.Status.PERMANENT_REDIRECT)
                .header("Location", target + (query == null ? "" : "?" + query)).build();
    }
}
