package io.careops.scheduling.agency.api;

import io.careops.scheduling.agency.domain.AgencyCompany;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AgencyCompanyResponse(UUID id, String name, @Schema(nullable = true) String contactPerson, @Schema(nullable = true) String contactEmail,
        @Schema(nullable = true) String contactPhone, @Schema(nullable = true) String accountNumber, @Schema(nullable = true) String notes, BigDecimal dayHourlyRate, BigDecimal nightHourlyRate, boolean active,
        @Schema(description = "The record's version, also its ETag: send it back as If-Match (or version) to change it") long version) implements io.careops.platform.http.Versions.Tagged {

    static AgencyCompanyResponse of(AgencyCompany company) {
        AgencyCompany.Contact contact = company.contact();
        return new AgencyCompanyResponse(company.id(), company.name(), contact.person(), contact.email(),
                contact.phone(), contact.accountNumber(), contact.notes(), company.dayHourlyRate(), company.nightHourlyRate(), company.active(),
                company.version());
    }
}
