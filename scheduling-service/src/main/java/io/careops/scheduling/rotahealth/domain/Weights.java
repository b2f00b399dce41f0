package io.careops.scheduling.rotahealth.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Component weights (careops.rota-health.weights.*); defaults sum to 100. */
@ConfigMapping(prefix = "careops.rota-health.weights")
public interface Weights {

    @WithDefault("25")
    int coverage();

    @WithDefault("15")
    int skillMix();

    @WithDefault("15")
    int workingTime();

    @WithDefault("10")
    int overtime();

    @WithDefault("10")
    int agency();

    @WithDefault("10")
    int fairness();

    @WithDefault("5")
    int certifications();

    @WithDefault("5")
    int lateChanges();

    @WithDefault("5")
    int leaveSpread();
}
