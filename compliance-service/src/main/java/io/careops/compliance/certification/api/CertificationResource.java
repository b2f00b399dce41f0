package io.careops.compliance.certification.api;

import io.careops.compliance.certification.domain.CertificateFile;
import io.careops.compliance.certification.domain.CertificationStatus;
import io.careops.compliance.certification.service.CertificationService;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

@Path("/certifications")
@Tag(name = "Staff certifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificationResource {

    private final CertificationService service;

    public CertificationResource(CertificationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listCertifications", summary = "List current certifications in the caller's care homes, soonest expiry first; status and "
            + "expiringWithinDays are evaluated on asOf (default today)")
    public Page<CertificationResponse> list(@BeanParam @Valid PageRequest page,
            @QueryParam("careHomeId") UUID careHomeId, @QueryParam("staffId") UUID staffId,
            @QueryParam("type") String type, @QueryParam("status") CertificationStatus status,
            @QueryParam("expiringWithinDays") @PositiveOrZero @Max(3660) Integer expiringWithinDays,
            @QueryParam("asOf") LocalDate asOf, @QueryParam("includeSuperseded") @DefaultValue("false") boolean includeSuperseded) {
        LocalDate day = asOf == null ? service.today() : asOf;
        return service.list(page, service.search(careHomeId, staffId, type, status, expiringWithinDays, day, includeSuperseded),
                certification -> CertificationResponse.of(certification, day));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "getCertification", summary = "One certification with its status on asOf (default today); 404 outside the caller's care homes")
    public CertificationResponse get(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) {
        return CertificationResponse.of(service.get(id), asOf == null ? service.today() : asOf);
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listCertificationHistory", summary = "The certification and every certification it renewed, newest first")
    public List<CertificationResponse> history(@PathParam("id") UUID id, @QueryParam("asOf") LocalDate asOf) {
        LocalDate day = asOf == null ? service.today() : asOf;
        return service.history(id).stream().map(certification -> CertificationResponse.of(certification, day)).toList();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createCertification", summary = "Record a certification; expiry defaults from the type's validity; the staff member is checked "
            + "with the scheduling service when it answers")
    @APIResponseSchema(value = CertificationResponse.class, responseCode = "201", responseDescription = "Recorded")
    public Response record(@Valid @NotNull CertificationRequest request, UriInfo uri) {
        CertificationResponse created = CertificationResponse.of(service.record(request.certificationType(), request.toRecord()),
                service.today());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @POST
    @Path("/bulk")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "createCertifications", summary = "Record up to 500 certifications all or nothing (a training provider's"
            + " return, an HR upload) under the rules of createCertification; 422 lists every failing item as certifications[i].field")
    @APIResponse(responseCode = "201", description = "Recorded, in request order", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = CertificationResponse.class)))
    public Response recordAll(@Valid @NotNull BulkCertificationRequest request) {
        LocalDate today = service.today();
        List<CertificationResponse> created = service.recordAll(request.toEntries()).stream()
                .map(certification -> CertificationResponse.of(certification, today)).toList();
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/{id}/renewals")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "renewCertification", summary = "Renew: a new certification that supersedes this one, which is kept as history")
    @APIResponseSchema(value = CertificationResponse.class, responseCode = "201", responseDescription = "Renewed")
    public Response renew(@PathParam("id") UUID id, @Valid @NotNull RenewalRequest request, UriInfo uri) {
        CertificationResponse created = CertificationResponse.of(service.renew(id, request.toRecord()), service.today());
        return Response.created(uri.getBaseUriBuilder().path("certifications").path(created.id().toString()).build())
                .entity(created).build();
    }

    @POST
    @Path("/{id}/verification")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "verifyCertification", summary = "A manager of the home verifies PENDING evidence (a staff member's"
            + " submission, or evidence awaited): it then counts by its dates (VALID, EXPIRING_SOON or EXPIRED); who and when"
            + " are kept; 409 when it is not awaiting verification")
    @APIResponseSchema(value = CertificationResponse.class, responseCode = "200", responseDescription = "Verified")
    public CertificationResponse verify(@PathParam("id") UUID id) {
        return CertificationResponse.of(service.verify(id), service.today());
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "rejectCertification", summary = "A manager of the home rejects PENDING evidence with a reason: it is"
            + " kept (status REJECTED, never counts, no longer pending); who, when and why are kept")
    @APIResponseSchema(value = CertificationResponse.class, responseCode = "200", responseDescription = "Rejected")
    public CertificationResponse reject(@PathParam("id") UUID id, @Valid @NotNull RejectionRequest request) {
        return CertificationResponse.of(service.reject(id, request.reason()), service.today());
    }

    @PUT
    @Path("/{id}/file")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER})
    @Operation(operationId = "uploadCertificateFile", summary = "Upload the evidence as the raw body (PDF, JPEG or PNG, at most 10 MB, type read from the "
            + "content); replaces an earlier file and ends PENDING")
    public CertificateFileResponse upload(@PathParam("id") UUID id, @HeaderParam("X-File-Name") String fileName,
            @RequestBody(required = true, content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
            InputStream body) {
        return CertificateFileResponse.of(service.upload(id, readAtMost(body), fileName == null ? null : fileName.strip()));
    }

    @GET
    @Path("/{id}/file")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "downloadCertificateFile", summary = "Download the evidence")
    @APIResponse(responseCode = "200", description = "The file as uploaded", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response download(@PathParam("id") UUID id) {
        CertificateFile file = service.file(id);
        String extension = switch (file.mediaType()) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            default -> "jpg";
        };
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"certificate-" + id + "." + extension + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Checksum-SHA256", file.sha256()).build();
    }

    /** Reads one byte past the limit, so an oversized body is detected without buffering all of it. */
    private static byte[] readAtMost(InputStream body) {
        try (body) {
            byte[] content = body.readNBytes(CertificateFile.MAX_BYTES + 1);
            if (content.length > CertificateFile.MAX_BYTES) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                        "A certificate file may be at most " + CertificateFile.MAX_BYTES + " bytes");
            }
            return content;
        } catch (IOException unreadable) {
            throw new ProblemException(ProblemType.BAD_REQUEST, "The file could not be read");
        }
    }
}
