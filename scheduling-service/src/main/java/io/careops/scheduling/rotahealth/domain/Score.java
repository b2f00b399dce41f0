package io.careops.scheduling.rotahealth.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The weighted mean of the components that could be computed; a component that could not is
 * left out and its weight shared by the rest, and the score says it is partial.
 */
public record Score(BigDecimal value, Grade grade, boolean partial) {

    public static Score of(List<Component> components) {
        double weighted = 0;
        int weights = 0;
        for (Component component : components) {
            if (component.available() && component.weight() > 0) {
                weighted += component.weight() * component.score().doubleValue();
                weights += component.weight();
            }
        }
        double value = weights == 0 ? 100 : weighted / weights;
        boolean partial = components.stream().anyMatch(component -> !component.available());
        return new Score(Component.round(value), Grade.of(value), partial);
    }

    /** A >= 90, B >= 80, C >= 70, D >= 60, F below (the legacy bands). */
    public enum Grade {
        A, B, C, D, F;

        public static Grade of(double score) {
            return score >= 90 ? A : score >= 80 ? B : score >= 70 ? C : score >= 60 ? D : F;
        }
    }
}
