package io.careops.scheduling.workingtime;

import io.careops.scheduling.absence.domain.AbsenceType;
import io.careops.scheduling.shift.domain.ShiftTimes;
import io.careops.scheduling.workingtime.domain.Assessment;
import io.careops.scheduling.workingtime.domain.Focus;
import io.careops.scheduling.workingtime.domain.Leave;
import io.careops.scheduling.workingtime.domain.Regime;
import io.careops.scheduling.workingtime.domain.WorkPeriod;
import io.careops.scheduling.workingtime.domain.WorkRecord;
import io.careops.scheduling.workingtime.domain.Worker;
import io.careops.scheduling.workingtime.domain.WorkingTimeEngine;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A hand-built rota for one person, in Europe/London, for tests of the working-time engine. */
final class Rota {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** 17-week reference period, not a special case: every shortfall is a violation. */
    static final Regime STRICT = new Regime(LONDON, 17, false, 14);
    /** Residential care under reg 21: 26 weeks, adult shortfalls become compensatory rest. */
    static final Regime CARE_HOME = new Regime(LONDON, 26, true, 14);

    final List<WorkPeriod> periods = new ArrayList<>();
    final List<Leave> leaves = new ArrayList<>();

    static Rota of() {
        return new Rota();
    }

    Rota shift(String date, String start, String end, int unpaidBreak) {
        shift(LocalDate.parse(date), start, end, unpaidBreak);
        return this;
    }

    WorkPeriod shift(LocalDate date, String start, String end, int unpaidBreak) {
        ShiftTimes times = ShiftTimes.of(date, LocalTime.parse(start), LocalTime.parse(end), LONDON);
        WorkPeriod period = new WorkPeriod(UUID.randomUUID(), date, times.startsAt(), times.endsAt(), unpaidBreak);
        periods.add(period);
        return period;
    }

    /** The same shift on the given weekdays of each week, from the Monday {@code firstMonday}. */
    Rota weekly(String firstMonday, int weeks, List<DayOfWeek> days, String start, String end, int unpaidBreak) {
        LocalDate monday = LocalDate.parse(firstMonday);
        for (int week = 0; week < weeks; week++) {
            for (DayOfWeek day : days) {
                shift(monday.plusWeeks(week).plusDays(day.getValue() - 1L), start, end, unpaidBreak);
            }
        }
        return this;
    }

    Rota leave(AbsenceType type, String first, String last) {
        leaves.add(new Leave(type, LocalDate.parse(first), LocalDate.parse(last)));
        return this;
    }

    WorkPeriod last() {
        return periods.get(periods.size() - 1);
    }

    /** Everything known: 26 weeks before the first day to four weeks after the last, free of work. */
    WorkRecord record() {
        LocalDate first = periods.stream().map(WorkPeriod::rotaDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = periods.stream().map(WorkPeriod::rotaDate).max(LocalDate::compareTo).orElseThrow();
        for (Leave leave : leaves) {
            first = leave.firstDay().isBefore(first) ? leave.firstDay() : first;
            last = leave.lastDay().isAfter(last) ? leave.lastDay() : last;
        }
        return new WorkRecord(periods, leaves, first.minusWeeks(26), last.plusWeeks(4));
    }

    Assessment assess(Worker worker, Regime regime, String from, String to) {
        return WorkingTimeEngine.assess(worker, regime, record(), Focus.days(LocalDate.parse(from), LocalDate.parse(to)));
    }

    static Worker adult() {
        return new Worker(UUID.randomUUID(), LocalDate.of(1980, 5, 1), null, null, false, LocalDate.of(2015, 1, 1));
    }

    static Worker bornOn(String dateOfBirth) {
        return new Worker(UUID.randomUUID(), LocalDate.parse(dateOfBirth), null, null, false, LocalDate.of(2025, 1, 1));
    }

    static Worker optedOut(String from, String until) {
        return new Worker(UUID.randomUUID(), LocalDate.of(1980, 5, 1), LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until), false, LocalDate.of(2015, 1, 1));
    }

    static Worker nightWorker() {
        return new Worker(UUID.randomUUID(), LocalDate.of(1980, 5, 1), null, null, true, LocalDate.of(2015, 1, 1));
    }
}
