package io.careops.scheduling.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.careops.scheduling.leave.domain.LeaveArithmetic;
import io.careops.scheduling.leave.domain.LeaveYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The leave arithmetic at its boundaries, each figure worked by hand in the comments. */
class LeaveArithmeticTest {

    private static final LeaveYear APRIL_2026 = LeaveYear.starting(LocalDate.of(2026, 4, 1));
    private static final LeaveYear CALENDAR_2026 = LeaveYear.starting(LocalDate.of(2026, 1, 1));

    private static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aPartTimeStarterMidYearGetsTheShareOfTheYearLeftRoundedUp() {
        // Leave year 1 April 2026 - 31 March 2027: 365 days (February 2027 has 28).
        // 22.5 h a week: a leave day is 22.5 / 5 = 4.5 h; a full year is 5.6 x 22.5 = 126 h.
        // Starts 1 October 2026: Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 28 + Mar 31 = 182 days.
        // 126 x 182 / 365 = 22932 / 365 = 62.8274 -> 62.83 (rounded up: never below the minimum).
        LeaveArithmetic.Entitlement e = LeaveArithmetic.entitlement(APRIL_2026, new LeaveArithmetic.Employment(
                LocalDate.of(2026, 10, 1), null, hours("22.5"), null));
        assertEquals(365, e.daysInYear());
        assertEquals(182, e.employedDays());
        assertEquals(LocalDate.of(2026, 10, 1), e.employedFrom());
        assertEquals(LocalDate.of(2027, 3, 31), e.employedTo());
        assertEquals(hours("4.50"), e.hoursPerLeaveDay());
        assertEquals(hours("126.00"), e.fullYearStatutoryHours());
        assertNull(e.fullYearContractualHours());
        assertEquals(hours("62.83"), e.statutoryMinimumHours());
        assertEquals(hours("62.83"), e.entitlementHours());
        assertFalse(e.statutoryMinimumApplied());
    }

    @Test
    void aLeaverWithAContractualAllowanceGetsTheShareOfTheYearWorked() {
        // Calendar leave year 2026: 365 days. 37.5 h a week, a day is 7.5 h.
        // Contract: 33 days x 7.5 = 247.5 h, above the statutory 5.6 x 37.5 = 210 h, so 247.5 counts.
        // Leaves 30 June 2026: Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 = 181 days.
        // 247.5 x 181 / 365 = 44797.5 / 365 = 122.7329 -> 122.74; statutory 210 x 181 / 365 = 104.1370 -> 104.14.
        LeaveArithmetic.Entitlement e = LeaveArithmetic.entitlement(CALENDAR_2026, new LeaveArithmetic.Employment(
                LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 30), hours("37.5"), 33));
        assertEquals(181, e.employedDays());
        assertEquals(hours("247.50"), e.fullYearContractualHours());
        assertEquals(hours("210.00"), e.fullYearStatutoryHours());
        assertEquals(hours("122.74"), e.entitlementHours());
        assertEquals(hours("104.14"), e.statutoryMinimumHours());
        assertFalse(e.statutoryMinimumApplied());
    }

    @Test
    void aContractBelowFivePointSixWeeksIsRaisedToTheStatutoryMinimum() {
        // 20 days x 7.5 = 150 h < 5.6 x 37.5 = 210 h: the entitlement is 210 h (reg 13 and 13A).
        LeaveArithmetic.Entitlement e = LeaveArithmetic.entitlement(CALENDAR_2026, new LeaveArithmetic.Employment(
                LocalDate.of(2020, 1, 1), null, hours("37.5"), 20));
        assertEquals(hours("150.00"), e.fullYearContractualHours());
        assertEquals(hours("210.00"), e.entitlementHours());
        assertTrue(e.statutoryMinimumApplied());
        assertEquals(365, e.employedDays());
    }

    @Test
    void oneDayEmployedAndNoDayEmployed() {
        // Starts on the last day of the year: 210 x 1 / 365 = 0.5753 -> 0.58.
        LeaveArithmetic.Entitlement last = LeaveArithmetic.entitlement(CALENDAR_2026, new LeaveArithmetic.Employment(
                LocalDate.of(2026, 12, 31), null, hours("37.5"), null));
        assertEquals(1, last.employedDays());
        assertEquals(hours("0.58"), last.entitlementHours());
        // Left before the year began: nothing.
        LeaveArithmetic.Entitlement gone = LeaveArithmetic.entitlement(CALENDAR_2026, new LeaveArithmetic.Employment(
                LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31), hours("37.5"), null));
        assertEquals(0, gone.employedDays());
        assertEquals(hours("0.00"), gone.entitlementHours());
        assertNull(gone.employedFrom());
    }

    @Test
    void aBankHolidayInARequestUsesLeaveOnlyWhenBankHolidaysCountWithinTheEntitlement() {
        // Monday 4 May 2026 is the Early May bank holiday; the request runs Monday to Friday.
        LocalDate monday = LocalDate.of(2026, 5, 4);
        LocalDate friday = LocalDate.of(2026, 5, 8);
        // Within the entitlement: 5 weekdays x 7.5 = 37.5 h.
        assertEquals(hours("37.50"), LeaveArithmetic.hoursUsed(monday, friday, null, CALENDAR_2026.first(),
                CALENDAR_2026.last(), hours("37.5"), Set.of()));
        // On top: the bank holiday uses none, 4 x 7.5 = 30 h.
        assertEquals(hours("30.00"), LeaveArithmetic.hoursUsed(monday, friday, null, CALENDAR_2026.first(),
                CALENDAR_2026.last(), hours("37.5"), Set.of(monday)));
    }

    @Test
    void weekendsUseNoLeaveUnlessTheRequestSaysHowManyHours() {
        // Friday 8 to Monday 11 May 2026: Friday and Monday, 2 x 7.5 = 15 h.
        assertEquals(hours("15.00"), LeaveArithmetic.hoursUsed(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 11),
                null, CALENDAR_2026.first(), CALENDAR_2026.last(), hours("37.5"), Set.of()));
        // A Saturday 12.5 h shift booked as such.
        assertEquals(hours("12.50"), LeaveArithmetic.hoursUsed(LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 9),
                hours("12.5"), CALENDAR_2026.first(), CALENDAR_2026.last(), hours("37.5"), Set.of()));
    }

    @Test
    void aRequestAcrossTheEndOfTheLeaveYearCountsInEachYearForItsOwnDays() {
        // 12.5 h over 31 December 2026 and 1 January 2027: half, 6.25 h, in each year.
        assertEquals(hours("6.25"), LeaveArithmetic.hoursUsed(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1),
                hours("12.5"), CALENDAR_2026.first(), CALENDAR_2026.last(), hours("37.5"), Set.of()));
        // Without hours: Thursday 31 December 2026 is a weekday, 7.5 h in 2026.
        assertEquals(hours("7.50"), LeaveArithmetic.hoursUsed(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1),
                null, CALENDAR_2026.first(), CALENDAR_2026.last(), hours("37.5"), Set.of()));
        // A leap leave year, 1 March 2027 - 29 February 2028, has 366 days.
        assertEquals(366, LeaveYear.starting(LocalDate.of(2027, 3, 1)).days());
    }
}
