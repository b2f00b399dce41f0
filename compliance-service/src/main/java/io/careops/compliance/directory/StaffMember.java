package io.careops.compliance.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;

/** A staff member as the scheduling service describes them; only the fields compliance uses. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffMember(UUID id, String staffNumber, String firstName, String lastName, String roleCode,
        UUID careHomeId, LocalDate employmentStart, LocalDate employmentEnd, Boolean active) {

    public String fullName() {
        return (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
    }
}
