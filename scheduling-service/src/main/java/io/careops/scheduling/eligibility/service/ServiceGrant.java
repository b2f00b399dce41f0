package io.careops.scheduling.eligibility.service;

import io.careops.platform.security.ServiceGrantTerms;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Scheduling's grant to compliance for the certification check at assignment: a short-lived JWT,
 * signed with scheduling's own private key (SmallRye JWT build, {@code quarkus-smallrye-jwt-build}),
 * sent beside the caller's bearer token in the {@value #HEADER} header. It says "scheduling asks
 * about these people for this caller": {@code iss} {@value #ISSUER}, {@code aud} {@value #AUDIENCE},
 * {@code sub} the caller's subject, {@value #STAFF_IDS_CLAIM} the staff ids asked about, {@code exp}
 * {@code careops.service-grant.lifetime} (60 s) after it was made. Compliance, holding scheduling's
 * public key, then answers those people's verdicts whichever homes the caller's token names, so a
 * person of another home (cross-home cover, the other side of a swap) or a colleague (a staff member
 * accepting a swap) is judged on their real certificates, not reported MISSING.
 *
 * The key: {@code careops.service-grant.private-key} (PEM text, e.g. from a Kubernetes Secret) or
 * {@code careops.service-grant.private-key-location} (a PEM file). Neither: no grant is sent, the
 * behaviour before grants (warned once at start). The dev-only key pair is refused unless
 * {@code careops.jwt.dev-keys-allowed} (the local launcher and tests), as for the JWT keys.
 */
@ApplicationScoped
public class ServiceGrant {

    public static final String HEADER = ServiceGrantTerms.HEADER;
    public static final String ISSUER = ServiceGrantTerms.ISSUER;
    public static final String AUDIENCE = ServiceGrantTerms.AUDIENCE;
    public static final String STAFF_IDS_CLAIM = ServiceGrantTerms.STAFF_IDS_CLAIM;

    private static final Logger LOG = Logger.getLogger(ServiceGrant.class);

    private final Optional<PrivateKey> key;
    private final Duration lifetime;

    public ServiceGrant(@ConfigProperty(name = "careops.service-grant.private-key") Optional<String> pem,
            @ConfigProperty(name = "careops.service-grant.private-key-location") Optional<String> location,
            @ConfigProperty(name = "careops.service-grant.lifetime", defaultValue = "60s") Duration lifetime,
            @ConfigProperty(name = "careops.jwt.dev-keys-allowed", defaultValue = "false") boolean devKeysAllowed) {
        this.lifetime = lifetime;
        this.key = load(ServiceGrantTerms.pemText(pem, location, devKeysAllowed, "private"));
    }

    void onStart(@Observes StartupEvent event) {
        if (key.isEmpty()) {
            LOG.warn("No service grant key (CAREOPS_SERVICE_GRANT_PRIVATE_KEY or CAREOPS_SERVICE_GRANT_PRIVATE_KEY_LOCATION):"
                    + " the certification check at assignment asks compliance with the caller's token alone, so a person"
                    + " whose certificates the caller's token cannot see is not judged on them (deploy/README.md)");
        } else {
            LOG.infof("Service grant to compliance configured (%s s lifetime)", lifetime.toSeconds());
        }
    }

    public boolean configured() {
        return key.isPresent();
    }

    /** The grant for {@code subject} asking about {@code staffIds}, or empty when no key is configured. */
    public Optional<String> grant(String subject, Collection<UUID> staffIds) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = staffIds.stream().map(UUID::toString).distinct().toList();
        return Optional.of(Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject == null ? "" : subject)
                .claim(STAFF_IDS_CLAIM, ids).expiresIn(lifetime.toSeconds()).sign(key.get()));
    }

    private static Optional<PrivateKey> load(Optional<String> pem) {
        if (pem.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(KeyUtils.decodePrivateKey(pem.get()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The service grant private key is not a PEM RSA private key (PKCS#8): "
                    + e.getMessage(), e);
        }
    }
}
