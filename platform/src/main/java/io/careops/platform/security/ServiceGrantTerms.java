package io.careops.platform.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the scheduling service and compliance agree on for scheduling's grant (the certification
 * check at assignment, see deploy/README.md): the header it travels in, its issuer, audience and
 * claim, and how either side reads its half of the key pair. Scheduling signs
 * ({@code eligibility/service/ServiceGrant}), compliance verifies ({@code staffstatus/ServiceGrants}).
 */
public final class ServiceGrantTerms {

    public static final String HEADER = "CareOps-Service-Grant";
    public static final String ISSUER = "careops-scheduling";
    public static final String AUDIENCE = "careops-compliance";
    /** The staff ids the grant covers: every person asked about must be among them. */
    public static final String STAFF_IDS_CLAIM = "staff_ids";

    private ServiceGrantTerms() {
    }

    /**
     * The PEM text of a key half: {@code pem} itself, else the file (or, for the tests' dev-only key,
     * the classpath resource) at {@code location}; empty when neither is configured. A dev-only key
     * is refused unless dev keys are allowed (the local launcher and tests), as for the JWT keys.
     */
    public static Optional<String> pemText(Optional<String> pem, Optional<String> location, boolean devKeysAllowed,
            String half) {
        Optional<String> text = pem.filter(value -> !value.isBlank());
        Optional<String> where = location.filter(value -> !value.isBlank());
        if (text.isPresent()) {
            return text;
        }
        if (where.isEmpty()) {
            return Optional.empty();
        }
        if (where.get().contains("dev-only") && !devKeysAllowed) {
            throw new IllegalStateException("The dev-only service grant " + half + " key is configured outside a dev,"
                    + " test or local profile; configure the services' own key pair (deploy/README.md)");
        }
        return Optional.of(read(where.get(), half));
    }

    private static String read(String location, String half) {
        String path = location.startsWith("file:") ? location.substring(5)
                : location.startsWith("classpath:") ? location.substring(10) : location;
        try {
            Path file = Path.of(path);
            if (Files.isRegularFile(file)) {
                return Files.readString(file);
            }
            try (var resource = Thread.currentThread().getContextClassLoader().getResourceAsStream(path)) {
                if (resource == null) {
                    throw new IllegalStateException("No service grant " + half + " key at " + location);
                }
                return new String(resource.readAllBytes(), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The service grant " + half + " key at " + location + " cannot be read", e);
        }
    }
}
