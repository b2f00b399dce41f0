package io.careops.scheduling.workingtime.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's shifts and approved leave over the days loaded, {@code firstDay} to {@code lastDay}
 * inclusive. Nothing outside those days is known: the engine treats it as rest.
 */
public record WorkRecord(List<WorkPeriod> periods, List<Leave> leaves, LocalDate firstDay, LocalDate lastDay) {
}
