package io.careops.incidentsafety.actionplan.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What a client may put where a plan is expected: its id, its {@code SAP-YYYY-NNN} reference, or
 * the legacy {@code CAPA-YYYY-NNN} (or {@code HSAP-YYYY-NNN}) number it kept as an alias. The two
 * schemes are looked up in different columns, so {@code CAPA-2026-001} and {@code SAP-2026-001}
 * can be two different plans. References are matched without regard to case ({@code sap-2026-001}
 * finds {@code SAP-2026-001}): they are read aloud and typed by hand.
 */
public sealed interface PlanReference {

    Pattern SAP = Pattern.compile("SAP-(\\d{4})-(\\d{3,})");
    Pattern LEGACY = Pattern.compile("(CAPA|HSAP)-(\\d{4})-(\\d{3,})");

    record Id(UUID id) implements PlanReference {
    }

    record Sap(String reference) implements PlanReference {
    }

    record Legacy(String reference) implements PlanReference {
    }

    static Optional<PlanReference> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normal = text.strip().toUpperCase(Locale.ROOT);
        if (SAP.matcher(normal).matches()) {
            return Optional.of(new Sap(normal));
        }
        if (LEGACY.matcher(normal).matches()) {
            return Optional.of(new Legacy(normal));
        }
        try {
            return text.length() == 36 ? Optional.of(new Id(UUID.fromString(text))) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
