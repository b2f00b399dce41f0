package io.careops.platform.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JwtConfigurationGuardTest {

    private static final String DEV = JwtConfigurationGuard.DEV_ONLY_ISSUER;

    @ParameterizedTest(name = "key={0} location={1} issuer={2} devAllowed={3} -> refused: {4}")
    @CsvSource(nullValues = "-", value = {
            // key,   location,                          issuer,                    devAllowed, refused, reason
            "-,       -,                                 https://idp.example,       false, true,  MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "-,       ' ',                               https://idp.example,       false, true,  MP_JWT_VERIFY_PUBLICKEY_LOCATION",
            "-,       /keys/public.pem,                  -,                         false, true,  MP_JWT_VERIFY_ISSUER",
            "-,       /keys/public.pem,                  https://idp.example,       false, false, -",
            "-,       https://idp.example/jwks,          https://idp.example,       false, false, -",
            "PEM,     -,                                 https://idp.example,       false, false, -",
            "-,       /keys/public.pem,                  " + DEV + ",               false, true,  dev-only",
            "-,       /repo/dev-keys/dev-only-public.pem, https://idp.example,      false, true,  dev-only",
            "-,       /repo/dev-keys/dev-only-public.pem, " + DEV + ",              true,  false, -",
    })
    void startsOnlyWithARealKeyAndIssuer(String key, String location, String issuer, boolean devAllowed,
            boolean refused, String reason) {
        JwtConfigurationGuard guard = new JwtConfigurationGuard(Optional.ofNullable(key), Optional.ofNullable(location),
                Optional.ofNullable(issuer), devAllowed);
        if (refused) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, guard::verify);
            assertTrue(failure.getMessage().contains(reason), failure.getMessage());
        } else {
            assertDoesNotThrow(guard::verify);
        }
    }
}
