package io.careops.incidentsafety;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** A registry that keeps values, so tests can read the business metrics. */
public class TestMeterRegistry {

    @Produces
    @Singleton
    SimpleMeterRegistry registry() {
        return new SimpleMeterRegistry();
    }
}
