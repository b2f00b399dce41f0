package io.careops.compliance.certification.api;

import io.careops.compliance.certification.domain.CertificateFile;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CertificateFileResponse(UUID certificationId, String mediaType, int sizeBytes, String sha256,
        @Schema(nullable = true) String fileName, String uploadedBy, Instant uploadedAt) {

    static CertificateFileResponse of(CertificateFile file) {
        return new CertificateFileResponse(file.certificationId(), file.mediaType(), file.sizeBytes(), file.sha256(),
                file.fileName(), file.uploadedBy(), file.uploadedAt());
    }
}
