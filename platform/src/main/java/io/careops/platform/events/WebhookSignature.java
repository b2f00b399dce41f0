package io.careops.platform.events;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on every webhook CareOps sends (the compliance expiry alert and the event
 * subscriptions): {@code X-CareOps-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">}
 * with the shared secret, the timestamp (epoch seconds) in {@code X-CareOps-Timestamp}. Signing
 * the timestamp with the body lets a receiver refuse an old message replayed by someone else.
 */
public final class WebhookSignature {

    public static final String SIGNATURE = "X-CareOps-Signature";
    public static final String TIMESTAMP = "X-CareOps-Timestamp";

    private WebhookSignature() {
    }

    /** The header value: {@code sha256=<hex>} over {@code timestamp + "." + body}. */
    public static String header(String secret, String timestamp, String body) {
        return "sha256=" + sign(secret, timestamp + "." + body);
    }

    public static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** What a receiver does: recompute and compare in constant time. */
    public static boolean verify(String secret, String timestamp, String body, String header) {
        if (header == null || timestamp == null) {
            return false;
        }
        return MessageDigest.isEqual(header(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                header.getBytes(StandardCharsets.UTF_8));
    }
}
