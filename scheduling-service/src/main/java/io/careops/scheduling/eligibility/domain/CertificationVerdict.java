package io.careops.scheduling.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the compliance service said about one person's mandatory certifications on one rota day:
 * CLEAR, LAPSED (naming each lapsed certification), or UNCHECKED when compliance could not answer
 * (down, slow, or the circuit open); an unchecked verdict never stops rota work, it is recorded
 * as a warning on the shift.
 */
public record CertificationVerdict(UUID staffId, LocalDate date, State state, List<Lapsed> lapsed, String warning) {

    public enum State { CLEAR, LAPSED, UNCHECKED }

    /** A mandatory certification for the person's role that is not valid on the day. */
    public record Lapsed(String typeCode, String typeName, String status, LocalDate expiryDate) {

        public String describe() {
            return typeCode + " (" + typeName + ") " + status
                    + (expiryDate == null ? "" : " since " + expiryDate.plusDays(1));
        }
    }

    /** An answer given for {@code askedFor} (on or after {@code date}), as it stands on {@code date}. */
    public record NotValid(String typeCode, String typeName, boolean mandatory, String status, LocalDate expiryDate) {
    }

    public static CertificationVerdict unchecked(UUID staffId, LocalDate date, String why) {
        return new CertificationVerdict(staffId, date, State.UNCHECKED, List.of(), "Certifications not checked: " + why);
    }

    /**
     * The verdict on {@code date} from what compliance reported as not valid on a day on or after
     * it: a mandatory certification counts as lapsed on {@code date} when it had EXPIRED by then
     * (its expiry date is before {@code date}). Missing or pending certificates are rota health's
     * concern, not a refusal (docs/domain.md, certifications).
     */
    public static CertificationVerdict of(UUID staffId, LocalDate date, List<NotValid> notValid) {
        List<Lapsed> lapsed = notValid.stream()
                .filter(item -> item.mandatory() && "EXPIRED".equals(item.status())
                        && item.expiryDate() != null && date.isAfter(item.expiryDate()))
                .map(item -> new Lapsed(item.typeCode(), item.typeName(), item.status(), item.expiryDate()))
                .toList();
        return new CertificationVerdict(staffId, date, lapsed.isEmpty() ? State.CLEAR : State.LAPSED, lapsed, null);
    }

    public boolean lapsedOn() {
        return state == State.LAPSED;
    }

    public boolean unchecked() {
        return state == State.UNCHECKED;
    }

    /** "PVG (PVG scheme membership) EXPIRED since 2026-03-01, SSSC (...) ..." */
    public String describe() {
        return lapsed.stream().map(Lapsed::describe).collect(Collectors.joining(", "));
    }

    /** Whether this verdict speaks for {@code staffId} on {@code day}. */
    public boolean isFor(UUID staffId, LocalDate day) {
        return this.staffId.equals(staffId) && this.date.equals(day);
    }
}
