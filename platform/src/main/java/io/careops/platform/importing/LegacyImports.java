package io.careops.platform.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The idempotent part of every import endpoint: legacy keys ({@code legacy_key}, unique per legacy
 * model and pk), content hashes and findings. A record whose legacy key is known with the same
 * content hash is UNCHANGED and never touched; the others go to the service's handler, which
 * applies the service's own rules and writes. The caller's transaction holds the whole batch, so
 * a batch is written wholly or not at all, and a dry run is the same work rolled back.
 */
@ApplicationScoped
public class LegacyImports {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionManager transactions;

    public LegacyImports(EntityManager entityManager, ObjectMapper json, Clock clock, TransactionManager transactions) {
        this.entityManager = entityManager;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Writes (or, in a dry run, only decides) one batch. */
    @FunctionalInterface
    public interface Handler<T extends LegacyRecord> {
        void apply(Connection connection, List<Pending<T>> pending, boolean dryRun) throws SQLException;
    }

    /** A record to create or update; the handler sets what it decided. */
    public static final class Pending<T extends LegacyRecord> {
        private final T record;
        private final String hash;
        private final boolean known;
        private UUID id;
        private String code;
        private UUID careHomeId;
        private String reference;
        private String legacyReference;
        private String skipReason;
        private final List<String> findings;

        Pending(T record, String hash, boolean known, UUID id, String code, String reference) {
            this.record = record;
            this.hash = hash;
            this.known = known;
            this.id = id;
            this.code = code;
            this.reference = reference;
            this.findings = new ArrayList<>(record.findings() == null ? List.of() : record.findings());
        }

        public T record() { return record; }
        /** Imported before (with other content): the handler updates record {@link #id()}. */
        public boolean known() { return known; }
        /** The record's id: the stored one when known, else a new one derived from the legacy key. */
        public UUID id() { return id; }
        public String existingReference() { return reference; }
        public void skip(String reason) { this.skipReason = reason; }
        public boolean skipped() { return skipReason != null; }
        public void flag(String finding) { findings.add(finding); }
        public void id(UUID id) { this.id = id; }
        public void code(String code) { this.code = code; }
        public void careHome(UUID careHomeId) { this.careHomeId = careHomeId; }
        public void reference(String reference) { this.reference = reference; }
        public void legacyReference(String legacyReference) { this.legacyReference = legacyReference; }
    }

    /**
     * The id a legacy record gets in CareOps: derived from its legacy key, so a dry run answers
     * the ids the real run will create and a later batch of the same dry run can refer to them.
     */
    public static UUID idFor(String model, String pk) {
        return UUID.nameUUIDFromBytes(("careops-legacy:" + model + ":" + pk).getBytes(StandardCharsets.UTF_8));
    }

    public <T extends LegacyRecord> ImportBatchResponse run(String model, String entityType, List<T> records,
            boolean dryRun, Handler<T> handler) {
        Session session = entityManager.unwrap(Session.class);
        List<ImportOutcome> outcomes = session.doReturningWork(connection -> {
            try {
                return runBatch(connection, model, entityType, records, dryRun, handler);
            } catch (SQLException e) {
                throw refused(e);
            }
        });
        if (dryRun) {
            try {
                transactions.setRollbackOnly();
            } catch (Exception e) {
                throw new IllegalStateException("a dry run must never commit", e);
            }
        }
        return ImportBatchResponse.of(model, dryRun, outcomes);
    }

    private static ProblemException refused(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("23")) {
            // integrity constraint: a record the handler's checks let through; nothing is written
            return new ProblemException(ProblemType.RULE_VIOLATION, "The batch was refused and nothing of it written: "
                    + firstLine(e.getMessage()));
        }
        throw new IllegalStateException(e);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private <T extends LegacyRecord> List<ImportOutcome> runBatch(Connection connection, String model, String entityType,
            List<T> records, boolean dryRun, Handler<T> handler) throws SQLException {
        Set<String> pks = new LinkedHashSet<>();
        records.forEach(r -> pks.add(r.legacyPk()));
        Map<String, Stored> stored = load(connection, model, pks);
        ImportOutcome[] outcomes = new ImportOutcome[records.size()];
        List<Pending<T>> pending = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            T record = records.get(i);
            if (!seen.add(record.legacyPk())) {
                outcomes[i] = ImportOutcome.skipped(model, record.legacyPk(), "duplicate pk " + record.legacyPk() + " in the batch");
                continue;
            }
            String hash = hash(record);
            Stored known = stored.get(record.legacyPk());
            if (known != null && known.hash.equals(hash)) {
                outcomes[i] = new ImportOutcome(model, record.legacyPk(), ImportOutcome.Result.UNCHANGED, known.id, known.code,
                        known.reference, null, known.findings);
                continue;
            }
            pending.add(new Pending<>(record, hash, known != null, known != null ? known.id : idFor(model, record.legacyPk()),
                    known != null ? known.code : null, known != null ? known.reference : null));
            positions.add(i);
        }
        if (!pending.isEmpty()) {
            handler.apply(connection, pending, dryRun);
        }
        List<Pending<T>> written = new ArrayList<>();
        for (int p = 0; p < pending.size(); p++) {
            Pending<T> done = pending.get(p);
            String pk = done.record.legacyPk();
            if (done.skipped()) {
                outcomes[positions.get(p)] = ImportOutcome.skipped(model, pk, done.skipReason);
            } else {
                written.add(done);
                outcomes[positions.get(p)] = new ImportOutcome(model, pk,
                        done.known ? ImportOutcome.Result.UPDATED : ImportOutcome.Result.CREATED, done.id, done.code,
                        done.reference, null, List.copyOf(done.findings));
            }
        }
        if (!written.isEmpty()) {
            save(connection, model, entityType, written);
        }
        return Arrays.asList(outcomes);
    }

    private record Stored(UUID id, String code, String hash, String reference, List<String> findings) {
    }

    private static Map<String, Stored> load(Connection connection, String model, Set<String> pks) throws SQLException {
        Map<String, Stored> result = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT legacy_pk, entity_id, entity_code, content_hash, reference, findings FROM legacy_key
                WHERE legacy_model = ? AND legacy_pk = ANY (?)""")) {
            select.setString(1, model);
            select.setArray(2, connection.createArrayOf("text", pks.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Array findings = rows.getArray(6);
                    result.put(rows.getString(1), new Stored(rows.getObject(2, UUID.class), rows.getString(3), rows.getString(4),
                            rows.getString(5), List.of((String[]) findings.getArray())));
                }
            }
        }
        return result;
    }

    private <T extends LegacyRecord> void save(Connection connection, String model, String entityType, List<Pending<T>> written)
            throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO legacy_key (legacy_model, legacy_pk, entity_type, entity_id, entity_code, care_home_id,
                                        legacy_reference, reference, content_hash, findings, first_imported_at, last_imported_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (legacy_model, legacy_pk) DO UPDATE SET entity_id = EXCLUDED.entity_id,
                    entity_code = EXCLUDED.entity_code, care_home_id = EXCLUDED.care_home_id,
                    legacy_reference = EXCLUDED.legacy_reference, reference = EXCLUDED.reference,
                    content_hash = EXCLUDED.content_hash, findings = EXCLUDED.findings,
                    last_imported_at = EXCLUDED.last_imported_at""")) {
            for (Pending<T> p : written) {
                upsert.setString(1, model);
                upsert.setString(2, p.record.legacyPk());
                upsert.setString(3, entityType);
                upsert.setObject(4, p.id);
                upsert.setString(5, p.code);
                upsert.setObject(6, p.careHomeId);
                upsert.setString(7, p.legacyReference);
                upsert.setString(8, p.reference);
                upsert.setString(9, p.hash);
                upsert.setArray(10, connection.createArrayOf("text", p.findings.toArray()));
                upsert.setTimestamp(11, now);
                upsert.setTimestamp(12, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private String hash(Object record) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(record));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
