package io.careops.scheduling.carehome.api;

import io.careops.scheduling.carehome.domain.CareHome;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CareHomeChangeRequest", description = "Omitted fields stay as they are; version: refused (409) when"
        + " someone else changed the home first")
public record CareHomeChangeRequest(
        @Size(min = 1, max = 200) String name,
        @PositiveOrZero @Max(1000) Integer bedCapacity,
        @PositiveOrZero @Max(1000) Integer occupancy,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal agencyBudgetMonthly,
        @PositiveOrZero @Digits(integer = 10, fraction = 2) BigDecimal overtimeBudgetMonthly,
        @Min(1) @Max(52) Integer workingTimeReferenceWeeks,
        Boolean workingTimeSpecialCase,
        @Size(max = 50) String phone,
        @Email @Size(max = 200) String email,
        Boolean active,
        @PositiveOrZero Long version) {

    CareHome.Change toChange() {
        return new CareHome.Change(name, bedCapacity, occupancy, agencyBudgetMonthly, overtimeBudgetMonthly,
                workingTimeReferenceWeeks, workingTimeSpecialCase, phone, email, active);
    }
}
