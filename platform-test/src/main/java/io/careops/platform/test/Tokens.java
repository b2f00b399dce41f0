package io.careops.platform.test;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Bearer tokens for tests, signed with the DEV-ONLY key pair (see deploy/local/dev-keys). The
 * claims are the ones production tokens carry: roles in {@code groups}, visible homes in
 * {@code care_homes}.
 */
public final class Tokens {

    public static final String DEV_ISSUER = "https://dev-only.careops.invalid";

    private Tokens() {
    }

    /** A token for {@code role} that may see the given care homes only. */
    public static String of(String role, UUID... careHomes) {
        return claims(role, Arrays.stream(careHomes).map(UUID::toString).toList()).sign();
    }

    /** A token for {@code role} that may see every care home. */
    public static String allHomes(String role) {
        return claims(role, List.of("*")).sign();
    }

    /**
     * A token for {@code role} naming the caller's staff number in the {@code staff_number}
     * claim, which links it to a staff record (self-service for the {@code staff} role).
     */
    public static String person(String role, String staffNumber, UUID... careHomes) {
        return claims(role, Arrays.stream(careHomes).map(UUID::toString).toList())
                .subject("test-" + role + "-" + staffNumber)
                .upn("staff-" + staffNumber + "@careops.invalid")
                .claim("staff_number", staffNumber).sign();
    }

    public static String expired(String role) {
        return claims(role, List.of("*")).issuedAt(1_600_000_000L).expiresAt(1_600_000_600L).sign();
    }

    /** Well formed, but signed by a key no service trusts. */
    public static String signedByStranger(String role) {
        return claims(role, List.of("*")).sign(strangerKey());
    }

    private static JwtClaimsBuilder claims(String role, List<String> careHomes) {
        return Jwt.issuer(DEV_ISSUER)
                .subject("test-" + role)
                .upn("test-" + role + "@careops.invalid")
                .groups(Set.of(role))
                .claim("care_homes", careHomes)
                .expiresIn(3600);
    }

    private static PrivateKey strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
