package io.careops.scheduling.eligibility.domain;

import io.careops.platform.problem.Problem;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.shifttype.domain.ShiftType;
import io.careops.scheduling.staff.domain.Staff;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one eligibility policy: may this person work this shift? Assignment, the rota-health
 * suggestions, open-shift offers and claims, and shift swaps all ask it, so a person suggested or
 * offered a shift can also be assigned it. The rules, in the order they are judged:
 * <ol>
 * <li>employed on the shift's rota day;</li>
 * <li>not away: no approved absence overlaps the shift's instants (a night shift that ends on the
 * first morning of someone's leave overlaps it, although its rota day is before the leave);</li>
 * <li>the shift type admits their role;</li>
 * <li>no other live shift of theirs overlaps it;</li>
 * <li>no mandatory certification for their role lapsed on the day (when compliance answered).</li>
 * </ol>
 * Working time is judged after these, by the working-time engine, since it needs the whole record.
 */
public final class Eligibility {

    public enum Rule { EMPLOYMENT, ABSENCE, ROLE, OVERLAP, CERTIFICATION }

    /** A span of time: an absence or another shift, with its id for the answer. */
    public record Window(UUID id, Instant startsAt, Instant endsAt, String label) {

        boolean overlaps(ShiftTimes times) {
            return startsAt.isBefore(times.endsAt()) && times.startsAt().isBefore(endsAt);
        }

        /** Days away from the first day's start to the end of the last day, in the home's zone. */
        public static Window days(UUID id, LocalDate firstDay, LocalDate lastDay, ZoneId zone, String label) {
            return new Window(id, firstDay.atStartOfDay(zone).toInstant(), lastDay.plusDays(1).atStartOfDay(zone).toInstant(),
                    label);
        }
    }

    /** Why the person may not work the shift: 409 for absence and overlap (a clash), 422 otherwise. */
    public record Refusal(Rule rule, String field, String detail, String message, UUID clashId) {

        public ProblemException problem() {
            ProblemType type = rule == Rule.ABSENCE || rule == Rule.OVERLAP ? ProblemType.CONFLICT : ProblemType.RULE_VIOLATION;
            return new ProblemException(type, detail, List.of(new Problem.FieldError(field, message)));
        }
    }

    private Eligibility() {
    }

    /**
     * The first rule the person breaks on the shift, or empty. {@code away} are their approved
     * absences, {@code working} their other live shifts (not this one), {@code verdict} may be null
     * (not asked) or UNCHECKED (compliance did not answer): neither refuses.
     */
    public static Optional<Refusal> judge(Staff person, ShiftTimes times, ShiftType type, List<Window> away,
            List<Window> working, CertificationVerdict verdict) {
        Optional<Refusal> refusal = employmentAndRole(person, times, type);
        if (refusal.isPresent() && refusal.get().rule() == Rule.EMPLOYMENT) {
            return refusal;
        }
        for (Window absence : away) {
            if (absence.overlaps(times)) {
                return Optional.of(new Refusal(Rule.ABSENCE, "staffId", person.fullName() + " is on approved "
                        + absence.label() + " (absence " + absence.id() + ")", "on approved absence", absence.id()));
            }
        }
        if (refusal.isPresent()) {
            return refusal;
        }
        for (Window other : working) {
            if (other.overlaps(times)) {
                return Optional.of(new Refusal(Rule.OVERLAP, "staffId", "The staff member already works "
                        + other.label() + " (shift " + other.id() + "), which overlaps this shift", "overlaps shift "
                        + other.id(), other.id()));
            }
        }
        return certification(person, verdict);
    }

    /** Employment on the day and the shift type's roles: what needs no other record. */
    public static Optional<Refusal> employmentAndRole(Staff person, ShiftTimes times, ShiftType type) {
        if (!person.employedOn(times.date())) {
            return Optional.of(new Refusal(Rule.EMPLOYMENT, "staffId", person.fullName() + " is not employed on "
                    + times.date(), person.fullName() + " is not employed on " + times.date(), null));
        }
        if (type != null && !type.admits(person.roleCode())) {
            String who = person.roleCode() == null ? "a person without a role" : "role " + person.roleCode();
            String message = who + " may not work " + type.code() + " (allowed: " + String.join(", ", type.allowedRoles())
                    + ")";
            return Optional.of(new Refusal(Rule.ROLE, "staffId", message, message, null));
        }
        return Optional.empty();
    }

    /** A lapsed mandatory certification (422 naming it); an unchecked or absent verdict passes. */
    public static Optional<Refusal> certification(Staff person, CertificationVerdict verdict) {
        if (verdict == null || !verdict.lapsedOn()) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(Rule.CERTIFICATION, "staffId", person.fullName() + " may not work on "
                + verdict.date() + ": mandatory certification " + verdict.describe()
                + ". A manager may override with a reason (certificationOverrideReason).",
                "mandatory certification lapsed: " + verdict.describe(), null));
    }
}
