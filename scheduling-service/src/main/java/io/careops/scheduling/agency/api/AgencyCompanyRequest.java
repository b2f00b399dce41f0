package io.careops.scheduling.agency.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgencyCompanyRequest", description = "A staffing agency and its hourly charges")
public record AgencyCompanyRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Clydeside Care Staffing") String name,
        @Size(max = 200) String contactPerson,
        @Email @Size(max = 200) String contactEmail,
        @Size(max = 50) String contactPhone,
        @Size(max = 50) @Schema(examples = "CCS-0042") String accountNumber,
        @Size(max = 2000) String notes,
        @NotNull @PositiveOrZero @Digits(integer = 6, fraction = 2) @Schema(examples = "24.50") BigDecimal dayHourlyRate,
        @NotNull @PositiveOrZero @Digits(integer = 6, fraction = 2) @Schema(examples = "27.00") BigDecimal nightHourlyRate) {
}
