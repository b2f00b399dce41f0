package io.careops.scheduling.workingtime.api;

import io.careops.scheduling.staff.domain.Staff;
import io.careops.scheduling.workingtime.domain.CompensatoryRestGiven;
import io.careops.scheduling.workingtime.domain.Severity;
import io.careops.scheduling.workingtime.domain.Standing;
import io.careops.scheduling.workingtime.service.WorkingTimeService;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one person stands on {@code asOf}, and what the rules found over the reference period to it. */
public record StaffWorkingTimeResponse(UUID staffId, String staffNumber, String name, LocalDate asOf,
        int referenceWeeks, boolean specialCase, OptOut optOut, boolean youngWorker, boolean nightWorker,
        Average rollingAverage, BigDecimal hoursThisWeek, LocalDate weekFrom, @Schema(nullable = true) Rest lastDailyRest,
        BigDecimal longestRestLast7DaysHours, BigDecimal longestRestLast14DaysHours, long violations,
        List<FindingResponse> findings, BigDecimal compensatoryRestOwedHours,
        List<CompensatoryRestResponse> compensatoryRestOwed, List<RestGivenResponse> compensatoryRestGiven) {

    public record OptOut(boolean inForce, @Schema(nullable = true) LocalDate signedOn, @Schema(nullable = true) LocalDate endedOn) {
    }

    /** Null average: the opt-out was in force on every day of the period. */
    public record Average(LocalDate periodFrom, LocalDate periodTo, @Schema(nullable = true) BigDecimal weeklyHours, BigDecimal limitHours,
            BigDecimal hoursCounted, int excludedDays, boolean provisional) {
    }

    public record Rest(BigDecimal hours, Instant from, Instant to) {
    }

    static StaffWorkingTimeResponse of(WorkingTimeService.Report report, LocalDate asOf, LocalDate today) {
        Staff member = report.member();
        Standing standing = report.standing();
        long owedMinutes = report.owed().stream().mapToLong(rest -> rest.minutes()).sum();
        return new StaffWorkingTimeResponse(member.id(), member.staffNumber(), member.fullName(), asOf,
                report.regime().referenceWeeks(), report.regime().specialCase(),
                new OptOut(member.optedOutOn(asOf), member.optOutSignedOn(), member.optOutEndedOn()),
                member.youngWorkerOn(asOf), standing.nightWorker(),
                new Average(standing.periodFrom(), standing.periodTo(), standing.averageWeeklyHours(),
                        new BigDecimal("48.00"), standing.hoursInPeriod(), standing.excludedDays(),
                        standing.provisional()),
                standing.hoursThisWeek(), standing.weekFrom(),
                standing.lastRestHours() == null ? null
                        : new Rest(standing.lastRestHours(), standing.lastRestFrom(), standing.lastRestTo()),
                standing.longestRestLast7DaysHours(), standing.longestRestLast14DaysHours(),
                report.assessment().findings().stream().filter(f -> f.severity() == Severity.VIOLATION).count(),
                report.assessment().findings().stream().map(FindingResponse::of).toList(),
                CompensatoryRestResponse.hours(owedMinutes),
                report.owed().stream().map(rest -> CompensatoryRestResponse.of(rest, today)).toList(),
                report.given().stream().map(RestGivenResponse::of).toList());
    }

    public record RestGivenResponse(UUID id, String key, LocalDate arisesOn, BigDecimal hours, LocalDate givenOn,
            @Schema(nullable = true) String note, String recordedBy) {

        static RestGivenResponse of(CompensatoryRestGiven given) {
            return new RestGivenResponse(given.id(), given.shortfallKey(), given.arisesOn(),
                    CompensatoryRestResponse.hours(given.minutes()), given.givenOn(), given.note(), given.recordedBy());
        }
    }
}
