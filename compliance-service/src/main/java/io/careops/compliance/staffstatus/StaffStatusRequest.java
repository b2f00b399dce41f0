package io.careops.compliance.staffstatus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StaffStatusRequest", description = "Staff to check on a date (at most 5,000), and optionally each on days"
        + " of their own (at most " + StaffStatusRequest.MAX_DAYS + " person-days in all)")
public record StaffStatusRequest(
        @NotNull @Schema(examples = "2026-07-10") LocalDate date,
        @NotNull @Size(max = 5000, message = "at most 5000 staff a request") List<@Valid @NotNull Person> staff) {

    /** Person-days one request may ask about, over every person's {@code dates}. */
    public static final int MAX_DAYS = 20_000;

    @Schema(name = "StaffToCheck")
    public record Person(@NotNull UUID staffId,
            @Pattern(regexp = "[A-Z][A-Z0-9_]{0,29}", message = "must be a role code like SCW")
            @Schema(description = "The role in the scheduling service; null when the person has none", examples = "SCW") String roleCode,
            @Size(max = 366, message = "at most 366 dates a person")
            @Schema(nullable = true, description = "Days to check this person on as well as the request's date (e.g. the"
                    + " days of a rota they are planned on): answered in days[], each day judged on the certificate in force"
                    + " on it", examples = "[\"2026-03-05\", \"2026-03-12\"]")
            List<@NotNull LocalDate> dates) {
    }
}
