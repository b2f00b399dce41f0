package io.careops.compliance.dashboard;

import io.careops.compliance.certification.domain.CertificationRepositories;
import io.careops.compliance.certification.domain.CertificationType;
import io.careops.compliance.directory.StaffDirectory;
import io.careops.compliance.directory.StaffMember;
import io.careops.compliance.readside.ComplianceMatrix;
import io.careops.compliance.readside.ComplianceReadRepository;
import io.careops.platform.security.CareHomeAccess;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds a home's {@link ComplianceMatrix}: one directory read (paged), outside any transaction,
 * then the active types and one query for everyone's best certification per type.
 */
@ApplicationScoped
public class HomeComplianceService {

    private final StaffDirectory directory;
    private final CertificationRepositories.Types types;
    private final ComplianceReadRepository reads;
    private final CareHomeAccess access;

    public HomeComplianceService(StaffDirectory directory, CertificationRepositories.Types types,
            ComplianceReadRepository reads, CareHomeAccess access) {
        this.directory = directory;
        this.types = types;
        this.reads = reads;
        this.access = access;
    }

    public ComplianceMatrix of(UUID careHomeId, LocalDate asOf) {
        access.requireVisible(careHomeId, "Care home", careHomeId);
        // The directory first, outside the transaction: no database connection waits on scheduling.
        Optional<List<StaffMember>> staff = directory.activeStaffOf(careHomeId);
        return QuarkusTransaction.joiningExisting().call(() -> ComplianceMatrix.of(careHomeId, asOf,
                types.all().stream().filter(CertificationType::active).toList(), staff,
                reads.heldInHome(careHomeId, asOf, staff.isEmpty())));
    }
}
