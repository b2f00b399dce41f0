package io.careops.scheduling.workingtime.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.UUID;

/**
 * What the regulations need to know about a person: age (young worker rules), the opt-out from
 * the 48-hour average (reg 5) with the days it is in force, whether they are a declared night
 * worker, when employment began (a new starter's reference period is shorter, reg 4(4)), and
 * whether their contract provides for work after 22:00 (which moves a young worker's restricted
 * period from 22:00-06:00 to 23:00-07:00, reg 2 "restricted period").
 *
 * @param optOutUntil the day the opt-out ended, exclusive: the opt-out is not in force that day
 */
public record Worker(UUID staffId, LocalDate dateOfBirth, LocalDate optOutFrom, LocalDate optOutUntil,
        boolean declaredNightWorker, LocalDate employmentStart, boolean contractedToWorkAfter22) {

    public static final int ADULT_AGE = 18;

    public Worker(UUID staffId, LocalDate dateOfBirth, LocalDate optOutFrom, LocalDate optOutUntil,
            boolean declaredNightWorker, LocalDate employmentStart) {
        this(staffId, dateOfBirth, optOutFrom, optOutUntil, declaredNightWorker, employmentStart, false);
    }

    /** Under 18 that day; an unknown birth date counts as adult. */
    public boolean youngOn(LocalDate day) {
        if (dateOfBirth == null) {
            return false;
        }
        // Asked for every day judged: the calendar years settle it except in the year of the
        // 18th birthday (19 or more years apart is 18 or older, 17 or fewer is under 18).
        int years = day.getYear() - dateOfBirth.getYear();
        if (years != ADULT_AGE) {
            return years < ADULT_AGE;
        }
        return Period.between(dateOfBirth, day).getYears() < ADULT_AGE;
    }

    public boolean optedOutOn(LocalDate day) {
        return optOutFrom != null && !day.isBefore(optOutFrom) && (optOutUntil == null || day.isBefore(optOutUntil));
    }

    /** When a young worker's restricted period begins each evening: 22:00, or 23:00 under a late contract. */
    public LocalTime restrictedPeriodStarts() {
        return contractedToWorkAfter22 ? LocalTime.of(23, 0) : LocalTime.of(22, 0);
    }

    /** When it ends the next morning: 06:00, or 07:00 under a late contract. */
    public LocalTime restrictedPeriodEnds() {
        return contractedToWorkAfter22 ? LocalTime.of(7, 0) : LocalTime.of(6, 0);
    }
}
