package io.careops.scheduling.workingtime.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

/**
 * What the regulations need to know about a person: age (young worker rules), the opt-out from
 * the 48-hour average (reg 5) with the days it is in force, whether they are a declared night
 * worker, and when employment began (a new starter's reference period is shorter, reg 4(4)).
 *
 * @param optOutUntil the day the opt-out ended, exclusive: the opt-out is not in force that day
 */
public record Worker(UUID staffId, LocalDate dateOfBirth, LocalDate optOutFrom, LocalDate optOutUntil,
        boolean declaredNightWorker, LocalDate employmentStart) {

    public static final int ADULT_AGE = 18;

    /** Under 18 that day; an unknown birth date counts as adult. */
    public boolean youngOn(LocalDate day) {
        return dateOfBirth != null && Period.between(dateOfBirth, day).getYears() < ADULT_AGE;
    }

    public boolean optedOutOn(LocalDate day) {
        return optOutFrom != null && !day.isBefore(optOutFrom) && (optOutUntil == null || day.isBefore(optOutUntil));
    }
}
