package io.careops.scheduling.rotahealth.domain;

import static io.careops.platform.persistence.PlainStatements.inspected;
import static io.careops.platform.persistence.PlainStatements.instant;

import io.careops.scheduling.shift.domain.ShiftTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * A home's live shifts of some days as rota health reads them: plain values, not entities. Rota
 * health of the largest demo home over 4 weeks read 1,764 {@code Shift} entities, which was a
 * sixth of its time in JFR (Hibernate's hydration of some 30 columns each, a {@code Calendar}
 * per instant); it needs a dozen values of each. One statement of fixed text on the session's
 * connection; days travel as epoch days.
 *
 * <p>Two of {@code Shift}'s rules are applied to the values read, exactly as the entity applies
 * them ({@code Shift.isOpen}, {@code Shift.paidMinutesWorked}): open is no one assigned and not
 * agency-covered (cancelled shifts are not read); paid minutes are the actual span less the
 * unpaid break when both actual ends are recorded (never below zero), the planned span less the
 * break otherwise.
 */
@ApplicationScoped
public class LiveShiftRepository {

    private final EntityManager entityManager;

    public LiveShiftRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** A live shift: the snapshot's row, and what suggesting someone for it needs besides. */
    public record LiveShift(RotaSnapshot.ShiftRow row, UUID shiftTypeId, int unpaidBreakMinutes) {
    }

    /** The home's shifts of rota days {@code from} to {@code to} that are not cancelled, by planned start. */
    public List<LiveShift> live(UUID careHomeId, LocalDate from, LocalDate to) {
        Session session = entityManager.unwrap(Session.class);
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(inspected(session, LIVE))) {
                statement.setObject(1, careHomeId);
                statement.setInt(2, Math.toIntExact(from.toEpochDay()));
                statement.setInt(3, Math.toIntExact(to.toEpochDay()));
                statement.setFetchSize(1000);
                List<LiveShift> live = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        live.add(liveShift(rows));
                    }
                }
                return live;
            }
        });
    }

    private static LiveShift liveShift(ResultSet rows) throws SQLException {
        UUID id = rows.getObject(1, UUID.class);
        UUID unitId = rows.getObject(2, UUID.class);
        UUID shiftTypeId = rows.getObject(3, UUID.class);
        ShiftTimes times = new ShiftTimes(LocalDate.ofEpochDay(rows.getInt(4)), rows.getObject(5, LocalTime.class),
                rows.getObject(6, LocalTime.class), instant(rows, 7), instant(rows, 8));
        UUID staffId = rows.getObject(9, UUID.class);
        boolean agency = "AGENCY".equals(rows.getString(10));
        boolean overtime = rows.getBoolean(11);
        UUID agencyCompanyId = rows.getObject(12, UUID.class);
        BigDecimal agencyHourlyRate = rows.getBigDecimal(13);
        int unpaidBreakMinutes = rows.getInt(14);
        Instant actualStart = instant(rows, 15);
        Instant actualEnd = instant(rows, 16);
        Instant createdAt = instant(rows, 17);
        Instant updatedAt = instant(rows, 18);
        long paidMinutes = actualStart != null && actualEnd != null
                ? Math.max(0, Duration.between(actualStart, actualEnd).toMinutes() - unpaidBreakMinutes)
                : times.duration().minusMinutes(unpaidBreakMinutes).toMinutes();
        return new LiveShift(new RotaSnapshot.ShiftRow(id, unitId, times, staffId, staffId == null && !agency, agency,
                overtime, agencyCompanyId, agencyHourlyRate, paidMinutes, createdAt, updatedAt), shiftTypeId,
                unpaidBreakMinutes);
    }

    private static final String LIVE = """
            SELECT id, unit_id, shift_type_id, shift_date - DATE '1970-01-01', start_time, end_time,
                   starts_at, ends_at,
                   staff_id, classification, overtime, agency_company_id, agency_hourly_rate, unpaid_break_minutes,
                   actual_start, actual_end, created_at, updated_at
            FROM shift
            WHERE care_home_id = ? AND shift_date BETWEEN DATE '1970-01-01' + ? AND DATE '1970-01-01' + ?
              AND status <> 'CANCELLED'
            ORDER BY starts_at
            """;
}
