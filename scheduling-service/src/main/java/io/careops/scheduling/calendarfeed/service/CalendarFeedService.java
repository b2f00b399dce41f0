package io.careops.scheduling.calendarfeed.service;

import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.platform.security.Caller;
import io.careops.platform.security.Roles;
import io.careops.scheduling.calendarfeed.domain.CalendarFeed;
import io.careops.scheduling.calendarfeed.domain.CalendarFeedRepository;
import io.careops.scheduling.carehome.domain.CareHome;
import io.careops.scheduling.carehome.domain.CareHomeRepository;
import io.careops.scheduling.shift.domain.Shift;
import io.careops.scheduling.shift.domain.ShiftRepository;
import io.careops.scheduling.shifttype.domain.ShiftType;
import io.careops.scheduling.shifttype.domain.ShiftTypeRepository;
import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.staff.domain.StaffRepository;
import io.careops.scheduling.staff.service.CurrentStaff;
import io.careops.scheduling.staff.service.StaffService;
import io.careops.scheduling.unit.domain.Unit;
import io.careops.scheduling.unit.domain.UnitRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Personal calendar feeds: made, rotated and revoked by the person (or by a manager or admin of
 * their home for them), and read with nothing but the secret.
 */
@ApplicationScoped
public class CalendarFeedService {

    /** What a feed holds: the rota days from 8 weeks ago to 26 weeks ahead (Europe/London). */
    public static final int WEEKS_BACK = 8;
    public static final int WEEKS_AHEAD = 26;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final CalendarFeedRepository feeds;
    private final StaffService staff;
    private final StaffRepository staffRecords;
    private final CurrentStaff current;
    private final Caller caller;
    private final ShiftRepository shifts;
    private final UnitRepository units;
    private final CareHomeRepository homes;
    private final ShiftTypeRepository shiftTypes;
    private final Clock clock;

    public CalendarFeedService(CalendarFeedRepository feeds, StaffService staff, StaffRepository staffRecords,
            CurrentStaff current, Caller caller, ShiftRepository shifts, UnitRepository units, CareHomeRepository homes,
            ShiftTypeRepository shiftTypes, Clock clock) {
        this.feeds = feeds;
        this.staff = staff;
        this.staffRecords = staffRecords;
        this.current = current;
        this.caller = caller;
        this.shifts = shifts;
        this.units = units;
        this.homes = homes;
        this.shiftTypes = shiftTypes;
        this.clock = clock;
    }

    /** A new feed for the person, revoking the one they had (rotation); the secret is answered once. */
    @Transactional
    public CalendarFeed.Issued issue(UUID staffId) {
        Staff person = whose(staffId);
        feeds.live(person.id()).ifPresent(old -> {
            old.revoke(caller.name(), clock.instant());
            feeds.flush(); // the one-live-feed index sees the old one revoked before the new one
        });
        CalendarFeed.Issued issued = CalendarFeed.issue(person.id(), caller.name(), clock.instant());
        feeds.persist(issued.feed());
        return issued;
    }

    /** Revokes the person's feed; 404 when they have none. */
    @Transactional
    public void revoke(UUID staffId) {
        Staff person = whose(staffId);
        CalendarFeed feed = feeds.live(person.id()).orElseThrow(() -> ProblemException.notFound("Calendar feed", person.id()));
        feed.revoke(caller.name(), clock.instant());
    }

    /** The caller's own record, or, for a manager or admin, a person of a home they may see (404 otherwise). */
    private Staff whose(UUID staffId) {
        if (staffId == null || current.isSelf(staffId)) {
            return current.requireLinked();
        }
        if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.MANAGER)) {
            if (current.selfService()) {
                throw ProblemException.notFound("Staff", staffId);
            }
            throw new ProblemException(ProblemType.FORBIDDEN, "Only a manager or admin manages another person's feed");
        }
        return staff.get(staffId);
    }

    /** One shift in the feed with what the event shows. */
    public record Event(Shift shift, String unit, String home, String shiftType) {
    }

    public record Feed(Staff person, ZoneId zone, List<Event> events) {
    }

    /** The person's shifts for the secret, cancelled ones included; 404 for an unknown or revoked secret. */
    @Transactional
    public Feed read(String secret) {
        if (secret == null || !CalendarFeed.SECRET.matcher(secret).matches()) {
            throw ProblemException.notFound("Calendar feed", "(secret)");
        }
        CalendarFeed feed = feeds.byHash(CalendarFeed.hash(secret)).filter(found -> found.opensWith(secret))
                .orElseThrow(() -> ProblemException.notFound("Calendar feed", "(secret)"));
        Staff person = staffRecords.findByIdOptional(feed.staffId()).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<Shift> theirs = shifts.list("staffId = ?1 and date >= ?2 and date <= ?3", Sort.by("startsAt").and("id"),
                person.id(), today.minusWeeks(WEEKS_BACK), today.plusWeeks(WEEKS_AHEAD));
        Map<UUID, Unit> unitsById = byId(theirs.stream().map(Shift::unitId).toList(), ids -> units.list("id in ?1", ids),
                Unit::id);
        Map<UUID, CareHome> homesById = byId(theirs.stream().map(Shift::careHomeId).toList(),
                ids -> homes.list("id in ?1", ids), CareHome::id);
        Map<UUID, ShiftType> typesById = byId(theirs.stream().map(Shift::shiftTypeId).toList(),
                ids -> shiftTypes.list("id in ?1", ids), ShiftType::id);
        List<Event> events = theirs.stream().map(shift -> new Event(shift, unitsById.get(shift.unitId()).name(),
                homesById.get(shift.careHomeId()).name(),
                shift.shiftTypeId() == null ? null : typesById.get(shift.shiftTypeId()).name())).toList();
        return new Feed(person, LONDON, events);
    }

    private static <E> Map<UUID, E> byId(List<UUID> wanted, Function<List<UUID>, List<E>> load, Function<E, UUID> id) {
        List<UUID> ids = wanted.stream().filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : load.apply(ids).stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
