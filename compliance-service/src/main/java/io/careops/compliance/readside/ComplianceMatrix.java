package io.careops.compliance.readside;

import io.careops.compliance.certification.domain.CertificationStatus;
import io.careops.compliance.certification.domain.CertificationType;
import io.careops.compliance.directory.StaffMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A care home's training picture on a day: every staff member against the types mandatory for
 * their role, and what follows from it (per-type coverage, the overall percentage, expired critical
 * certificates). Pure: built from the active types, the staff directory (when scheduling answered)
 * and the home's certifications ({@link ComplianceReadRepository#heldInHome}); the dashboard, the
 * training matrix and the Care Inspectorate return are all read from it.
 *
 * <p>It decides which certification speaks for a person and type on the day: of those in force on
 * it ({@link ComplianceReadRepository.Held#inForceOn}: issued by then and not yet replaced by a
 * renewal issued by then), the best by {@link #bestFirst}. A renewal never covers the days before
 * its issue date: there the certificate it renewed decides, expired or not.
 *
 * <p>Rules: with the directory, the rows are its active staff sorted by surname, first name and
 * staff number, and certifications of anyone else (a leaver, someone moved) are left out; without
 * it, the rows are the people compliance holds certifications for, as snapshotted, by staff number.
 * A type is a column when it is mandatory for some role. A person's cell for a type is what they
 * hold, or MISSING; VALID and EXPIRING_SOON cover it. A percentage is to one decimal, and null when
 * nothing is required (0 of 0 is not 100%).
 */
public final class ComplianceMatrix {

    /** The dashboard's expiry horizons, in days. */
    private static final int[] EXPIRING_WITHIN = {30, 60, 90};

    private final UUID careHomeId;
    private final LocalDate asOf;
    private final boolean directoryAvailable;
    private final List<CertificationType> types;
    private final List<Row> rows;
    /** The types mandatory per role, worked out once per role (issue 15: per row and call, it was most of the CPU). */
    private final Map<String, List<CertificationType>> mandatoryByRole = new HashMap<>();
    private final List<CertificationType> noRoleTypes;
    /** Counted on first use; a matrix is built and read by one request, never shared between threads. */
    private List<TypeTally> tallies;
    private final Map<String, Long> countsByStatus;
    private final Map<String, Long> expiringWithinDays;

    private ComplianceMatrix(UUID careHomeId, LocalDate asOf, boolean directoryAvailable, List<CertificationType> types,
            List<Row> rows, Map<String, Long> countsByStatus, Map<String, Long> expiringWithinDays) {
        this.careHomeId = careHomeId;
        this.asOf = asOf;
        this.directoryAvailable = directoryAvailable;
        this.types = types;
        this.rows = rows;
        this.countsByStatus = countsByStatus;
        this.expiringWithinDays = expiringWithinDays;
        this.noRoleTypes = types.stream().filter(type -> type.mandatoryFor(null)).toList();
    }

    /** One person. {@code cells} holds their best current certification of every type they hold. */
    public record Row(UUID staffId, String staffNumber, String name, String roleCode, LocalDate employmentStart,
            boolean inDirectory, Map<String, Cell> cells) {

        /** The person's status for a type: what they hold, or MISSING. */
        public Cell cell(String typeCode) {
            return cells.getOrDefault(typeCode, Cell.MISSING);
        }
    }

    /** status: VALID, EXPIRING_SOON, EXPIRED, PENDING or MISSING. */
    public record Cell(UUID certificationId, String status, LocalDate expiryDate) {
        public static final Cell MISSING = new Cell(null, "MISSING", null);

        public boolean covers() {
            return status.equals("VALID") || status.equals("EXPIRING_SOON");
        }
    }

    /** A type mandatory for someone: how many staff it is mandatory for, and how many are covered. */
    public record TypeTally(CertificationType type, int required, int compliant) {

        public Double percent() {
            return ComplianceMatrix.percent(compliant, required);
        }
    }

    /** A critical certification expired on the day. */
    public record ExpiredCritical(Row person, CertificationType type, Cell cell) {
    }

    /**
     * Of several certifications of one type in force on the day: one that covers it (valid or
     * expiring soon), then an expired one, then one awaiting evidence, then a rejected one; among
     * equals the latest expiry (none first), the latest issue, then the id. An expired one outranks
     * one awaiting evidence or rejected: evidence nobody has verified (which staff can submit
     * themselves) must not hide a lapse from the rota, which refuses shifts on an EXPIRED mandatory
     * certification. The matrix and the batch staff status
     * ({@link ComplianceReadRepository#notValidOn}) both rank by this.
     */
    static Comparator<ComplianceReadRepository.Held> bestFirst(LocalDate day) {
        return Comparator.<ComplianceReadRepository.Held>comparingInt(held -> switch (held.statusOn(day)) {
                    case VALID, EXPIRING_SOON -> 0;
                    case EXPIRED -> 1;
                    case PENDING -> 2;
                    default -> 3;
                })
                .thenComparing(ComplianceReadRepository.Held::expiryDate, Comparator.nullsFirst(Comparator.reverseOrder()))
                .thenComparing(ComplianceReadRepository.Held::issueDate, Comparator.reverseOrder())
                .thenComparing(ComplianceReadRepository.Held::certificationId);
    }

    /**
     * @param activeTypes the active certification types, in catalogue order
     * @param staff       the home's active staff from scheduling; empty when it could not be read
     * @param held        the home's certifications (any in force on {@code asOf} count; others are left out)
     */
    public static ComplianceMatrix of(UUID careHomeId, LocalDate asOf, List<CertificationType> activeTypes,
            Optional<List<StaffMember>> staff, List<ComplianceReadRepository.Held> held) {
        Map<UUID, Row> rows = new LinkedHashMap<>();
        staff.ifPresent(members -> members.stream()
                .sorted(Comparator.comparing(StaffMember::lastName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StaffMember::firstName, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StaffMember::staffNumber, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(member -> rows.put(member.id(), new Row(member.id(), member.staffNumber(),
                        member.fullName().strip(), member.roleCode(), member.employmentStart(), true, new HashMap<>()))));
        Map<UUID, Map<String, ComplianceReadRepository.Held>> best = new LinkedHashMap<>();
        Comparator<ComplianceReadRepository.Held> ranking = bestFirst(asOf);
        long[] byStatus = new long[CertificationStatus.values().length];
        long[] expiring = new long[EXPIRING_WITHIN.length];
        for (ComplianceReadRepository.Held certification : held) {
            if (certification.inForceOn(asOf)) {
                byStatus[certification.statusOn(asOf).ordinal()]++;
                LocalDate expiry = certification.expiryDate();
                if (!certification.awaitingEvidence() && expiry != null && !expiry.isBefore(asOf)) {
                    for (int i = 0; i < EXPIRING_WITHIN.length; i++) {
                        expiring[i] += expiry.isAfter(asOf.plusDays(EXPIRING_WITHIN[i])) ? 0 : 1;
                    }
                }
                best.computeIfAbsent(certification.staffId(), id -> new LinkedHashMap<>()).merge(certification.typeCode(),
                        certification, (one, other) -> ranking.compare(one, other) <= 0 ? one : other);
            }
        }
        for (ComplianceReadRepository.Held certification : best.values().stream()
                .flatMap(types -> types.values().stream()).toList()) {
            Row person = rows.get(certification.staffId());
            if (person == null) {
                if (staff.isPresent()) {
                    continue; // not an active member of this home any more (left or moved): not on the matrix
                }
                person = new Row(certification.staffId(), certification.staffNumber(), certification.staffName(),
                        certification.roleCode(), null, false, new HashMap<>());
                rows.put(certification.staffId(), person);
            }
            person.cells().put(certification.typeCode(), new Cell(certification.certificationId(),
                    certification.statusOn(asOf).name(), certification.expiryDate()));
        }
        List<Row> ordered = new ArrayList<>(rows.values());
        if (staff.isEmpty()) {
            ordered.sort(Comparator.comparing(Row::staffNumber, Comparator.nullsLast(Comparator.naturalOrder())));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CertificationStatus status : CertificationStatus.values()) {
            counts.put(status.name(), byStatus[status.ordinal()]);
        }
        Map<String, Long> within = new LinkedHashMap<>();
        for (int i = 0; i < EXPIRING_WITHIN.length; i++) {
            within.put(String.valueOf(EXPIRING_WITHIN[i]), expiring[i]);
        }
        return new ComplianceMatrix(careHomeId, asOf, staff.isPresent(), List.copyOf(activeTypes), List.copyOf(ordered),
                Collections.unmodifiableMap(counts), Collections.unmodifiableMap(within));
    }

    /**
     * The home's certifications in force on the day (every one, of anyone, not only each person's
     * best), by status on the day: every status present, 0 when none.
     */
    public Map<String, Long> countsByStatus() {
        return countsByStatus;
    }

    /**
     * Of the certifications in force on the day, those not awaiting evidence whose expiry falls on
     * the day or within 30, 60 and 90 days after it (keys "30", "60", "90").
     */
    public Map<String, Long> expiringWithinDays() {
        return expiringWithinDays;
    }

    public UUID careHomeId() {
        return careHomeId;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public boolean directoryAvailable() {
        return directoryAvailable;
    }

    public List<CertificationType> types() {
        return types;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The active types mandatory for this role. */
    public List<CertificationType> mandatoryFor(String roleCode) {
        if (roleCode == null) {
            return noRoleTypes;
        }
        return mandatoryByRole.computeIfAbsent(roleCode,
                role -> types.stream().filter(type -> type.mandatoryFor(role)).toList());
    }

    /** The columns: the active types mandatory for some role, in catalogue order. */
    public List<CertificationType> mandatoryTypes() {
        return types.stream().filter(type -> !type.mandatoryRoles().isEmpty()).toList();
    }

    /** Per column, staff it is mandatory for and how many are covered. */
    public List<TypeTally> tallies() {
        if (tallies == null) {
            tallies = countTallies();
        }
        return tallies;
    }

    private List<TypeTally> countTallies() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        mandatoryTypes().forEach(type -> counts.put(type.code(), new int[2]));
        for (Row row : rows) {
            for (CertificationType type : mandatoryFor(row.roleCode())) {
                int[] tally = counts.get(type.code());
                tally[0]++;
                tally[1] += row.cell(type.code()).covers() ? 1 : 0;
            }
        }
        return mandatoryTypes().stream()
                .map(type -> new TypeTally(type, counts.get(type.code())[0], counts.get(type.code())[1])).toList();
    }

    /** Mandatory certifications required across the home (a person-type pair each). */
    public int required() {
        return tallies().stream().mapToInt(TypeTally::required).sum();
    }

    /** Of those, the ones covered on the day. */
    public int compliant() {
        return tallies().stream().mapToInt(TypeTally::compliant).sum();
    }

    public Double compliancePercent() {
        List<TypeTally> tallies = tallies();
        return percent(tallies.stream().mapToInt(TypeTally::compliant).sum(),
                tallies.stream().mapToInt(TypeTally::required).sum());
    }

    /** Critical certifications expired on the day, whether or not the role demands them, by name then type. */
    public List<ExpiredCritical> expiredCritical() {
        List<ExpiredCritical> expired = new ArrayList<>();
        List<CertificationType> critical = types.stream().filter(CertificationType::critical).toList();
        for (Row row : rows) {
            for (CertificationType type : critical) {
                Cell cell = row.cells().get(type.code());
                if (cell != null && cell.status().equals("EXPIRED")) {
                    expired.add(new ExpiredCritical(row, type, cell));
                }
            }
        }
        expired.sort(Comparator.comparing((ExpiredCritical e) -> e.person().name(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(e -> e.type().code()));
        return expired;
    }

    /** A share in percent to one decimal; null when nothing is required. */
    public static Double percent(int part, int whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
