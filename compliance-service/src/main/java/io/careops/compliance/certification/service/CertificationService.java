package io.careops.compliance.certification.service;

import io.careops.compliance.certification.domain.CertificationRepositories;
import io.careops.compliance.certification.domain.CertificationType;
import io.careops.compliance.certification.domain.StaffCertification;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.CareHomeAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
public class CertificationService {

    /** "Today" for certificates is the UK calendar day. */
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CertificationRepositories.Types types;
    private final CertificationRepositories.Certifications certifications;
    private final CareHomeAccess access;
    private final JsonWebToken caller;
    private final Clock clock;

    public CertificationService(CertificationRepositories.Types types,
            CertificationRepositories.Certifications certifications, CareHomeAccess access, JsonWebToken caller,
            Clock clock) {
        this.types = types;
        this.certifications = certifications;
        this.access = access;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public CertificationType defineType(String code, String name, Integer validityMonths, Integer alertWindowDays,
            boolean critical) {
        if (types.findByIdOptional(code).isPresent()) {
            throw ProblemException.conflict("Certification type " + code + " already exists");
        }
        CertificationType type = CertificationType.define(code, name, validityMonths, alertWindowDays, critical,
                clock.instant());
        types.persist(type);
        return type;
    }

    @Transactional
    public <T> Page<T> types(PageRequest page, Function<CertificationType, T> toResponse) {
        return Page.of(types.all(), page, toResponse);
    }

    @Transactional
    public StaffCertification record(String typeCode, StaffCertification.Record record) {
        access.requireVisible(record.careHomeId(), "Care home", record.careHomeId());
        CertificationType type = types.findByIdOptional(typeCode).filter(CertificationType::active)
                .orElseThrow(() -> unknownType(typeCode));
        StaffCertification certification = StaffCertification.record(type, record, caller.getName(),
                LocalDate.now(clock.withZone(UK)), clock.instant());
        certifications.persist(certification);
        return certification;
    }

    @Transactional
    public StaffCertification get(UUID id) {
        return access.visible(certifications.findByIdOptional(id), StaffCertification::careHomeId, "Certification", id);
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, UUID careHomeId, UUID staffId, String type,
            Function<StaffCertification, T> toResponse) {
        return Page.of(certifications.search(access.restriction(), careHomeId, staffId, type), page, toResponse);
    }

    /** The catalogue is the set of allowed values: an unknown code is answered like an unknown enum value. */
    private ProblemException unknownType(String code) {
        String allowed = types.all().stream().filter(CertificationType::active).map(CertificationType::code)
                .collect(Collectors.joining(", "));
        return new ProblemException(ProblemType.VALIDATION, "Unknown certification type " + code,
                List.of(new Problem.FieldError("certificationType", "must be one of " + allowed)));
    }
}
