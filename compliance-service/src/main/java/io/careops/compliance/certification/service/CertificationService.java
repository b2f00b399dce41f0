package io.careops.compliance.certification.service;

import io.careops.compliance.certification.domain.CertificateFile;
import io.careops.compliance.certification.domain.CertificationRepositories;
import io.careops.compliance.certification.domain.CertificationType;
import io.careops.compliance.certification.domain.StaffCertification;
import io.careops.compliance.directory.StaffDirectory;
import io.careops.compliance.directory.StaffMember;
import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.CareHomeAccess;
import io.careops.platform.security.Caller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

@ApplicationScoped
public class CertificationService {

    /** "Today" for certificates is the UK calendar day. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final CertificationRepositories.Types types;
    private final CertificationRepositories.Certifications certifications;
    private final CertificationRepositories.Files files;
    private final StaffDirectory directory;
    private final CareHomeAccess access;
    private final Caller self;
    private final JsonWebToken caller;
    private final Clock clock;

    public CertificationService(CertificationRepositories.Types types,
            CertificationRepositories.Certifications certifications, CertificationRepositories.Files files,
            StaffDirectory directory, CareHomeAccess access, Caller self, JsonWebToken caller, Clock clock) {
        this.types = types;
        this.certifications = certifications;
        this.files = files;
        this.directory = directory;
        this.access = access;
        this.self = self;
        this.caller = caller;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    @Transactional
    public CertificationType defineType(String code, String name, Integer validityMonths, Integer alertWindowDays,
            boolean critical, Set<String> mandatoryRoles) {
        if (types.findByIdOptional(code).isPresent()) {
            throw ProblemException.conflict("Certification type " + code + " already exists");
        }
        CertificationType type = CertificationType.define(code, name, validityMonths, alertWindowDays, critical,
                mandatoryRoles, clock.instant());
        types.persist(type);
        return type;
    }

    @Transactional
    public CertificationType changeType(String code, String name, Integer validityMonths, Integer alertWindowDays,
            boolean critical, Set<String> mandatoryRoles, boolean active) {
        CertificationType type = types.findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Certification type", code));
        type.change(name, validityMonths, alertWindowDays, critical, mandatoryRoles, active, clock.instant());
        return type;
    }

    @Transactional
    public <T> Page<T> types(PageRequest page, Function<CertificationType, T> toResponse) {
        return Page.of(types.all(), page, toResponse);
    }

    @Transactional
    public CertificationType type(String code) {
        return types.findByIdOptional(code).orElseThrow(() -> ProblemException.notFound("Certification type", code));
    }

    /**
     * Records a certification. The scheduling service is asked who the staff member is (outside
     * the transaction: no connection is held while it answers); when it answers, the person must
     * exist in the caller's homes, carry that staff number and belong to that home, and their name
     * and role are kept. When it does not answer, the certification is recorded unverified.
     */
    public StaffCertification record(String typeCode, StaffCertification.Record record) {
        access.requireVisible(record.careHomeId(), "Care home", record.careHomeId());
        StaffCertification.StaffSnapshot holder = holder(record.staffId(), record.staffNumber(), record.careHomeId());
        return QuarkusTransaction.joiningExisting().call(() -> {
            CertificationType type = activeType(typeCode);
            StaffCertification certification = StaffCertification.record(type, record, holder, caller.getName(), today(),
                    clock.instant());
            certifications.persist(certification);
            return certification;
        });
    }

    /** The most certifications one bulk request records. */
    public static final int MAX_BULK = 500;
    /** From this many people of one home in a request, the home's directory is read whole (a page per 100). */
    private static final int READ_HOME_FROM = 10;

    /** One certification of a bulk request: its type's code and what it records. */
    public record Entry(String typeCode, StaffCertification.Record record) {
    }

    /**
     * Records many certifications (a training provider's return, an HR system's upload) all or
     * nothing, under the same rules as {@link #record} one at a time. Who each person is comes from
     * the scheduling service before the transaction: a home with many people in the request is read
     * whole, a page of 100 at a time, instead of one call per person. Every failing entry is named
     * as {@code certifications[i].field} in one 422, and then nothing is recorded.
     */
    public List<StaffCertification> recordAll(List<Entry> entries) {
        // Who each person is: asked before the transaction, so no connection waits on scheduling.
        java.util.Map<Integer, List<Problem.FieldError>> errors = new java.util.TreeMap<>();
        java.util.Map<UUID, StaffMember> known = knownStaff(entries);
        List<StaffCertification.StaffSnapshot> holders = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            StaffCertification.Record record = entries.get(i).record();
            try {
                access.requireVisible(record.careHomeId(), "Care home", record.careHomeId());
                StaffMember member = known.get(record.staffId());
                holders.add(member != null ? verified(member, record.staffNumber(), record.careHomeId())
                        : holder(record.staffId(), record.staffNumber(), record.careHomeId()));
            } catch (ProblemException failure) {
                holders.add(StaffCertification.StaffSnapshot.UNVERIFIED);
                addErrors(errors, i, failure);
            }
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            LocalDate today = today();
            java.time.Instant now = clock.instant();
            java.util.Map<String, CertificationType> active = new java.util.HashMap<>();
            List<StaffCertification> recorded = new java.util.ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                try {
                    // Every entry's own rules run too, so one answer names every problem.
                    CertificationType type = active.computeIfAbsent(entry.typeCode(), this::activeType);
                    recorded.add(StaffCertification.record(type, entry.record(), holders.get(i), caller.getName(), today, now));
                } catch (ProblemException failure) {
                    addErrors(errors, i, failure);
                }
            }
            if (!errors.isEmpty()) {
                throw new ProblemException(ProblemType.RULE_VIOLATION, errors.size() + " of " + entries.size()
                        + " certifications cannot be recorded; none was",
                        errors.values().stream().flatMap(List::stream).toList());
            }
            certifications.persist(recorded);
            return recorded;
        });
    }

    /** The people of the homes that many entries name, read a home at a time; others are asked for one by one. */
    private java.util.Map<UUID, StaffMember> knownStaff(List<Entry> entries) {
        java.util.Map<UUID, Set<UUID>> peopleByHome = new java.util.HashMap<>();
        for (Entry entry : entries) {
            if (entry.record().careHomeId() != null && entry.record().staffId() != null
                    && access.canSee(entry.record().careHomeId())) {
                peopleByHome.computeIfAbsent(entry.record().careHomeId(), home -> new java.util.HashSet<>())
                        .add(entry.record().staffId());
            }
        }
        java.util.Map<UUID, StaffMember> known = new java.util.HashMap<>();
        peopleByHome.forEach((home, people) -> {
            if (people.size() >= READ_HOME_FROM) {
                directory.activeStaffOf(home).ifPresent(staff -> staff.forEach(member -> known.put(member.id(), member)));
            }
        });
        return known;
    }

    private static void addErrors(java.util.Map<Integer, List<Problem.FieldError>> byEntry, int index,
            ProblemException failure) {
        byEntry.computeIfAbsent(index, entry -> new java.util.ArrayList<>())
                .addAll(failure.errorsUnder("certifications[" + index + "]"));
    }

    /**
     * A staff member submits evidence of their own: the token's staff number must be the person's
     * (another person's id, or one unknown, answers 404, as if it did not exist); the care home is
     * theirs, as the scheduling service says. Recorded PENDING until a manager verifies it.
     */
    public StaffCertification submitOwn(UUID staffId, String typeCode, StaffCertification.Record details) {
        String own = self.staffNumber().orElseThrow(() -> ProblemException.notFound("Staff member", staffId));
        StaffDirectory.Lookup lookup = directory.find(staffId);
        if (lookup instanceof StaffDirectory.Lookup.Unavailable) {
            throw new ProblemException(ProblemType.UNAVAILABLE,
                    "The scheduling service did not answer; who staff member " + staffId + " is cannot be checked");
        }
        if (!(lookup instanceof StaffDirectory.Lookup.Found found) || !own.equals(found.member().staffNumber())) {
            throw ProblemException.notFound("Staff member", staffId);
        }
        StaffMember member = found.member();
        access.requireVisible(member.careHomeId(), "Staff member", staffId);
        StaffCertification.StaffSnapshot holder = verified(member, own, member.careHomeId());
        StaffCertification.Record record = new StaffCertification.Record(member.careHomeId(), staffId, own,
                details.name(), details.issueDate(), details.expiryDate(), null, details.issuingBody(),
                details.certificateNumber(), null, true, details.notes());
        return QuarkusTransaction.joiningExisting().call(() -> {
            CertificationType type = activeType(typeCode);
            StaffCertification certification = StaffCertification.submitByStaff(type, record, holder, caller.getName(),
                    today(), clock.instant());
            certifications.persist(certification);
            return certification;
        });
    }

    /** A manager (or admin) of the home verifies the evidence: it counts by its dates from now on. */
    @Transactional
    public StaffCertification verify(UUID id) {
        StaffCertification certification = get(id);
        certification.verify(caller.getName(), clock.instant());
        return certification;
    }

    /** A manager (or admin) of the home rejects the evidence with a reason, which is kept. */
    @Transactional
    public StaffCertification reject(UUID id, String reason) {
        StaffCertification certification = get(id);
        certification.reject(reason, caller.getName(), clock.instant());
        return certification;
    }

    /** A renewal: a new certification of the same type and person that supersedes this one. */
    public StaffCertification renew(UUID id, StaffCertification.Record renewal) {
        StaffCertification current = get(id);
        StaffCertification.StaffSnapshot holder = holder(current.staffId(), current.staffNumber(), current.careHomeId());
        return QuarkusTransaction.joiningExisting().call(() -> {
            StaffCertification renewed = certifications.findById(id);
            CertificationType type = activeType(renewed.certificationType());
            StaffCertification next = renewed.renewWith(type, renewal, holder, caller.getName(), today(), clock.instant());
            certifications.persist(next);
            certifications.flush();
            return next;
        });
    }

    /**
     * A certification the caller may see, or 404: in their care homes and, for a self-service
     * (staff-only) caller, one of their own (same staff number as the token names).
     */
    @Transactional
    public StaffCertification get(UUID id) {
        StaffCertification certification = access.visible(certifications.findByIdOptional(id),
                StaffCertification::careHomeId, "Certification", id);
        if (ownOnly().isPresent() && !ownOnly().get().equals(certification.staffNumber())) {
            throw ProblemException.notFound("Certification", id);
        }
        return certification;
    }

    /** For a self-service caller, the staff number they are limited to (one matching nothing when unlinked). */
    private java.util.Optional<String> ownOnly() {
        return self.selfService() ? java.util.Optional.of(self.staffNumber().orElse("not-a-staff-number"))
                : java.util.Optional.empty();
    }

    @Transactional
    public List<StaffCertification> history(UUID id) {
        get(id);
        return certifications.history(id);
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, CertificationRepositories.Search search, Function<StaffCertification, T> toResponse) {
        long total = certifications.count(search);
        List<T> items = certifications.search(search, page.page(), page.size()).stream().map(toResponse).toList();
        return new Page<>(items, page.page(), page.size(), total, (int) ((total + page.size() - 1) / page.size()));
    }

    public CertificationRepositories.Search search(UUID careHomeId, UUID staffId, String type,
            io.careops.compliance.certification.domain.CertificationStatus status, Integer expiringWithinDays,
            LocalDate asOf, boolean includeSuperseded) {
        return new CertificationRepositories.Search(access.restriction(), careHomeId, staffId, type, status,
                expiringWithinDays, asOf, includeSuperseded, ownOnly());
    }

    /** Stores the evidence (replacing any earlier file); the certification is no longer PENDING. */
    @Transactional
    public CertificateFile upload(UUID id, byte[] content, String fileName) {
        StaffCertification certification = get(id);
        CertificateFile file = files.findByIdOptional(id).orElse(null);
        if (file == null) {
            file = CertificateFile.of(id, content, fileName, caller.getName(), clock.instant());
            files.persist(file);
        } else {
            file.replace(content, fileName, caller.getName(), clock.instant());
        }
        if (certification.awaitingEvidence()) {
            certification.evidenceReceived(clock.instant());
        }
        return file;
    }

    @Transactional
    public CertificateFile file(UUID id) {
        get(id);
        return files.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Certificate file of certification", id));
    }

    private StaffCertification.StaffSnapshot holder(UUID staffId, String staffNumber, UUID careHomeId) {
        StaffDirectory.Lookup lookup = directory.find(staffId);
        if (lookup instanceof StaffDirectory.Lookup.Found found) {
            return verified(found.member(), staffNumber, careHomeId);
        }
        if (lookup instanceof StaffDirectory.Lookup.Unknown) {
            throw ProblemException.ruleViolation("staffId", "no staff member " + staffId + " in the caller's care homes");
        }
        return StaffCertification.StaffSnapshot.UNVERIFIED;
    }

    private static StaffCertification.StaffSnapshot verified(StaffMember member, String staffNumber, UUID careHomeId) {
        if (!Objects.equals(member.staffNumber(), staffNumber)) {
            throw ProblemException.ruleViolation("staffNumber", "staff member " + member.id() + " has staff number "
                    + member.staffNumber() + ", not " + staffNumber);
        }
        if (!Objects.equals(member.careHomeId(), careHomeId)) {
            throw ProblemException.ruleViolation("careHomeId", "staff member " + member.id() + " works at another care home");
        }
        return new StaffCertification.StaffSnapshot(member.fullName().strip(), member.roleCode(), true);
    }

    private CertificationType activeType(String typeCode) {
        return types.findByIdOptional(typeCode).filter(CertificationType::active).orElseThrow(() -> unknownType(typeCode));
    }

    /** The catalogue is the set of allowed values: an unknown code is answered like an unknown enum value. */
    private ProblemException unknownType(String code) {
        String allowed = types.all().stream().filter(CertificationType::active).map(CertificationType::code)
                .collect(Collectors.joining(", "));
        return new ProblemException(ProblemType.VALIDATION, "Unknown certification type " + code,
                List.of(new Problem.FieldError("certificationType", "must be one of " + allowed)));
    }
}
