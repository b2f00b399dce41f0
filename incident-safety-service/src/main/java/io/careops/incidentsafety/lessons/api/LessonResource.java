package io.careops.incidentsafety.lessons.api;

import io.careops.incidentsafety.incident.domain.IncidentType;
import io.careops.incidentsafety.incident.domain.IncidentTypeGroup;
import io.careops.incidentsafety.lessons.service.LessonSearch;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.InvalidParameterException;
import io.careops.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/lessons")
@Tag(name = "Learning repository")
@Produces(MediaType.APPLICATION_JSON)
public class LessonResource {

    private final LessonSearch search;

    public LessonResource(LessonSearch search) {
        this.search = search;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MANAGER, Roles.STAFF, Roles.INSPECTOR})
    @Operation(operationId = "listLessons", summary = "Lessons of approved analyses in the caller's homes. q: full-text search (web-search syntax: words, \"phrases\", -not, or), "
            + "best match first with highlights; type: an incident type code or a type group (e.g. FALL_UNWITNESSED or FALLS_AND_INJURIES)")
    public Page<LessonSearch.Lesson> search(@QueryParam("q") @Size(max = 500) String q, @QueryParam("type") String type,
            @BeanParam @Valid PageRequest page) {
        return search.search(q, types(type), page);
    }

    private static Set<String> types(String type) {
        if (type == null || type.isBlank()) {
            return Set.of();
        }
        if (IncidentType.ofCode(type).isPresent()) {
            return Set.of(type);
        }
        return Arrays.stream(IncidentTypeGroup.values()).filter(group -> group.name().equals(type)).findFirst()
                .map(group -> Arrays.stream(IncidentType.values()).filter(candidate -> candidate.group() == group)
                        .map(Enum::name).collect(Collectors.toSet()))
                .orElseThrow(() -> new InvalidParameterException("type", "must be an incident type code or group (see GET /api/v1/incident-types)"));
    }
}
