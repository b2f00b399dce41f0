package io.careops.scheduling.workingtime;

import static io.careops.scheduling.workingtime.Rota.CARE_HOME;
import static io.careops.scheduling.workingtime.Rota.LONDON;
import static io.careops.scheduling.workingtime.Rota.STRICT;
import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.absence.domain.AbsenceType;
import io.careops.scheduling.workingtime.domain.Assessment;
import io.careops.scheduling.workingtime.domain.CompensatoryRest;
import io.careops.scheduling.workingtime.domain.Finding;
import io.careops.scheduling.workingtime.domain.Focus;
import io.careops.scheduling.workingtime.domain.Regime;
import io.careops.scheduling.workingtime.domain.Rule;
import io.careops.scheduling.workingtime.domain.Severity;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.Worker;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Working Time Regulations 1998 on hand-built rotas, each figure worked out in the test. The
 * boundaries come from docs/domain.md section 2 and the issue: exactly 48.0 h, exactly 11 h rest, a
 * shift ending at 23:00 then one at 10:00, leave inside the period, an opt-out starting in the
 * middle, a 17-year-old turning 18, a night across each clock change.
 */
class WorkingTimeEngineTest {

    private static final List<DayOfWeek> MON_TO_THU = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY);
    private static final List<DayOfWeek> MON_TO_FRI = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    private static final List<DayOfWeek> MON_TO_SAT = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY);
    private static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());
    private static final List<DayOfWeek> ALTERNATE_DAYS = List.of(MONDAY, WEDNESDAY, FRIDAY, SUNDAY);
    /** 17 weeks from Monday 5 January 2026 end on Sunday 3 May. */
    private static final String FIRST_MONDAY = "2026-01-05";
    private static final String PERIOD_END = "2026-05-03";

    static List<Finding> of(Assessment assessment, Rule rule) {
        return assessment.findings().stream().filter(finding -> finding.rule() == rule).toList();
    }

    static Finding only(Assessment assessment, Rule rule) {
        List<Finding> found = of(assessment, rule);
        assertThat(found).as("findings of %s in %s", rule, assessment.findings()).hasSize(1);
        return found.get(0);
    }

    @Nested
    class AverageWeeklyHours {

        /** Four 12-hour working days a week (12 h 20 on site, 20 minutes' break): 48 h a week. */
        Rota fortyEightHoursAWeek(int weeks) {
            return Rota.of().weekly(FIRST_MONDAY, weeks, MON_TO_THU, "07:00", "19:20", 20);
        }

        @Test
        void exactly48HoursOnAverageIsAllowedWithAWarning() {
            Assessment assessment = fortyEightHoursAWeek(17).assess(Rota.adult(), STRICT, PERIOD_END, PERIOD_END);

            assertThat(assessment.allowed()).isTrue();
            Finding warning = only(assessment, Rule.AVERAGE_WEEKLY_HOURS);
            assertThat(warning.severity()).isEqualTo(Severity.WARNING);
            assertThat(warning.figures()).containsEntry("averageWeeklyHours", new BigDecimal("48.00"))
                    .containsEntry("hoursWorked", new BigDecimal("816.00"))
                    .containsEntry("periodFrom", FIRST_MONDAY).containsEntry("periodTo", PERIOD_END);
        }

        @Test
        void oneMinuteMoreOver17WeeksBreaksTheLimit() {
            Rota rota = fortyEightHoursAWeek(17);
            rota.shift("2026-05-04", "07:00", "07:01", 0); // outside the period: no effect
            rota.shift("2026-04-30", "20:00", "20:01", 0); // inside: 816 h 1 min

            Finding breach = only(rota.assess(Rota.adult(), STRICT, PERIOD_END, PERIOD_END), Rule.AVERAGE_WEEKLY_HOURS);

            assertThat(breach.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(breach.figures()).containsEntry("hoursWorked", new BigDecimal("816.02"));
        }

        @Test
        void oneHeavyWeekIsNotABreachWhenTheAverageHolds() {
            // The legacy checker capped each week at 48 h; the law averages. 60 h in one week and
            // 40 h in the next average 50 over two weeks but 42.35 over seventeen.
            Rota rota = Rota.of().weekly(FIRST_MONDAY, 1, MON_TO_FRI, "07:00", "19:20", 20)
                    .weekly("2026-01-12", 16, List.of(MONDAY, WEDNESDAY, FRIDAY), "07:00", "19:20", 20);

            Assessment assessment = rota.assess(Rota.adult(), STRICT, PERIOD_END, PERIOD_END);

            assertThat(of(assessment, Rule.AVERAGE_WEEKLY_HOURS)).isEmpty();
        }

        @Test
        void leaveInsideThePeriodIsMadeUpFromTheDaysWorkedAfterIt() {
            // 15 weeks at 48 h (720 h), then 14 days' annual leave; after the period the first 14
            // days worked (12 h each, 168 h) stand in for them: (720 + 168) / 17 = 52.24 h.
            Rota rota = fortyEightHoursAWeek(15).leave(AbsenceType.ANNUAL_LEAVE, "2026-04-20", PERIOD_END)
                    .weekly("2026-05-04", 4, MON_TO_THU, "07:00", "19:20", 20);

            Finding breach = only(rota.assess(Rota.adult(), STRICT, PERIOD_END, PERIOD_END), Rule.AVERAGE_WEEKLY_HOURS);

            assertThat(breach.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(breach.figures()).containsEntry("averageWeeklyHours", new BigDecimal("52.24"))
                    .containsEntry("hoursWorked", new BigDecimal("720.00")).containsEntry("excludedDays", 14)
                    .containsEntry("daysMadeUp", 14).containsEntry("hoursMadeUpAfterPeriod", new BigDecimal("168.00"))
                    .containsEntry("provisional", false);
        }

        @Test
        void leaveNotYetMadeUpIsAveragedOverTheDaysCountedAndMarkedProvisional() {
            // Nothing worked after the period yet: 720 h over 105 counted days = 48.00 h a week,
            // not 720 / 17 = 42.35 as if the leave were days of no work.
            Rota rota = fortyEightHoursAWeek(15).leave(AbsenceType.SICKNESS, "2026-04-20", PERIOD_END);

            Finding warning = only(rota.assess(Rota.adult(), STRICT, PERIOD_END, PERIOD_END), Rule.AVERAGE_WEEKLY_HOURS);

            assertThat(warning.severity()).isEqualTo(Severity.WARNING);
            assertThat(warning.figures()).containsEntry("averageWeeklyHours", new BigDecimal("48.00"))
                    .containsEntry("provisional", true).containsEntry("daysMadeUp", 0);
        }

        @Test
        void trainingIsWorkingTimeAndOtherLeaveIsNotExcluded() {
            // Two weeks of training (no shifts recorded) are not excluded days: 720 h / 17 = 42.35 h,
            // under the 44 h warning, where the same two weeks of sickness averaged 48.00.
            Rota rota = fortyEightHoursAWeek(15).leave(AbsenceType.TRAINING, "2026-04-20", PERIOD_END);

            assertThat(of(rota.assess(Rota.adult(), STRICT, PERIOD_END, PERIOD_END), Rule.AVERAGE_WEEKLY_HOURS)).isEmpty();
        }

        /** 52 h a week on alternate days for weeks 1-8, 60 h a week for weeks 9-17. */
        Rota heavierAfterEightWeeks(String hoursBefore) {
            String end = hoursBefore.equals("52") ? "20:20" : "18:20";
            return Rota.of().weekly(FIRST_MONDAY, 8, ALTERNATE_DAYS, "07:00", end, 20)
                    .weekly("2026-03-02", 9, MON_TO_FRI, "07:00", "19:20", 20);
        }

        @ParameterizedTest(name = "{0}: opt-out {1} to {2} -> {3}")
        @CsvSource(nullValues = "none", value = {
                // no opt-out: 8 x 52 + 9 x 60 = 956 h / 17 = 56.24
                "52, none,       none,       VIOLATION, 56.24",
                // signed on day 57: only weeks 1-8 count, 416 h over 56 days = 52.00
                "52, 2026-03-02, none,       VIOLATION, 52.00",
                // 40 h a week before the opt-out: 320 h over 56 days = 40.00, nothing to report
                "40, 2026-03-02, none,       none,      none",
                // in force all period: no limit applies at all
                "52, 2025-12-01, none,       none,      none",
                // ended on day 57: weeks 9-17 count, 540 h over 63 days = 60.00
                "52, 2025-06-01, 2026-03-02, VIOLATION, 60.00",
        })
        void theOptOutCountsOnlyOnTheDaysItIsInForce(String hoursBefore, String signed, String ended,
                Severity expected, BigDecimal average) {
            Worker worker = signed == null ? Rota.adult() : Rota.optedOut(signed, ended);

            List<Finding> found = of(heavierAfterEightWeeks(hoursBefore).assess(worker, STRICT, PERIOD_END, PERIOD_END),
                    Rule.AVERAGE_WEEKLY_HOURS);

            if (expected == null) {
                assertThat(found).isEmpty();
            } else {
                assertThat(found).singleElement().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(expected);
                    assertThat(finding.figures()).containsEntry("averageWeeklyHours", average);
                });
            }
        }

        @Test
        void residentialCareAveragesOver26WeeksAndTheLimitIsNotSetAside() {
            // 17 weeks at 56 h then nothing: 952 h / 26 = 36.62 h in care; / 17 = 56 h elsewhere.
            Rota rota = Rota.of().weekly(FIRST_MONDAY, 17, List.of(MONDAY, WEDNESDAY, FRIDAY, SUNDAY), "07:00", "21:20", 20);

            assertThat(of(rota.assess(Rota.adult(), CARE_HOME, PERIOD_END, PERIOD_END), Rule.AVERAGE_WEEKLY_HOURS))
                    .isEmpty();
            assertThat(only(rota.assess(Rota.adult(), STRICT, PERIOD_END, PERIOD_END), Rule.AVERAGE_WEEKLY_HOURS)
                    .severity()).isEqualTo(Severity.VIOLATION);
            // 26 weeks at 56 h breach in care homes too: reg 21 does not set reg 4 aside.
            Rota longer = Rota.of().weekly(FIRST_MONDAY, 26, List.of(MONDAY, WEDNESDAY, FRIDAY, SUNDAY), "07:00", "21:20", 20);
            assertThat(only(longer.assess(Rota.adult(), CARE_HOME, "2026-07-05", "2026-07-05"),
                    Rule.AVERAGE_WEEKLY_HOURS).severity()).isEqualTo(Severity.VIOLATION);
        }

        @Test
        void aNewStartersFirstPeriodBeginsWithEmploymentAndIsJudgedWhole() {
            // Started 2 March with 60-hour weeks planned for 17 weeks: the first period, 2 March
            // to 28 June, averages 60 h, and is already a breach four weeks in.
            Rota rota = Rota.of().weekly("2026-03-02", 17, MON_TO_FRI, "07:00", "19:20", 20);
            Worker starter = new Worker(java.util.UUID.randomUUID(), LocalDate.of(1990, 1, 1), null, null, false,
                    LocalDate.of(2026, 3, 2));

            Finding breach = only(rota.assess(starter, STRICT, "2026-03-29", "2026-03-29"), Rule.AVERAGE_WEEKLY_HOURS);

            assertThat(breach.figures()).containsEntry("periodFrom", "2026-03-02").containsEntry("periodTo", "2026-06-28")
                    .containsEntry("averageWeeklyHours", new BigDecimal("60.00"));
            // One 12-hour first day is not an 84-hour week: it is 12 h over the first 17 weeks.
            Rota firstDay = Rota.of().shift("2026-03-02", "07:00", "19:20", 20);
            assertThat(of(firstDay.assess(starter, STRICT, "2026-03-02", "2026-03-02"), Rule.AVERAGE_WEEKLY_HOURS))
                    .isEmpty();
        }
    }

    @Nested
    class DailyRest {

        @ParameterizedTest(name = "{0} {1}-{2}, then {3} {4}: {6} minutes short")
        @CsvSource({
                // across midnight: ends 23:00, starts 10:00 = exactly 11 h
                "2026-03-02, 12:00, 23:00, 2026-03-03, 10:00, 18:00, 0",
                "2026-03-02, 12:00, 23:00, 2026-03-03, 09:59, 18:00, 1",
                "2026-03-02, 08:00, 20:00, 2026-03-03, 07:00, 15:00, 0",
                "2026-03-02, 08:00, 20:00, 2026-03-03, 06:59, 15:00, 1",
                // a night then an early start: 4 h rest
                "2026-03-02, 20:00, 08:00, 2026-03-03, 12:00, 20:00, 420",
                // across the autumn clock change: 22:00 BST to 08:00 GMT is 11 real hours, not 10
                "2026-10-24, 13:00, 22:00, 2026-10-25, 08:00, 17:00, 0",
                "2026-10-24, 13:00, 22:30, 2026-10-25, 08:00, 17:00, 30",
                // across the spring one: 23:00 GMT to 10:00 BST is only 10 real hours
                "2026-03-28, 13:00, 23:00, 2026-03-29, 10:00, 17:00, 60",
        })
        void elevenHoursBetweenShifts(String day1, String start1, String end1, String day2, String start2, String end2,
                long shortMinutes) {
            Rota rota = Rota.of().shift(day1, start1, end1, 30).shift(day2, start2, end2, 30);

            List<Finding> strict = of(rota.assess(Rota.adult(), STRICT, day1, day2), Rule.DAILY_REST);
            Assessment care = rota.assess(Rota.adult(), CARE_HOME, day1, day2);

            if (shortMinutes == 0) {
                assertThat(strict).isEmpty();
                assertThat(care.compensatoryRest()).isEmpty();
            } else {
                assertThat(strict).singleElement().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.VIOLATION);
                    assertThat(finding.shiftIds()).hasSize(2);
                });
                // In a care home the shortfall is allowed but owed back, within 14 days.
                assertThat(only(care, Rule.DAILY_REST).severity()).isEqualTo(Severity.COMPENSATORY_REST);
                CompensatoryRest owed = care.compensatoryRest().get(0);
                assertThat(owed.minutes()).isEqualTo(shortMinutes);
                assertThat(owed.dueBy()).isEqualTo(LocalDate.parse(day2).plusDays(14));
                assertThat(care.allowed()).isTrue();
            }
        }

        @ParameterizedTest(name = "young worker: rest until {0} -> {1} minutes short")
        @CsvSource({"08:00, 0", "07:59, 1", "07:00, 60"})
        void youngWorkersNeedTwelveHoursEvenInACareHome(String nextStart, long shortMinutes) {
            Rota rota = Rota.of().shift("2026-03-02", "14:00", "20:00", 30).shift("2026-03-03", nextStart, "12:00", 30);

            Assessment assessment = rota.assess(Rota.bornOn("2009-01-01"), CARE_HOME, "2026-03-02", "2026-03-03");

            List<Finding> found = of(assessment, Rule.YOUNG_DAILY_REST);
            if (shortMinutes == 0) {
                assertThat(found).isEmpty();
            } else {
                assertThat(found).singleElement().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.VIOLATION);
                    assertThat(finding.figures()).containsEntry("shortfallHours",
                            BigDecimal.valueOf(shortMinutes / 60.0).setScale(2, java.math.RoundingMode.HALF_UP));
                });
                assertThat(assessment.allowed()).isFalse();
            }
        }

        @ParameterizedTest(name = "one shift {0}-{1}: {2} minutes short")
        @CsvSource({"07:00, 20:00, 0", "07:00, 20:01, 1", "08:00, 08:00, 660"})
        void oneShiftLongerThanThirteenHoursLeavesTooLittleRest(String start, String end, long shortMinutes) {
            Rota rota = Rota.of().shift("2026-03-04", start, end, 60);

            List<Finding> found = of(rota.assess(Rota.adult(), STRICT, "2026-03-04", "2026-03-04"), Rule.DAILY_REST);

            assertThat(found).hasSize(shortMinutes == 0 ? 0 : 1);
        }

        @Test
        void overlappingShiftsAreAlwaysAViolation() {
            Rota rota = Rota.of().shift("2026-03-02", "08:00", "16:00", 30).shift("2026-03-02", "15:00", "20:00", 0);

            Assessment assessment = rota.assess(Rota.adult(), CARE_HOME, "2026-03-02", "2026-03-02");

            assertThat(only(assessment, Rule.OVERLAPPING_SHIFTS).severity()).isEqualTo(Severity.VIOLATION);
        }
    }

    @Nested
    class Breaks {

        @ParameterizedTest(name = "{0} {1}-{2} with {3} min break: {4} short")
        @CsvSource({
                "adult, 08:00, 14:00, 0,  0",
                "adult, 08:00, 14:01, 0,  20",
                "adult, 08:00, 14:20, 20, 0",
                "adult, 08:00, 14:21, 19, 1",
                "young, 09:00, 13:30, 0,  0",
                "young, 09:00, 13:31, 0,  30",
                "young, 09:00, 14:00, 20, 10",
        })
        void aBreakWhenTheWorkingDayIsLong(String who, String start, String end, int breakMinutes, long shortMinutes) {
            Worker worker = who.equals("adult") ? Rota.adult() : Rota.bornOn("2009-01-01");
            Rule rule = who.equals("adult") ? Rule.REST_BREAK : Rule.YOUNG_REST_BREAK;
            Rota rota = Rota.of().shift("2026-03-04", start, end, breakMinutes);

            Assessment care = rota.assess(worker, CARE_HOME, "2026-03-04", "2026-03-04");

            if (shortMinutes == 0) {
                assertThat(of(care, rule)).isEmpty();
            } else if (rule == Rule.REST_BREAK) {
                assertThat(only(care, rule).severity()).isEqualTo(Severity.COMPENSATORY_REST);
                assertThat(care.compensatoryRest()).singleElement()
                        .satisfies(owed -> assertThat(owed.minutes()).isEqualTo(shortMinutes));
            } else {
                assertThat(only(care, rule).severity()).isEqualTo(Severity.VIOLATION);
            }
        }
    }

    @Nested
    class WeeklyRest {

        @Test
        void aWeekWithout24HoursRestIsFineWhenTheFortnightHas48() {
            // The fortnight of 2 and 9 March: seven days in a row, then Thursday to Sunday off.
            Rota rota = Rota.of().weekly("2026-03-02", 1, EVERY_DAY, "08:00", "16:00", 30)
                    .weekly("2026-03-09", 1, List.of(MONDAY, TUESDAY, WEDNESDAY), "08:00", "16:00", 30)
                    .shift("2026-03-16", "08:00", "16:00", 30);

            assertThat(of(rota.assess(Rota.adult(), STRICT, "2026-03-02", "2026-03-15"), Rule.WEEKLY_REST)).isEmpty();
        }

        @Test
        void fourteenDaysInARowFallShortByEightHours() {
            // Nightly rest is 16 h (16:00 to 08:00), so each week is 8 h short of 24 and the
            // fortnight has no 48 h either.
            Rota rota = Rota.of().weekly("2026-03-02", 2, EVERY_DAY, "08:00", "16:00", 30)
                    .shift("2026-03-16", "08:00", "16:00", 30);

            List<Finding> weeks = of(rota.assess(Rota.adult(), STRICT, "2026-03-02", "2026-03-15"), Rule.WEEKLY_REST);
            assertThat(weeks).extracting(Finding::date)
                    .containsExactly(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-09"));
            Finding strict = weeks.get(0);
            Assessment care = rota.assess(Rota.adult(), CARE_HOME, "2026-03-02", "2026-03-15");

            assertThat(strict.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(strict.figures()).containsEntry("longestRestHours", new BigDecimal("16.00"))
                    .containsEntry("shortfallHours", new BigDecimal("8.00"));
            assertThat(strict.shiftIds()).hasSize(7);
            assertThat(care.compensatoryRest()).extracting(CompensatoryRest::minutes).contains(480L);
        }

        @ParameterizedTest(name = "young worker, {0} days a week -> {1} hours short")
        @CsvSource({"5, 0", "6, 6"})
        void youngWorkersNeed48HoursEachWeek(int days, int shortHours) {
            Rota rota = Rota.of().weekly("2026-03-02", 2, days == 5 ? MON_TO_FRI : MON_TO_SAT, "09:00", "15:00", 30);

            List<Finding> found = of(rota.assess(Rota.bornOn("2009-01-01"), CARE_HOME, "2026-03-02", "2026-03-08"),
                    Rule.YOUNG_WEEKLY_REST);

            if (shortHours == 0) {
                assertThat(found).isEmpty();
            } else {
                assertThat(found).singleElement().satisfies(finding -> assertThat(finding.figures())
                        .containsEntry("shortfallHours", new BigDecimal("6.00"))
                        .containsEntry("longestRestHours", new BigDecimal("42.00")));
            }
        }
    }

    @Nested
    class YoungWorkers {

        /** Born 11 March 2008: 17 until Tuesday 10 March 2026, 18 from Wednesday 11 March. */
        final Worker turning18 = Rota.bornOn("2008-03-11");

        @ParameterizedTest(name = "9 h on {0} -> young worker limit applies: {1}")
        @CsvSource({"2026-03-10, true", "2026-03-11, false"})
        void eightHoursADayUntilTheEighteenthBirthday(String day, boolean breach) {
            Rota rota = Rota.of().shift(day, "08:00", "17:30", 30);

            assertThat(of(rota.assess(turning18, STRICT, day, day), Rule.YOUNG_DAILY_HOURS)).hasSize(breach ? 1 : 0);
        }

        @ParameterizedTest(name = "42 h in the week of {0} -> over 40: {1}")
        @CsvSource({"2026-03-02, true", "2026-03-16, false"})
        void fortyHoursAWeekWithoutAveraging(String monday, boolean breach) {
            Rota rota = Rota.of().weekly(monday, 1, MON_TO_SAT, "08:00", "15:30", 30);

            List<Finding> found = of(rota.assess(turning18, STRICT, monday, LocalDate.parse(monday).plusDays(6).toString()),
                    Rule.YOUNG_WEEKLY_HOURS);

            assertThat(found).hasSize(breach ? 1 : 0);
            if (breach) {
                assertThat(found.get(0).figures()).containsEntry("hoursWorked", new BigDecimal("42.00"));
            }
        }

        @Test
        void theBirthdayWeekCountsOnlyTheDaysUnder18() {
            // Mon 9 and Tue 10 March under 18 (2 x 7 h); Wed-Sat adult (4 x 7 h): 14 h young, no breach.
            Rota rota = Rota.of().weekly("2026-03-09", 1, MON_TO_SAT, "08:00", "15:30", 30);

            assertThat(of(rota.assess(turning18, STRICT, "2026-03-09", "2026-03-15"), Rule.YOUNG_WEEKLY_HOURS)).isEmpty();
        }
    }

    @Nested
    class NightWork {

        /** Four nights a week, 20:00 to 08:20 with 20 minutes' break: 12 h each, 48 h a week. */
        Rota fourNightsAWeek() {
            return Rota.of().weekly(FIRST_MONDAY, 17, MON_TO_THU, "20:00", "08:20", 20);
        }

        @Test
        void exactlyEightHoursIn24IsAllowed() {
            // 816 h over 119 days less 17 days of weekly rest = 816 / 102 = 8.00 h.
            Assessment assessment = fourNightsAWeek().assess(Rota.nightWorker(), STRICT, PERIOD_END, PERIOD_END);

            assertThat(of(assessment, Rule.NIGHT_WORK_AVERAGE)).isEmpty();
        }

        @Test
        void aMinuteMoreIsAViolationOrInACareHomeAWarning() {
            Rota rota = fourNightsAWeek().shift("2026-04-25", "12:00", "12:01", 0);
            Regime careHome17Weeks = new Regime(LONDON, 17, true, 14);

            Finding strict = only(rota.assess(Rota.nightWorker(), STRICT, PERIOD_END, PERIOD_END),
                    Rule.NIGHT_WORK_AVERAGE);
            Finding care = only(rota.assess(Rota.nightWorker(), careHome17Weeks, PERIOD_END, PERIOD_END),
                    Rule.NIGHT_WORK_AVERAGE);

            assertThat(strict.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(strict.figures()).containsEntry("averageHoursPer24", new BigDecimal("8.00"))
                    .containsEntry("hoursWorked", new BigDecimal("816.02"));
            assertThat(care.severity()).isEqualTo(Severity.WARNING);
        }

        @Test
        void someoneWhoNormallyWorksNightsIsANightWorkerWithoutBeingDeclared() {
            Rota rota = fourNightsAWeek().shift("2026-04-25", "12:00", "12:01", 0);

            assertThat(of(rota.assess(Rota.adult(), STRICT, PERIOD_END, PERIOD_END), Rule.NIGHT_WORK_AVERAGE)).hasSize(1);
        }
    }

    @Nested
    class ClockChanges {

        @ParameterizedTest(name = "night of {0}: {1} minutes worked")
        @CsvSource({"2026-03-28, 660", "2026-10-24, 780", "2026-10-17, 720"})
        void aNightAcrossAClockChangeIsCountedInRealHours(String night, long minutes) {
            Rota rota = Rota.of().shift(night, "20:00", "08:00", 0);
            LocalDate day = LocalDate.parse(night);

            assertThat(WorkingTimeEngine.workingMinutes(Rota.CARE_HOME, rota.record(), day, day.plusDays(1)))
                    .isEqualTo(minutes);
        }

        @Test
        void thirteenRealHoursOnTheAutumnNightStillLeaveElevenHoursRest() {
            Rota rota = Rota.of().shift("2026-10-24", "20:00", "08:00", 30);

            assertThat(of(rota.assess(Rota.adult(), STRICT, "2026-10-24", "2026-10-24"), Rule.DAILY_REST)).isEmpty();
            Rota longer = Rota.of().shift("2026-10-24", "20:00", "08:01", 30);
            assertThat(of(longer.assess(Rota.adult(), STRICT, "2026-10-24", "2026-10-24"), Rule.DAILY_REST)).hasSize(1);
        }
    }

    @Nested
    class ProposedShift {

        @Test
        void onlyFindingsThatInvolveTheProposedShiftAreReported() {
            Rota rota = Rota.of().shift("2026-03-02", "08:00", "20:00", 30).shift("2026-03-03", "06:00", "12:00", 30);
            WorkPeriod proposed = rota.shift(LocalDate.parse("2026-03-06"), "08:00", "16:00", 30);

            Assessment assessment = WorkingTimeEngine.assess(Rota.adult(), STRICT, rota.record(),
                    Focus.shift(proposed, STRICT.referenceWeeks()));

            assertThat(assessment.findings()).isEmpty();
            WorkPeriod tooSoon = rota.shift(LocalDate.parse("2026-03-06"), "22:00", "23:00", 0);
            Assessment second = WorkingTimeEngine.assess(Rota.adult(), STRICT, rota.record(),
                    Focus.shift(tooSoon, STRICT.referenceWeeks()));
            assertThat(second.violations()).singleElement()
                    .satisfies(finding -> assertThat(finding.shiftIds()).contains(tooSoon.shiftId(), proposed.shiftId()));
        }
    }
}
