package io.careops.scheduling.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

/** How evenly a quantity (overtime hours) is shared among people. */
public final class Spread {

    private Spread() {
    }

    /**
     * The Gini coefficient: 0 when everyone carries the same, approaching 1 when one person carries
     * it all. For values sorted ascending, G = 2 * sum(i * x_i) / (n * sum(x)) - (n + 1) / n.
     */
    public static BigDecimal gini(List<BigDecimal> values) {
        int n = values.size();
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (n < 2 || total.signum() == 0) {
            return BigDecimal.ZERO.setScale(3);
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        BigDecimal weighted = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            weighted = weighted.add(sorted.get(i).multiply(BigDecimal.valueOf(i + 1L)));
        }
        BigDecimal first = weighted.multiply(BigDecimal.valueOf(2)).divide(total.multiply(BigDecimal.valueOf(n)), 10,
                RoundingMode.HALF_UP);
        BigDecimal second = BigDecimal.valueOf(n + 1L).divide(BigDecimal.valueOf(n), 10, RoundingMode.HALF_UP);
        return first.subtract(second).setScale(3, RoundingMode.HALF_UP);
    }

    /** The share of the total carried by the {@code top} largest values, 0 to 1. */
    public static BigDecimal topShare(List<BigDecimal> values, int top) {
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(3);
        }
        BigDecimal topSum = values.stream().sorted(Comparator.reverseOrder()).limit(top)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return topSum.divide(total, 3, RoundingMode.HALF_UP);
    }
}
