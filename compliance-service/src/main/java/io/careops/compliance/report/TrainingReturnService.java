package io.careops.compliance.report;

import io.careops.compliance.certification.domain.CertificationType;
import io.careops.compliance.dashboard.HomeComplianceService;
import io.careops.compliance.readside.ComplianceMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TrainingReturnService {

    /** docs/domain.md section 4: a new worker must be registered with the SSSC within 6 months of starting. */
    static final int SSSC_REGISTRATION_MONTHS = 6;
    static final String SSSC = "SSSC";

    private final HomeComplianceService homes;

    public TrainingReturnService(HomeComplianceService homes) {
        this.homes = homes;
    }

    public TrainingReturn of(UUID careHomeId, LocalDate asOf) {
        ComplianceMatrix home = homes.of(careHomeId, asOf);
        List<String> types = home.mandatoryTypes().stream().map(CertificationType::code).toList();
        List<TrainingReturn.Row> rows = new ArrayList<>();
        int required = 0;
        int compliant = 0;
        int due = 0;
        int overdue = 0;
        for (ComplianceMatrix.Row person : home.rows()) {
            List<TrainingReturn.Entry> entries = new ArrayList<>();
            boolean needsSssc = false;
            for (CertificationType type : home.mandatoryFor(person.roleCode())) {
                ComplianceMatrix.Cell cell = person.cell(type.code());
                entries.add(new TrainingReturn.Entry(type.code(), cell.status(), cell.expiryDate()));
                required++;
                if (cell.covers()) {
                    compliant++;
                }
                // A new starter never registered (none, or awaiting evidence); a lapsed registration is an EXPIRED cell.
                needsSssc |= type.code().equals(SSSC) && (cell.status().equals("MISSING") || cell.status().equals("PENDING"));
            }
            LocalDate ssscDue = needsSssc ? ssscRegistrationDue(person.employmentStart()) : null;
            Boolean ssscOverdue = ssscDue == null ? null : asOf.isAfter(ssscDue);
            if (ssscDue != null) {
                due++;
                if (ssscOverdue) {
                    overdue++;
                }
            }
            rows.add(new TrainingReturn.Row(person.staffNumber(), person.name(), person.roleCode(),
                    person.employmentStart(), entries, ssscDue, ssscOverdue));
        }
        Double percent = ComplianceMatrix.percent(compliant, required);
        return new TrainingReturn(careHomeId, asOf, home.directoryAvailable(), types, rows,
                new TrainingReturn.Summary(rows.size(), required, compliant, percent, due, overdue));
    }

    /**
     * The last day to be registered: the corresponding day 6 months after starting (the UK
     * "corresponding date" rule for periods of months), or the month's last day when it has none
     * (31 August -> 28 or 29 February).
     */
    static LocalDate ssscRegistrationDue(LocalDate employmentStart) {
        return employmentStart == null ? null : employmentStart.plusMonths(SSSC_REGISTRATION_MONTHS);
    }
}
