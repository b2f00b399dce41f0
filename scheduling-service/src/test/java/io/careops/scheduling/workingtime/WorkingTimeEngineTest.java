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
import io.careops.scheduling.workingtime.domain.Standing;
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
    }

    /**
     * reg 4(4): a worker employed for less than the reference period is averaged over the time
     * since employment began. The rota: 12-hour working days (12 h 20 on site, 20 minutes' break),
     * Monday to Friday for the 4 weeks of 6 April to 1 May 2026, 240 h, nothing after; the day
     * judged is Sunday 3 May, the last day of the 17 weeks from Monday 5 January.
     */
    @Nested
    class NewStarters {

        Rota fourWeeksOf60Hours() {
            return Rota.of().weekly("2026-04-06", 4, MON_TO_FRI, "07:00", "19:20", 20);
        }

        Worker startedOn(String day) {
            return new Worker(java.util.UUID.randomUUID(), LocalDate.of(1990, 1, 1), null, null, false,
                    LocalDate.parse(day));
        }

        @ParameterizedTest(name = "employed from {0}: period from {1}, {2} h a week")
        @CsvSource({
                // long-serving: the whole 17 weeks, 119 days: 240 x 7 / 119 = 14.12
                "2015-01-01, 2026-01-05, 14.12",
                // started exactly one reference period ago: the same whole period
                "2026-01-05, 2026-01-05, 14.12",
                // a day less: 118 days, 240 x 7 / 118 = 14.24
                "2026-01-06, 2026-01-06, 14.24",
                // the new starter: 4 weeks at 60 h averaged over those 4 weeks (was 14.12)
                "2026-04-06, 2026-04-06, 60.00",
                // started on a Wednesday: the 2 days before do not count; 216 h over 26 days = 58.15
                "2026-04-08, 2026-04-08, 58.15",
        })
        void theAverageRunsOverTheTimeSinceEmploymentBegan(String employed, String periodFrom, String average) {
            Standing standing = WorkingTimeEngine.standing(startedOn(employed), STRICT, fourWeeksOf60Hours().record(),
                    LocalDate.parse(PERIOD_END));

            assertThat(standing.periodFrom()).isEqualTo(LocalDate.parse(periodFrom));
            assertThat(standing.periodTo()).isEqualTo(LocalDate.parse(PERIOD_END));
            assertThat(standing.averageWeeklyHours()).isEqualTo(new BigDecimal(average));
        }

        @Test
        void aNewStarterWorking60HoursForFourWeeksIsOverTheLimit() {
            Finding breach = only(fourWeeksOf60Hours().assess(startedOn("2026-04-06"), STRICT, PERIOD_END, PERIOD_END),
                    Rule.AVERAGE_WEEKLY_HOURS);

            assertThat(breach.severity()).isEqualTo(Severity.VIOLATION);
            assertThat(breach.figures()).containsEntry("periodFrom", "2026-04-06").containsEntry("periodTo", PERIOD_END)
                    .containsEntry("hoursWorked", new BigDecimal("240.00"))
                    .containsEntry("averageWeeklyHours", new BigDecimal("60.00"));
            // The same hours by someone employed for years average 14.12: no finding.
            assertThat(of(fourWeeksOf60Hours().assess(Rota.adult(), STRICT, PERIOD_END, PERIOD_END),
                    Rule.AVERAGE_WEEKLY_HOURS)).isEmpty();
        }

        @Test
        void theFirstWeekIsJudgedWholeWithTheShiftsPlannedInIt() {
            // On the first day the period is the first week: 5 x 12 h planned = 60 h, a breach;
            Finding firstDay = only(fourWeeksOf60Hours().assess(startedOn("2026-04-06"), STRICT, "2026-04-06",
                    "2026-04-06"), Rule.AVERAGE_WEEKLY_HOURS);
            assertThat(firstDay.figures()).containsEntry("periodFrom", "2026-04-06")
                    .containsEntry("periodTo", "2026-04-12").containsEntry("averageWeeklyHours", new BigDecimal("60.00"));
            // but one 12-hour first day alone is 12 h in that week, not an 84-hour week.
            Rota oneDay = Rota.of().shift("2026-04-06", "07:00", "19:20", 20);
            assertThat(of(oneDay.assess(startedOn("2026-04-06"), STRICT, "2026-04-06", "2026-04-06"),
                    Rule.AVERAGE_WEEKLY_HOURS)).isEmpty();
        }

        @Test
        void employmentStartingInTheFutureHasNoPeriodYet() {
            Worker future = startedOn("2026-05-04");

            assertThat(of(fourWeeksOf60Hours().assess(future, STRICT, PERIOD_END, PERIOD_END), Rule.AVERAGE_WEEKLY_HOURS))
                    .isEmpty();
            assertThat(WorkingTimeEngine.standing(future, STRICT, fourWeeksOf60Hours().record(),
                    LocalDate.parse(PERIOD_END)).averageWeeklyHours()).isNull();
        }

        @Test
        void theOptOutExcludesItsDaysFromANewStartersAverageToo() {
            // Opted out from the first day: no day counts, nothing to breach.
            Worker optedOut = new Worker(java.util.UUID.randomUUID(), LocalDate.of(1990, 1, 1),
                    LocalDate.parse("2026-04-06"), null, false, LocalDate.parse("2026-04-06"));
            assertThat(of(fourWeeksOf60Hours().assess(optedOut, STRICT, PERIOD_END, PERIOD_END),
                    Rule.AVERAGE_WEEKLY_HOURS)).isEmpty();
            // Opted out from the third week: of the 28 days since employment 14 are excluded; the
            // other 14 hold 120 h, and no day after the period makes the excluded ones up
            // (provisional): 120 x 7 / 14 = 60.00.
            Worker laterOptOut = new Worker(java.util.UUID.randomUUID(), LocalDate.of(1990, 1, 1),
                    LocalDate.parse("2026-04-20"), null, false, LocalDate.parse("2026-04-06"));
            Finding breach = only(fourWeeksOf60Hours().assess(laterOptOut, STRICT, PERIOD_END, PERIOD_END),
                    Rule.AVERAGE_WEEKLY_HOURS);
            assertThat(breach.figures()).containsEntry("periodFrom", "2026-04-06")
                    .containsEntry("hoursWorked", new BigDecimal("120.00")).containsEntry("excludedDays", 14)
                    .containsEntry("averageWeeklyHours", new BigDecimal("60.00")).containsEntry("provisional", true);
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

        /**
         * reg 11(6): a rest counts towards a week or fortnight only for the part inside it. Every
         * day 08:00-16:00 from Monday 2 March (16 h rest each night), then a last shift that ends
         * the fortnight of 2 and 9 March, then nothing until Wednesday 18 March.
         */
        @ParameterizedTest(name = "last shift {0} {1}-{2}: weeks short {3}")
        @CsvSource({
                // the rest starts on the fortnight's last evening, Sunday 15 March 20:00, and runs 60 h;
                // only 4 h of it fall in the fortnight, so both weeks are 8 h short (16 h longest)
                "2026-03-15, 08:00, 20:00, 2026-03-02 2026-03-09",
                // rest from Saturday 14 March 00:00: exactly 48 h inside the fortnight
                "2026-03-13, 12:00, 00:00, ''",
                // a minute later: 47 h 59 inside, one rest of 24 h only, so the first week is short
                "2026-03-13, 12:01, 00:01, 2026-03-02",
        })
        void aRestCountsOnlyForItsPartInsideTheFortnight(String lastDay, String start, String end, String shortWeeks) {
            Rota rota = Rota.of();
            for (LocalDate day = LocalDate.parse("2026-03-02"); day.isBefore(LocalDate.parse(lastDay)); day = day.plusDays(1)) {
                rota.shift(day, "08:00", "16:00", 30);
            }
            rota.shift(lastDay, start, end, 30).shift("2026-03-18", "08:00", "16:00", 30);

            List<Finding> found = of(rota.assess(Rota.adult(), STRICT, "2026-03-02", "2026-03-15"), Rule.WEEKLY_REST);

            List<LocalDate> expected = shortWeeks.isBlank() ? List.of()
                    : java.util.Arrays.stream(shortWeeks.split(" ")).map(LocalDate::parse).toList();
            assertThat(found).extracting(Finding::date).containsExactlyElementsOf(expected);
            assertThat(found).allSatisfy(finding -> assertThat(finding.figures())
                    .containsEntry("longestRestHours", new BigDecimal("16.00"))
                    .containsEntry("shortfallHours", new BigDecimal("8.00")));
        }

        @ParameterizedTest(name = "young worker, {0} days a week -> {1} hours short")
        @CsvSource({"5, 0", "6, 15"})
        void youngWorkersNeed48HoursEachWeek(int days, int shortHours) {
            Rota rota = Rota.of().weekly("2026-03-02", 2, days == 5 ? MON_TO_FRI : MON_TO_SAT, "09:00", "15:00", 30);

            List<Finding> found = of(rota.assess(Rota.bornOn("2009-01-01"), CARE_HOME, "2026-03-02", "2026-03-08"),
                    Rule.YOUNG_WEEKLY_REST);

            if (shortHours == 0) {
                assertThat(found).isEmpty();
            } else {
                assertThat(found).singleElement().satisfies(finding -> assertThat(finding.figures())
                        // Saturday 15:00 to Monday 09:00 is 42 h, but only the 33 h up to
                        // Sunday midnight fall in the week (reg 11(6)): 48 - 33 = 15 h short
                        .containsEntry("shortfallHours", new BigDecimal("15.00"))
                        .containsEntry("longestRestHours", new BigDecimal("33.00")));
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

    /**
     * reg 6A: no work by a young worker in the restricted period, 22:00-06:00, or 23:00-07:00
     * when the contract provides for work after 22:00; in a care home reg 27A(2) sets it aside
     * with equivalent compensatory rest owed (reg 27A(4)).
     */
    @Nested
    class YoungWorkersAtNight {

        @ParameterizedTest(name = "{0} {1}-{2}, late contract {3}: {4} minutes restricted")
        @CsvSource({
                "2026-03-04, 14:00, 22:00, false, 0",
                "2026-03-04, 14:00, 22:01, false, 1",
                "2026-03-04, 06:00, 14:00, false, 0",
                "2026-03-04, 05:30, 13:30, false, 30",
                // a whole night: 22:00-06:00 is 8 h
                "2026-03-04, 20:00, 08:00, false, 480",
                // the spring clock change: 22:00 GMT to 06:00 BST is 7 real hours
                "2026-03-28, 20:00, 08:00, false, 420",
                // the alternative period under a late contract: 23:00-07:00
                "2026-03-04, 14:30, 22:30, true, 0",
                "2026-03-04, 15:00, 23:30, true, 30",
                "2026-03-04, 06:30, 14:30, true, 30",
                "2026-03-04, 07:00, 15:00, true, 0",
                "2026-03-04, 20:00, 08:00, true, 480",
        })
        void noWorkInTheRestrictedPeriod(String day, String start, String end, boolean lateContract, long minutes) {
            Worker young = new Worker(java.util.UUID.randomUUID(), LocalDate.of(2009, 1, 1), null, null, false,
                    LocalDate.of(2025, 1, 1), lateContract);
            Rota rota = Rota.of().shift(day, start, end, 30);
            String next = LocalDate.parse(day).plusDays(1).toString();

            List<Finding> strict = of(rota.assess(young, STRICT, day, next), Rule.YOUNG_NIGHT_WORK);
            Assessment care = rota.assess(young, CARE_HOME, day, next);

            if (minutes == 0) {
                assertThat(strict).isEmpty();
                assertThat(of(care, Rule.YOUNG_NIGHT_WORK)).isEmpty();
                return;
            }
            BigDecimal hours = BigDecimal.valueOf(minutes / 60.0).setScale(2, java.math.RoundingMode.HALF_UP);
            assertThat(strict).singleElement().satisfies(finding -> {
                assertThat(finding.severity()).isEqualTo(Severity.VIOLATION);
                assertThat(finding.regulation()).isEqualTo("reg 6A");
                assertThat(finding.figures()).containsEntry("restrictedHours", hours)
                        .containsEntry("restrictedPeriod", lateContract ? "23:00-07:00" : "22:00-06:00");
            });
            // In a care home: allowed under reg 27A(2), the same minutes owed back as rest.
            assertThat(only(care, Rule.YOUNG_NIGHT_WORK).severity()).isEqualTo(Severity.COMPENSATORY_REST);
            assertThat(only(care, Rule.YOUNG_NIGHT_WORK).message()).contains("reg 27A(2)");
            assertThat(care.compensatoryRest()).filteredOn(owed -> owed.rule() == Rule.YOUNG_NIGHT_WORK)
                    .singleElement().satisfies(owed -> assertThat(owed.minutes()).isEqualTo(minutes));
        }

        @ParameterizedTest(name = "evening of {0}: young {1}")
        @CsvSource({"2026-03-10, true", "2026-03-11, false"})
        void theRuleStopsOnTheEighteenthBirthday(String day, boolean young) {
            Rota rota = Rota.of().shift(day, "15:00", "23:00", 30);

            assertThat(of(rota.assess(Rota.bornOn("2008-03-11"), STRICT, day, day), Rule.YOUNG_NIGHT_WORK))
                    .hasSize(young ? 1 : 0);
        }

        @Test
        void adultsMayWorkNights() {
            Rota rota = Rota.of().shift("2026-03-04", "20:00", "08:00", 30);

            assertThat(of(rota.assess(Rota.adult(), STRICT, "2026-03-04", "2026-03-05"), Rule.YOUNG_NIGHT_WORK)).isEmpty();
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

        @Test
        void severalProposalsJudgedOnOneRecordGetTheAnswersEachGetsAlone() {
            // A bulk plan judges a person's shifts on one laid-out record (assessEach). The record
            // here is the 52.24 h case of AverageWeeklyHours (15 weeks at 48 h, 14 days' leave
            // made up afterwards), with three proposals: an hour late on 5 May (8 h of rest before
            // the next morning's 07:00: a daily-rest breach), a Saturday, and a shift inside the leave.
            Rota rota = Rota.of().weekly(FIRST_MONDAY, 15, MON_TO_THU, "07:00", "19:20", 20)
                    .leave(AbsenceType.ANNUAL_LEAVE, "2026-04-20", PERIOD_END)
                    .weekly("2026-05-04", 4, MON_TO_THU, "07:00", "19:20", 20);
            WorkPeriod late = rota.shift(LocalDate.parse("2026-05-05"), "22:00", "23:00", 0);
            WorkPeriod saturday = rota.shift(LocalDate.parse("2026-05-09"), "07:00", "19:20", 20);
            WorkPeriod inLeave = rota.shift(LocalDate.parse("2026-04-25"), "08:00", "12:00", 0);
            List<Focus> foci = List.of(late, saturday, inLeave).stream()
                    .map(period -> Focus.shift(period, STRICT.referenceWeeks())).toList();

            List<Assessment> together = WorkingTimeEngine.assessEach(Rota.adult(), STRICT, rota.record(), foci);

            List<Assessment> alone = foci.stream()
                    .map(focus -> WorkingTimeEngine.assess(Rota.adult(), STRICT, rota.record(), focus)).toList();
            assertThat(together).isEqualTo(alone);
            assertThat(together.get(0).violations()).extracting(Finding::rule).contains(Rule.DAILY_REST);
            assertThat(together.get(0).violations()).filteredOn(finding -> finding.rule() == Rule.DAILY_REST)
                    .anySatisfy(finding -> assertThat(finding.figures()).containsEntry("restHours", new BigDecimal("8.00")));
            assertThat(together.get(2).violations()).extracting(Finding::rule).contains(Rule.AVERAGE_WEEKLY_HOURS);
        }
    }
}
