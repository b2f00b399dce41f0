package io.careops.compliance.support;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Without a registry extension the service's meters go nowhere; this in-memory registry (which
 * Quarkus adds to its composite) lets the tests read the business counters.
 */
public class TestMeters {

    @Produces
    @Singleton
    SimpleMeterRegistry simple() {
        return new SimpleMeterRegistry();
    }
}
