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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.careops.scheduling.absence.domain.AbsenceType;
import io.careops.scheduling.workingtime.domain.Assessment;
import io.careops.scheduling.workingtime.domain.Focus;
import io.careops.scheduling.workingtime.domain.Regime;
import io.careops.scheduling.workingtime.domain.Rule;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.WorkRecord;
import io.careops.scheduling.workingtime.domain.Worker;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link WorkingTimeEngine#assessReports}: several runs of days judged from one record laid out
 * once give, for each run, exactly what {@link WorkingTimeEngine#assess} gives on the record a
 * report of that run alone reads (its shifts from a reference period and a week before to one
 * after, and the leave overlapping). Each rota below is judged week by week over a history both
 * ways, and every finding, figure and hour of compensatory rest must be the same.
 */
class WorkingTimeReportsTest {

    /** The weeks judged: 12 Mondays from 2 March 2026, across the clocks going forward on 29 March. */
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 3, 2);
    private static final int WEEKS = 12;

    static Stream<Arguments> rotas() {
        return Stream.of(
                Arguments.of("48 h a week, then leave made up by work that resumes only weeks later", STRICT,
                        (Supplier<Rota>) () -> Rota.of()
                                .weekly("2025-11-03", 20, List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), "07:00", "19:20", 20)
                                .leave(AbsenceType.ANNUAL_LEAVE, "2026-03-23", "2026-04-05")
                                .weekly("2026-07-20", 6, List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), "07:00",
                                        "19:20", 20),
                        Rota.adult()),
                Arguments.of("the same in a care home (26 weeks), with sickness too", CARE_HOME,
                        (Supplier<Rota>) () -> Rota.of()
                                .weekly("2025-09-01", 28, List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), "07:00", "20:00", 20)
                                .leave(AbsenceType.SICKNESS, "2026-03-16", "2026-03-29")
                                .weekly("2026-09-07", 4, List.of(MONDAY, TUESDAY, WEDNESDAY), "07:00", "20:00", 20),
                        Rota.adult()),
                Arguments.of("nights across the clock change, short rest and no breaks", CARE_HOME,
                        (Supplier<Rota>) () -> Rota.of()
                                .weekly("2026-01-05", 20, List.of(FRIDAY, SATURDAY, SUNDAY), "19:30", "07:30", 0)
                                .weekly("2026-01-05", 20, List.of(TUESDAY), "08:00", "20:00", 0)
                                .weekly("2026-01-05", 20, List.of(WEDNESDAY), "07:00", "19:00", 30),
                        Rota.adult()),
                Arguments.of("a declared night worker over 8 hours in 24", STRICT,
                        (Supplier<Rota>) () -> Rota.of()
                                .weekly("2025-10-06", 30, List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY),
                                        "21:00", "07:00", 30),
                        Rota.nightWorker()),
                Arguments.of("an opt-out that starts inside the history", STRICT,
                        (Supplier<Rota>) () -> Rota.of()
                                .weekly("2025-11-03", 26, List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), "07:00",
                                        "19:00", 30),
                        Rota.optedOut("2026-04-01", null)),
                Arguments.of("a young worker who turns 18 inside the history", STRICT,
                        (Supplier<Rota>) () -> Rota.of()
                                .weekly("2026-01-05", 20, List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), "14:00",
                                        "23:00", 20),
                        Rota.bornOn("2008-04-15")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rotas")
    void eachWeekIsJudgedAsItsOwnReportJudgesIt(String name, Regime regime, Supplier<Rota> rota, Worker worker) {
        Rota built = rota.get();
        List<Focus> weeks = weeks();
        WorkRecord whole = window(built.periods, built, regime, weeks.get(0).from(), weeks.get(WEEKS - 1).to());

        List<Assessment> together = WorkingTimeEngine.assessReports(worker, regime, whole, weeks);

        assertThat(together).hasSize(WEEKS);
        int findings = 0;
        for (int week = 0; week < WEEKS; week++) {
            Focus focus = weeks.get(week);
            WorkRecord alone = window(built.periods, built, regime, focus.from(), focus.to());
            Assessment expected = WorkingTimeEngine.assess(worker, regime, alone, focus);
            assertThat(together.get(week)).as("week of %s", focus.from()).isEqualTo(expected);
            findings += expected.findings().size();
        }
        assertThat(findings).as("the rota has findings to compare").isPositive();
    }

    @Test
    void daysMadeUpAfterAWeeksOwnRecordAreNotCounted() {
        // 48 h a week to Sunday 22 March, then 14 days' annual leave from Monday 23 March; work
        // resumes on Monday 20 July. A report of the week of 23 March reads to Sunday 26 July, so
        // its periods ending on 29 March (7 days excluded) can make up only the 5 days of 20-24
        // July. Judged on the history's longer record, 7 would be made up: the answer differs, and
        // judged together with the other weeks it must still be the week's own.
        Rota rota = Rota.of().weekly("2025-11-03", 20, List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), "07:00", "19:20", 20)
                .leave(AbsenceType.ANNUAL_LEAVE, "2026-03-23", "2026-04-05")
                .weekly("2026-07-20", 6, List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), "07:00", "19:20", 20);
        List<Focus> weeks = weeks();
        WorkRecord whole = window(rota.periods, rota, STRICT, weeks.get(0).from(), weeks.get(WEEKS - 1).to());
        Focus weekOf23March = weeks.get(3);
        Worker worker = Rota.adult();

        Assessment together = WorkingTimeEngine.assessReports(worker, STRICT, whole, weeks).get(3);

        Assessment own = WorkingTimeEngine.assess(worker, STRICT,
                window(rota.periods, rota, STRICT, weekOf23March.from(), weekOf23March.to()), weekOf23March);
        assertThat(together).isEqualTo(own);
        assertThat(WorkingTimeEngineTest.of(own, Rule.AVERAGE_WEEKLY_HOURS)).isNotEmpty();
        assertThat(WorkingTimeEngine.assess(worker, STRICT, whole, weekOf23March)).isNotEqualTo(own);
    }

    @Test
    void aShiftClockedInBeforeItsRotaDayIsJudgedOnEachWeeksOwnRecord() {
        // Clocked in at 23:50 for a shift of Monday 9 March: its first ten minutes fall on Sunday.
        Rota rota = Rota.of().weekly("2026-01-05", 14, List.of(MONDAY, WEDNESDAY, FRIDAY), "08:00", "20:00", 0);
        LocalDate monday = LocalDate.of(2026, 3, 9);
        List<WorkPeriod> periods = new ArrayList<>(rota.periods.stream()
                .filter(period -> !period.rotaDate().equals(monday)).toList());
        periods.add(new WorkPeriod(UUID.randomUUID(), monday,
                LocalDateTime.of(monday.minusDays(1), java.time.LocalTime.of(23, 50)).atZone(LONDON).toInstant(),
                LocalDateTime.of(monday, java.time.LocalTime.of(12, 0)).atZone(LONDON).toInstant(), 0));
        List<Focus> weeks = weeks();

        List<Assessment> together = WorkingTimeEngine.assessReports(Rota.adult(), STRICT,
                window(periods, rota, STRICT, weeks.get(0).from(), weeks.get(WEEKS - 1).to()), weeks);

        for (int week = 0; week < WEEKS; week++) {
            Focus focus = weeks.get(week);
            assertThat(together.get(week)).isEqualTo(WorkingTimeEngine.assess(Rota.adult(), STRICT,
                    window(periods, rota, STRICT, focus.from(), focus.to()), focus));
        }
    }

    @Test
    void aRecordThatDoesNotCoverAWeeksReportIsRefused() {
        Rota rota = Rota.of().weekly("2026-01-05", 10, List.of(MONDAY), "08:00", "20:00", 30);
        List<Focus> weeks = weeks();
        WorkRecord short1 = window(rota.periods, rota, STRICT, weeks.get(0).from(), weeks.get(0).to());

        assertThatThrownBy(() -> WorkingTimeEngine.assessReports(Rota.adult(), STRICT, short1, weeks))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not cover");
    }

    private static List<Focus> weeks() {
        List<Focus> weeks = new ArrayList<>();
        for (int week = 0; week < WEEKS; week++) {
            LocalDate monday = FIRST_MONDAY.plusWeeks(week);
            weeks.add(Focus.days(monday, monday.plusDays(6)));
        }
        return weeks;
    }

    /** What a report of {@code from} to {@code to} reads: the shifts of its window's rota days and the leave overlapping it. */
    private static WorkRecord window(List<WorkPeriod> periods, Rota rota, Regime regime, LocalDate from, LocalDate to) {
        LocalDate first = WorkingTimeEngine.reportFirstDay(regime, from);
        LocalDate last = WorkingTimeEngine.reportLastDay(regime, to);
        return new WorkRecord(periods.stream()
                .filter(period -> !period.rotaDate().isBefore(first) && !period.rotaDate().isAfter(last)).toList(),
                rota.leaves.stream().filter(leave -> !leave.firstDay().isAfter(last) && !leave.lastDay().isBefore(first))
                        .toList(), first, last);
    }
}
