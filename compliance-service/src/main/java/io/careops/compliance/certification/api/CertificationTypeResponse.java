package io.careops.compliance.certification.api;

import io.careops.compliance.certification.domain.CertificationType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CertificationTypeResponse(String code, String name, @Schema(nullable = true) Integer validityMonths, int alertWindowDays,
        boolean critical, List<String> mandatoryRoles, boolean active) {

    static CertificationTypeResponse of(CertificationType type) {
        return new CertificationTypeResponse(type.code(), type.name(), type.validityMonths().orElse(null),
                type.alertWindowDays(), type.critical(), type.mandatoryRoles(), type.active());
    }
}
