package io.careops.scheduling.workingtime.service;

import io.careops.scheduling.workingtime.domain.Assessment;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * What the working-time API needs from the rota: a saved or proposed shift judged for a person,
 * and whether the caller may see a shift. The shift feature implements it, so the dependency runs
 * one way, shift -> workingtime (shifts are judged by working-time rules), with no cycle back.
 */
public interface ShiftsToJudge {

    /** A saved shift ({@code shiftId}) or, without one, the proposal, judged for the staff member. */
    Judged check(UUID staffId, UUID shiftId, Proposal proposal);

    /** 404 unless the shift exists among the caller's homes. */
    void requireVisible(UUID shiftId);

    /** A shift not yet saved: a unit, a rota day, and a shift type or times. */
    record Proposal(UUID unitId, LocalDate date, UUID shiftTypeId, LocalTime startTime, LocalTime endTime,
            Integer unpaidBreakMinutes) {
    }

    /** The shift judged (for a proposal, an id never saved) and what the rules found. */
    record Judged(UUID shiftId, Assessment assessment) {
    }
}
