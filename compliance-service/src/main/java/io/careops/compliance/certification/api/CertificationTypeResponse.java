package io.careops.compliance.certification.api;

import io.careops.compliance.certification.domain.CertificationType;

public record CertificationTypeResponse(String code, String name, Integer validityMonths, int alertWindowDays,
        boolean critical, boolean active) {

    static CertificationTypeResponse of(CertificationType type) {
        return new CertificationTypeResponse(type.code(), type.name(), type.validityMonths().orElse(null),
                type.alertWindowDays(), type.critical(), type.active());
    }
}
