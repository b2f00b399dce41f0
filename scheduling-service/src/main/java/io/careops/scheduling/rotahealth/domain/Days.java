package io.careops.scheduling.rotahealth.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rota days scored, both ends included: one week of a history, or the period asked for. */
public record Days(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public List<LocalDate> each() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }
}
