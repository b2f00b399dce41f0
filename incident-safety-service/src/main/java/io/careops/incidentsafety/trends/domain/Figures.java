package io.careops.incidentsafety.trends.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The arithmetic of the trend figures, in one place so each is computed the same way. */
public final class Figures {

    private Figures() {
    }

    /** The middle value; the mean of the two middle values for an even count; null for none. */
    public static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle).doubleValue()
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** {@code part} of {@code whole} in percent, one decimal; null when the whole is zero. */
    public static Double percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
