package io.careops.scheduling.leave.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bank holidays the group's homes observe (Scotland), from configuration
 * ({@code careops.leave.bank-holidays}, ISO dates), so that operators add next year's without a
 * release.
 */
@ApplicationScoped
public class BankHolidays {

    private final Set<LocalDate> days;

    public BankHolidays(@ConfigProperty(name = "careops.leave.bank-holidays") Optional<List<LocalDate>> days) {
        this.days = new TreeSet<>(days.orElse(List.of()));
    }

    public Set<LocalDate> all() {
        return days;
    }

    public boolean contains(LocalDate day) {
        return days.contains(day);
    }
}
