package io.careops.scheduling.agency.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyCompanyChangeRequest", description = "Omitted fields stay as they are; version: refused (409)"
        + " when someone else changed it first")
public record AgencyCompanyChangeRequest(
        @Size(min = 1, max = 200) String name,
        @Size(max = 200) String contactPerson,
        @Email @Size(max = 200) String contactEmail,
        @Size(max = 50) String contactPhone,
        @Size(max = 50) String accountNumber,
        @Size(max = 2000) String notes,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal dayHourlyRate,
        @PositiveOrZero @Digits(integer = 6, fraction = 2) BigDecimal nightHourlyRate,
        Boolean active,
        @PositiveOrZero Long version) {
}
