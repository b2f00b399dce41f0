package io.careops.scheduling.rotahealth.service;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The compliance service's batch status: which critical or mandatory certifications are not valid on a day. */
@RegisterRestClient(configKey = "compliance")
@Path("/api/v1/staff-status")
public interface ComplianceClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    StatusResponse status(@HeaderParam("Authorization") String authorization, StatusRequest request);

    record StatusRequest(LocalDate date, List<Person> staff) {
    }

    /**
     * {@code dates}: days to check the person on besides the request's date, answered per day in
     * {@link PersonStatus#days}; left out of the JSON when null, so a request without them has the
     * shape every compliance release accepts.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Person(UUID staffId, String roleCode, List<LocalDate> dates) {

        public Person(UUID staffId, String roleCode) {
            this(staffId, roleCode, null);
        }
    }

    // The platform fails on unknown JSON fields for requests it serves; an answer from another
    // service may gain fields without breaking this one.
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StatusResponse(LocalDate date, List<PersonStatus> staff) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PersonStatus(UUID staffId, List<NotValid> notValid, List<Day> days) {
    }

    /** What is not valid on one of the days a person was asked about (null days: compliance did not say). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Day(LocalDate date, List<NotValid> notValid) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NotValid(String typeCode, String typeName, boolean critical, boolean mandatory, String status,
            LocalDate expiryDate) {
    }
}
