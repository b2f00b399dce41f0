package io.careops.platform.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a service that could not verify tokens properly: no verification key, no
 * issuer, or the dev-only key pair outside the profiles allowed to use it.
 */
@ApplicationScoped
public class JwtConfigurationGuard {

    /** The issuer of the dev-only key pair committed under deploy/local/dev-keys. */
    public static final String DEV_ONLY_ISSUER = "https://dev-only.careops.invalid";

    private final Optional<String> publicKey;
    private final Optional<String> publicKeyLocation;
    private final Optional<String> issuer;
    private final boolean devKeysAllowed;

    public JwtConfigurationGuard(
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> publicKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeyLocation,
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
            @ConfigProperty(name = "careops.jwt.dev-keys-allowed", defaultValue = "false") boolean devKeysAllowed) {
        this.publicKey = publicKey.filter(value -> !value.isBlank());
        this.publicKeyLocation = publicKeyLocation.filter(value -> !value.isBlank());
        this.issuer = issuer.filter(value -> !value.isBlank());
        this.devKeysAllowed = devKeysAllowed;
    }

    void onStart(@Observes StartupEvent event) {
        verify();
    }

    void verify() {
        if (publicKey.isEmpty() && publicKeyLocation.isEmpty()) {
            throw new IllegalStateException("No JWT verification key: set MP_JWT_VERIFY_PUBLICKEY_LOCATION "
                    + "(a PEM file or a JWKS URL) or MP_JWT_VERIFY_PUBLICKEY");
        }
        if (issuer.isEmpty()) {
            throw new IllegalStateException("No JWT issuer: set MP_JWT_VERIFY_ISSUER");
        }
        boolean devKey = DEV_ONLY_ISSUER.equals(issuer.get())
                || publicKeyLocation.map(location -> location.contains("dev-only")).orElse(false);
        if (devKey && !devKeysAllowed) {
            throw new IllegalStateException("The dev-only JWT key pair is configured outside a dev, test or local "
                    + "profile; configure the real verification key and issuer");
        }
    }
}
