package io.careops.platform.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * For {@code @QuarkusIntegrationTest} classes, which run the packaged service (prod profile, as
 * shipped) in its own JVM: the embedded PostgreSQL of the tests, and the dev-only verification key
 * the tests' tokens are signed with, given the way production gives them (a PEM file and an issuer).
 *
 */
public class PackagedAppResource extends EmbeddedPostgresResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("mp.jwt.verify.publickey.location", devPublicKey().toString());
        config.put("mp.jwt.verify.issuer", Tokens.DEV_ISSUER);
        config.put("careops.jwt.dev-keys-allowed", "true");
        config.put("quarkus.log.console.json.enabled", "false");
        return config;
    }

    /** The dev-only public key beside the local launcher, found from the module's directory. */
    private static Path devPublicKey() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path key = dir.resolve("deploy/local/dev-keys/dev-only-public.pem");
            if (Files.isRegularFile(key)) {
                return key;
            }
        }
        throw new IllegalStateException("deploy/local/dev-keys/dev-only-public.pem not found above " + Path.of("").toAbsolutePath());
    }
}
