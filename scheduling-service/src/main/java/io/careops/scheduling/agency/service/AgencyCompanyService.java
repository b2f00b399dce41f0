package io.careops.scheduling.agency.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.scheduling.agency.domain.AgencyCompany;
import io.careops.scheduling.agency.domain.AgencyCompanyRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class AgencyCompanyService {

    private final AgencyCompanyRepository companies;
    private final Clock clock;

    public AgencyCompanyService(AgencyCompanyRepository companies, Clock clock) {
        this.companies = companies;
        this.clock = clock;
    }

    @Transactional
    public AgencyCompany engage(String name, AgencyCompany.Contact contact, BigDecimal dayRate, BigDecimal nightRate) {
        if (companies.nameTaken(name)) {
            throw ProblemException.conflict("An agency company named " + name.strip() + " already exists");
        }
        AgencyCompany company = AgencyCompany.engage(name, contact, dayRate, nightRate, clock.instant());
        companies.persist(company);
        return company;
    }

    /** Changes an agency; {@code ifMatch} (If-Match; else 412) or {@code version} (the body; else 409), when given, must be the agency's (else 409). */
    @Transactional
    public AgencyCompany change(UUID id, String name, AgencyCompany.Contact contact, BigDecimal dayRate,
            BigDecimal nightRate, Boolean active, Long ifMatch, Long version) {
        AgencyCompany company = get(id);
        io.careops.platform.http.Versions.require(ifMatch, version, company.version(), "agency company");
        company.change(name, contact, dayRate, nightRate, active, clock.instant());
        return company;
    }

    @Transactional
    public AgencyCompany get(UUID id) {
        return companies.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Agency company", id));
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, Function<AgencyCompany, T> toResponse) {
        return Page.of(companies.findAll(Sort.by("name")), page, toResponse);
    }
}
