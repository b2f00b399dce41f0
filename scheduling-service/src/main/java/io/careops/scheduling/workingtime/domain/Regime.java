package io.careops.scheduling.workingtime.domain;

import java.time.ZoneId;

/**
 * The working-time settings of a care home.
 *
 * @param referenceWeeks             weeks the 48-hour and night averages run over: 17 by default,
 *                                   26 where reg 21 applies (residential care)
 * @param specialCase                reg 21(c)(i) applies: adults' daily rest, weekly rest, breaks and
 *                                   the night limit may be set aside, but only with equivalent
 *                                   compensatory rest (reg 24)
 * @param compensatoryRestWithinDays by when compensatory rest must be given after the shortfall
 */
public record Regime(ZoneId zone, int referenceWeeks, boolean specialCase, int compensatoryRestWithinDays) {
}
