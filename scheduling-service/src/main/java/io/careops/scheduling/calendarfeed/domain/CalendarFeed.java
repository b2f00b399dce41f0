package io.careops.scheduling.calendarfeed.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A person's calendar feed: a secret in a URL that calendar apps fetch without a login. Only the
 * SHA-256 of the secret is stored, so a copy of the database does not open anyone's feed; the
 * secret is shown once, when the feed is made. Revoked feeds stay, marked.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    /** 32 random bytes, base64url without padding. */
    public static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;
    @Column(name = "staff_id")
    private UUID staffId;
    @Column(name = "token_hash")
    private byte[] tokenHash;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "revoked_by")
    private String revokedBy;
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeed() {
        // for JPA
    }

    /** A new feed and its secret, which is not kept. */
    public record Issued(CalendarFeed feed, String secret) {
    }

    public static Issued issue(UUID staffId, String by, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarFeed feed = new CalendarFeed();
        feed.id = UUID.randomUUID();
        feed.staffId = staffId;
        feed.tokenHash = hash(secret);
        feed.createdBy = by;
        feed.createdAt = now;
        return new Issued(feed, secret);
    }

    public static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Whether the secret opens this feed, compared in constant time. */
    public boolean opensWith(String secret) {
        return revokedAt == null && MessageDigest.isEqual(tokenHash, hash(secret));
    }

    public void revoke(String by, Instant now) {
        if (revokedAt == null) {
            revokedBy = by;
            revokedAt = now;
        }
    }

    public UUID id() { return id; }
    public UUID staffId() { return staffId; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant revokedAt() { return revokedAt; }
}
