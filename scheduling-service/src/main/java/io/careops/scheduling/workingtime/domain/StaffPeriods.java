package io.careops.scheduling.workingtime.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Many people's shifts as the engine judges them, held as columns of primitives, each person's
 * in the order of their planned start: what {@link WorkingTimeRepository} reads for a report of
 * a home or a group (some 39,000 shifts of 2,688 people on the demo group).
 *
 * <p>Why columns and not a map of {@link WorkPeriod} lists: a report judges one person at a time,
 * and each person's periods are needed only while they are judged. Held as objects for the whole
 * request (a period, its id, its day, three instants and a sort key: some 250 bytes a shift, 10 MB
 * for the group), they lived through every young collection of the request, were copied and
 * promoted, and filled the old generation of the services' 96 MB heap: in JFR of the group report
 * the serial collector took as much CPU as the request threads, its full collections 450-520 ms
 * each. Here a shift is 64 bytes in a few arrays, and {@link #periodsOf} builds a person's periods
 * when they are judged, to be dropped straight after.
 *
 * <p>Read only once built; safe to share between threads judging different people.
 */
public final class StaffPeriods {

    private final UUID[] staff;
    /** Person {@code p}'s rows are {@code first[p]} to {@code first[p + 1] - 1}, in planned-start order. */
    private final int[] first;
    private final long[] shiftMost;
    private final long[] shiftLeast;
    private final int[] rotaDay;
    private final long[] startSecond;
    private final int[] startNano;
    private final long[] endSecond;
    private final int[] endNano;
    private final int[] breakMinutes;

    private StaffPeriods(UUID[] staff, int[] first, long[] shiftMost, long[] shiftLeast, int[] rotaDay,
            long[] startSecond, int[] startNano, long[] endSecond, int[] endNano, int[] breakMinutes) {
        this.staff = staff;
        this.first = first;
        this.shiftMost = shiftMost;
        this.shiftLeast = shiftLeast;
        this.rotaDay = rotaDay;
        this.startSecond = startSecond;
        this.startNano = startNano;
        this.endSecond = endSecond;
        this.endNano = endNano;
        this.breakMinutes = breakMinutes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The people with at least one shift. */
    public int people() {
        return staff.length;
    }

    /** The id of person {@code person} (0 to {@link #people()} - 1). */
    public UUID staffId(int person) {
        return staff[person];
    }

    /** How many shifts person {@code person} has. */
    public int shiftsOf(int person) {
        return first[person + 1] - first[person];
    }

    /** Person {@code person}'s shifts as new periods, in the order of their planned start. */
    public List<WorkPeriod> periodsOf(int person) {
        int from = first[person];
        int to = first[person + 1];
        List<WorkPeriod> periods = new ArrayList<>(to - from);
        for (int row = from; row < to; row++) {
            periods.add(new WorkPeriod(new UUID(shiftMost[row], shiftLeast[row]), LocalDate.ofEpochDay(rotaDay[row]),
                    Instant.ofEpochSecond(startSecond[row], startNano[row]),
                    Instant.ofEpochSecond(endSecond[row], endNano[row]), breakMinutes[row]));
        }
        return periods;
    }

    /** Everyone's periods by person, as {@link #periodsOf} gives them. */
    public Map<UUID, List<WorkPeriod>> asMap() {
        Map<UUID, List<WorkPeriod>> map = new HashMap<>(staff.length * 2);
        for (int person = 0; person < staff.length; person++) {
            map.put(staff[person], periodsOf(person));
        }
        return map;
    }

    /** Shifts added in any order, each person's then ordered by planned start (ties in the order added). */
    public static final class Builder {

        private final Map<UUID, Integer> personOf = new HashMap<>();
        private final List<UUID> staff = new ArrayList<>();
        private int rows;
        private UUID lastStaff;
        private int lastPerson;
        private int[] person = new int[256];
        private long[] shiftMost = new long[256];
        private long[] shiftLeast = new long[256];
        private int[] rotaDay = new int[256];
        private long[] startSecond = new long[256];
        private int[] startNano = new int[256];
        private long[] endSecond = new long[256];
        private int[] endNano = new int[256];
        private int[] breakMinutes = new int[256];
        private long[] plannedSecond = new long[256];
        private int[] plannedNano = new int[256];

        private Builder() {
        }

        /** A shift of {@code staffId} as worked ({@code starts}, {@code ends}), planned to start at {@code plannedStart}. */
        public Builder add(UUID staffId, UUID shiftId, LocalDate rotaDate, Instant starts, Instant ends,
                int unpaidBreakMinutes, Instant plannedStart) {
            return add(staffId, shiftId, Math.toIntExact(rotaDate.toEpochDay()), starts.getEpochSecond(),
                    starts.getNano(), ends.getEpochSecond(), ends.getNano(), unpaidBreakMinutes,
                    plannedStart.getEpochSecond(), plannedStart.getNano());
        }

        /** The same in primitives: days since the epoch, instants as epoch seconds and nanoseconds. */
        public Builder add(UUID staffId, UUID shiftId, int rotaEpochDay, long startsSecond, int startsNano,
                long endsSecond, int endsNano, int unpaidBreakMinutes, long plannedStartSecond, int plannedStartNano) {
            if (rows == person.length) {
                grow();
            }
            // Rows read by person through an index come a person at a time: the last one is kept.
            if (!staffId.equals(lastStaff)) {
                Integer index = personOf.get(staffId);
                if (index == null) {
                    index = staff.size();
                    personOf.put(staffId, index);
                    staff.add(staffId);
                }
                lastStaff = staffId;
                lastPerson = index;
            }
            person[rows] = lastPerson;
            shiftMost[rows] = shiftId.getMostSignificantBits();
            shiftLeast[rows] = shiftId.getLeastSignificantBits();
            rotaDay[rows] = rotaEpochDay;
            startSecond[rows] = startsSecond;
            startNano[rows] = startsNano;
            endSecond[rows] = endsSecond;
            endNano[rows] = endsNano;
            breakMinutes[rows] = unpaidBreakMinutes;
            plannedSecond[rows] = plannedStartSecond;
            plannedNano[rows] = plannedStartNano;
            rows++;
            return this;
        }

        private void grow() {
            int size = person.length * 2;
            person = Arrays.copyOf(person, size);
            shiftMost = Arrays.copyOf(shiftMost, size);
            shiftLeast = Arrays.copyOf(shiftLeast, size);
            rotaDay = Arrays.copyOf(rotaDay, size);
            startSecond = Arrays.copyOf(startSecond, size);
            startNano = Arrays.copyOf(startNano, size);
            endSecond = Arrays.copyOf(endSecond, size);
            endNano = Arrays.copyOf(endNano, size);
            breakMinutes = Arrays.copyOf(breakMinutes, size);
            plannedSecond = Arrays.copyOf(plannedSecond, size);
            plannedNano = Arrays.copyOf(plannedNano, size);
        }

        public StaffPeriods build() {
            int people = staff.size();
            // Rows grouped by person (counting sort: stable, so each person's rows keep the order added) ...
            int[] first = new int[people + 1];
            for (int row = 0; row < rows; row++) {
                first[person[row] + 1]++;
            }
            for (int p = 0; p < people; p++) {
                first[p + 1] += first[p];
            }
            int[] next = Arrays.copyOf(first, people);
            int[] order = new int[rows];
            for (int row = 0; row < rows; row++) {
                order[next[person[row]]++] = row;
            }
            // ... then each person's few rows by planned start (insertion sort: stable).
            for (int p = 0; p < people; p++) {
                for (int i = first[p] + 1; i < first[p + 1]; i++) {
                    int row = order[i];
                    int j = i - 1;
                    while (j >= first[p] && plannedAfter(order[j], row)) {
                        order[j + 1] = order[j];
                        j--;
                    }
                    order[j + 1] = row;
                }
            }
            return new StaffPeriods(staff.toArray(UUID[]::new), first, pick(shiftMost, order), pick(shiftLeast, order),
                    pick(rotaDay, order), pick(startSecond, order), pick(startNano, order), pick(endSecond, order),
                    pick(endNano, order), pick(breakMinutes, order));
        }

        private boolean plannedAfter(int row, int other) {
            return plannedSecond[row] > plannedSecond[other]
                    || plannedSecond[row] == plannedSecond[other] && plannedNano[row] > plannedNano[other];
        }

        private static long[] pick(long[] column, int[] order) {
            long[] picked = new long[order.length];
            for (int i = 0; i < order.length; i++) {
                picked[i] = column[order[i]];
            }
            return picked;
        }

        private static int[] pick(int[] column, int[] order) {
            int[] picked = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                picked[i] = column[order[i]];
            }
            return picked;
        }
    }
}
