package io.careops.scheduling.shift.service;

import io.careops.scheduling.shift.domain.Shift;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** careops.shifts.created, by classification: counted once the shifts are committed. */
@ApplicationScoped
public class ShiftMetrics {

    private final MeterRegistry registry;

    public ShiftMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void created(List<Shift> shifts) {
        shifts.forEach(shift -> Counter.builder("careops.shifts.created").description("Shifts planned")
                .tag("classification", shift.classification().name()).register(registry).increment());
    }
}
