package io.careops.scheduling.carehome.api;

import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.domain.ClientGroup;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CareHomeRequest", description = "A care home service to register")
public record CareHomeRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Victoria Gardens") String name,
        @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,30}", message = "must be 2-30 upper-case letters, digits or _")
        @Schema(examples = "VICTORIA_GARDENS") String code,
        @NotBlank @Pattern(regexp = "CS\\d{10}", message = "must be a Care Inspectorate service number like CS2023012345")
        @Schema(examples = "CS2023012349") String serviceNumber,
        @Schema(description = "Defaults to OLDER_PEOPLE") ClientGroup clientGroup,
        @NotNull @PositiveOrZero @Max(1000) @Schema(examples = "70") Integer bedCapacity,
        @NotNull @PositiveOrZero @Max(1000) @Schema(examples = "38") Integer occupancy,
        @NotBlank @Size(max = 500) @Schema(examples = "1 Blawarthill Pl, Glasgow") String address,
        @NotBlank @Pattern(regexp = "[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}", message = "must be a UK postcode")
        @Schema(examples = "G13 3BE") String postcode,
        @Schema(description = "IANA zone; defaults to Europe/London", examples = "Europe/London") ZoneId timeZone,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) @Schema(description = "GBP a month; defaults to 9000.00")
        BigDecimal agencyBudgetMonthly,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) @Schema(description = "GBP a month; defaults to 5000.00")
        BigDecimal overtimeBudgetMonthly,
        @Size(max = 50) @Schema(examples = "REG-2023-VG") String registrationNumber,
        @Size(max = 50) @Schema(examples = "0141 483 7010") String phone,
        @jakarta.validation.constraints.Email @Size(max = 200) String email,
        @jakarta.validation.constraints.PastOrPresent java.time.LocalDate openedOn,
        @jakarta.validation.constraints.Min(1) @Max(52)
        @Schema(description = "Weeks the working-time averages run over; defaults to 26 (reg 21, residential care)")
        Integer workingTimeReferenceWeeks,
        @Schema(description = "Whether reg 21 applies, so adults' rest shortfalls become compensatory rest; defaults to true")
        Boolean workingTimeSpecialCase) {

    CareHome.Registration toRegistration() {
        return new CareHome.Registration(name, code, serviceNumber, clientGroup, bedCapacity, occupancy, address,
                postcode, timeZone, agencyBudgetMonthly, overtimeBudgetMonthly,
                new CareHome.Contact(registrationNumber, phone, email, openedOn),
                new CareHome.WorkingTime(workingTimeReferenceWeeks == null ? 26 : workingTimeReferenceWeeks,
                        workingTimeSpecialCase == null || workingTimeSpecialCase));
    }
}
