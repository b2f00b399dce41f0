package io.careops.compliance.certification.api;

import io.careops.compliance.certification.service.CertificationService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkCertificationRequest", description = "Certifications to record together, all or nothing")
public record BulkCertificationRequest(
        @NotEmpty @Size(max = CertificationService.MAX_BULK) List<@Valid @NotNull CertificationRequest> certifications) {

    List<CertificationService.Entry> toEntries() {
        return certifications.stream()
                .map(request -> new CertificationService.Entry(request.certificationType(), request.toRecord())).toList();
    }
}
