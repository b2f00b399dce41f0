package io.careops.compliance.certification.domain;

import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The evidence of one certification: a PDF, JPEG or PNG of at most 10 MB. The type is read from
 * the content's signature, never from what the client declared, so a renamed executable is refused.
 */
@Entity
@Table(name = "certificate_file")
public class CertificateFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @Column(name = "certification_id")
    private UUID certificationId;
    @Column(name = "media_type")
    private String mediaType;
    @Column(name = "size_bytes")
    private int sizeBytes;
    private String sha256;
    @Column(name = "file_name")
    private String fileName;
    private byte[] content;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected CertificateFile() {
        // for JPA
    }

    public static CertificateFile of(UUID certificationId, byte[] content, String fileName, String uploadedBy, Instant now) {
        CertificateFile file = new CertificateFile();
        file.certificationId = certificationId;
        file.replace(content, fileName, uploadedBy, now);
        return file;
    }

    /** A new upload for the same certification replaces the previous file. */
    public void replace(byte[] content, String fileName, String uploadedBy, Instant now) {
        this.mediaType = mediaTypeOf(content);
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = sha256(content);
        this.fileName = fileName;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    /** The media type the content's leading bytes prove, or a 422 naming what is accepted. */
    public static String mediaTypeOf(byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("the file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A certificate file may be at most " + MAX_BYTES + " bytes");
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return "application/pdf";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        throw refused("the content is not a PDF, JPEG or PNG file");
    }

    private static ProblemException refused(String why) {
        return new ProblemException(ProblemType.RULE_VIOLATION, "Certificate file refused: " + why,
                List.of(new Problem.FieldError("file", "must be a non-empty PDF, JPEG or PNG file of at most 10 MB")));
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public UUID certificationId() { return certificationId; }
    public String mediaType() { return mediaType; }
    public int sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public String fileName() { return fileName; }
    public byte[] content() { return content; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
