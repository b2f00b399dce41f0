package io.careops.compliance.staffstatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Per person, in request order: the critical or mandatory certifications not valid on the date. */
public record StaffStatusResponse(LocalDate date, List<Person> staff) {

    @Schema(name = "StaffStatus")
    public record Person(UUID staffId,
            @Schema(description = "Not valid on the request's date") List<NotValid> notValid,
            @Schema(nullable = true, description = "When the person was asked with dates: per date asked, in order, what"
                    + " is not valid on it; null otherwise") List<Day> days) {
    }

    /** One day a person was asked about. */
    @Schema(name = "StaffStatusDay")
    public record Day(LocalDate date, List<NotValid> notValid) {
    }

    /** status: EXPIRED, PENDING, or MISSING (no certification of the type; expiryDate null). */
    public record NotValid(String typeCode, String typeName, boolean critical, boolean mandatory, String status,
            @Schema(nullable = true) LocalDate expiryDate) {
    }
}
