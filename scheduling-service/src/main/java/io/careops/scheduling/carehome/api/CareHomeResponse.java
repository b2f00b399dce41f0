package io.careops.scheduling.carehome.api;

import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.domain.ClientGroup;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CareHomeResponse(UUID id, String name, String code, String serviceNumber, @Schema(nullable = true) String registrationNumber,
        ClientGroup clientGroup, int bedCapacity, int occupancy, String address, String postcode, @Schema(nullable = true) String phone,
        @Schema(nullable = true) String email, @Schema(nullable = true) java.time.LocalDate openedOn, String timeZone,
        BigDecimal agencyBudgetMonthly, BigDecimal overtimeBudgetMonthly, int workingTimeReferenceWeeks,
        boolean workingTimeSpecialCase, boolean active, Instant createdAt, Instant updatedAt,
        @Schema(description = "The record's version, also its ETag: send it back as If-Match (or version) to change it") long version) implements io.careops.platform.http.Versions.Tagged {

    static CareHomeResponse of(CareHome home) {
        CareHome.Contact contact = home.contact();
        return new CareHomeResponse(home.id(), home.name(), home.code(), home.serviceNumber(),
                contact.registrationNumber(), home.clientGroup(), home.bedCapacity(), home.occupancy(), home.address(),
                home.postcode(), contact.phone(), contact.email(), contact.openedOn(), home.timeZone().getId(),
                home.agencyBudgetMonthly(), home.overtimeBudgetMonthly(), home.workingTime().referenceWeeks(),
                home.workingTime().specialCase(), home.active(), home.createdAt(),
                home.updatedAt(), home.version());
    }
}
