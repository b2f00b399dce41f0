package io.careops.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every CareOps table carries: when the row was created and last changed, and an
 * optimistic-lock version, so two people saving the same record cannot silently overwrite each
 * other (the loser gets 409).
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    /** Call once, when the record comes into being. */
    protected void created(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Call on every change of the record's content. */
    protected void changed(Instant now) {
        this.updatedAt = now;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The optimistic-lock version: what a client sends back (If-Match, or in the body) to change the record. */
    public long version() {
        return version;
    }
}
