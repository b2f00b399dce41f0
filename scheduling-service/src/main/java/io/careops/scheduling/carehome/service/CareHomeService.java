package io.careops.scheduling.carehome.service;

import io.careops.platform.paging.Page;
import io.careops.platform.paging.PageRequest;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.security.CareHomeAccess;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.domain.CareHomeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

@ApplicationScoped
public class CareHomeService {

    private final CareHomeRepository homes;
    private final CareHomeAccess access;
    private final Clock clock;

    public CareHomeService(CareHomeRepository homes, CareHomeAccess access, Clock clock) {
        this.homes = homes;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public CareHome register(CareHome.Registration registration) {
        if (homes.serviceNumberTaken(registration.serviceNumber())) {
            throw ProblemException.conflict("A care home with service number " + registration.serviceNumber()
                    + " is already registered");
        }
        if (homes.codeTaken(registration.code())) {
            throw ProblemException.conflict("A care home with code " + registration.code() + " already exists");
        }
        CareHome home = CareHome.register(registration, clock.instant());
        homes.persist(home);
        return home;
    }

    /** Changes a home the caller may see; {@code ifMatch} (If-Match; else 412) or {@code version} (the body; else 409), when given, must be the home's (else 409). */
    @Transactional
    public CareHome change(UUID id, CareHome.Change change, Long ifMatch, Long version) {
        CareHome home = get(id);
        io.careops.platform.http.Versions.require(ifMatch, version, home.version(), "care home");
        home.change(change, clock.instant());
        return home;
    }

    @Transactional
    public CareHome get(UUID id) {
        return access.visible(homes.findByIdOptional(id), CareHome::id, "Care home", id);
    }

    /**
     * The home of a person being judged (their time zone, working-time regime), whoever asks: a
     * swap across homes is decided by a manager of the shift's home, who may not see the other
     * person's. Its settings decide a rule; none of it is answered to the caller.
     */
    @Transactional
    public CareHome ofPerson(UUID id) {
        return homes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Care home", id));
    }

    /**
     * "Today" at a home: the day the one clock shows in the home's zone (Europe/London for every
     * Scottish home), never the UTC date, which is yesterday between 00:00 and 01:00 BST. 404 for
     * a home the caller may not see.
     */
    @Transactional
    public LocalDate today(UUID id) {
        return LocalDate.now(clock.withZone(get(id).timeZone()));
    }

    @Transactional
    public <T> Page<T> list(PageRequest page, Boolean active, Function<CareHome, T> toResponse) {
        return Page.of(homes.search(access.restriction(), active), page, toResponse);
    }
}
