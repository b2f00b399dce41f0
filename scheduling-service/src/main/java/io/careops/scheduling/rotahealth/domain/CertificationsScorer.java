package io.careops.scheduling.rotahealth.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Staff shifts worked while a critical certification is not valid: 100 x (1 - such shifts /
 * staff shifts). A shift counts when it falls after the certification's expiry, or always for one
 * missing or pending (no expiry). Not computed when compliance did not answer.
 */
public final class CertificationsScorer implements Scorer {

    private final int weight;

    public CertificationsScorer(int weight) {
        this.weight = weight;
    }

    @Override
    public boolean readsCertifications() {
        return true;
    }

    @Override
    public Component score(RotaSnapshot snapshot, Days days) {
        List<RotaSnapshot.ShiftRow> staffed = snapshot.shiftsInScope(days).stream()
                .filter(shift -> shift.staffId() != null).toList();
        if (staffed.isEmpty()) {
            return Component.scored("certifications", weight, 100, Metrics.of("staffShifts", 0), List.of());
        }
        if (!snapshot.certifications().available()) {
            return Component.unavailable("certifications", weight,
                    "The compliance service did not answer; the score is computed without this component");
        }
        List<Issue> issues = new ArrayList<>();
        Set<UUID> affected = new HashSet<>();
        for (RotaSnapshot.ShiftRow shift : staffed) {
            for (RotaSnapshot.Lapse certificate : snapshot.certifications().of(shift.staffId())) {
                boolean lapsedThen = certificate.expiryDate() == null || shift.date().isAfter(certificate.expiryDate());
                if (certificate.critical() && lapsedThen && affected.add(shift.id())) {
                    RotaSnapshot.Person person = snapshot.member(shift.staffId());
                    issues.add(new Issue(Issue.Severity.HIGH, "certifications", (person == null ? "Staff member"
                            : person.fullName()) + " is rostered on " + shift.date() + " with "
                            + certificate.typeName() + " " + certificate.status()
                            + (certificate.expiryDate() == null ? "" : " (expired " + certificate.expiryDate() + ")"),
                            shift.unitId(), shift.date(), List.of(shift.id()), List.of(shift.staffId())));
                }
            }
        }
        double score = 100.0 * (1 - (double) affected.size() / staffed.size());
        return Component.scored("certifications", weight, score,
                Metrics.of("staffShifts", staffed.size(), "shiftsWithLapsedCertification", affected.size()), issues);
    }
}
