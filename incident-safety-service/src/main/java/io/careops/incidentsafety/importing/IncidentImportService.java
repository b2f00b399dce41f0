package io.careops.incidentsafety.importing;

import io.careops.incidentsafety.importing.IncidentImports.ActionPlanImport;
import io.careops.incidentsafety.importing.IncidentImports.AnalysisImport;
import io.careops.incidentsafety.importing.IncidentImports.IncidentImport;
import io.careops.platform.importing.ImportBatchResponse;
import io.careops.platform.importing.LegacyImports;
import io.careops.platform.importing.ReconciliationResponse;
import jakarta.persistence.EntityManager;
import io.careops.platform.importing.LegacyImports.Pending;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Stores legacy incidents, analyses and plans as they were. Legacy numbers stay resolvable: an
 * incident keeps its INC- number as its reference when CareOps can hold it (else it gets a new
 * one and the legacy number is an alias), a plan keeps a SAP- number and a CAPA-/HSAP- number
 * becomes the alias of a fresh SAP number. Every legacy number resolves through
 * {@code GET /api/v1/import/legacy-references/{reference}}.
 */
@ApplicationScoped
public class IncidentImportService {

    public static final String INCIDENT = "scheduling.incidentreport";
    public static final String ANALYSIS = "incident_safety.rootcauseanalysis";
    public static final String CAPA = "incident_safety.correctivepreventiveaction";
    public static final String PLAN = "incident_safety.safetyactionplan";

    private static final Pattern INC = Pattern.compile("INC-(\\d{4})-(\\d{4,})");
    private static final Pattern SAP = Pattern.compile("SAP-(\\d{4})-(\\d{3,})");
    private static final Pattern LEGACY_PLAN = Pattern.compile("(CAPA|HSAP)-(\\d{4})-(\\d{3,})");
    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final LegacyImports imports;
    private final Clock clock;
    private final JsonWebToken caller;

    private final EntityManager entityManager;

    public IncidentImportService(LegacyImports imports, Clock clock, JsonWebToken caller, EntityManager entityManager) {
        this.imports = imports;
        this.clock = clock;
        this.caller = caller;
        this.entityManager = entityManager;
    }

    /** Imported incidents and action plans per home by status. */
    @Transactional
    public ReconciliationResponse reconciliation(LocalDate asOf) {
        List<ReconciliationResponse.Figure> figures = new ArrayList<>();
        figures.addAll(ReconciliationResponse.figures(entityManager, "incidents", """
                SELECT i.care_home_id, i.status, count(*) FROM incident i
                JOIN legacy_key k ON k.legacy_model = 'scheduling.incidentreport' AND k.entity_id = i.id GROUP BY 1, 2""", asOf));
        figures.addAll(ReconciliationResponse.figures(entityManager, "action plans", """
                SELECT p.care_home_id, p.status, count(*) FROM safety_action_plan p
                JOIN legacy_key k ON k.legacy_model IN ('incident_safety.safetyactionplan', 'incident_safety.correctivepreventiveaction')
                    AND k.entity_id = p.id GROUP BY 1, 2""", asOf));
        return new ReconciliationResponse(asOf, figures);
    }

    private String by() {
        return "legacy-import:" + caller.getName();
    }

    @Transactional
    public ImportBatchResponse incidents(List<IncidentImport> records, boolean dryRun) {
        return imports.run(INCIDENT, "incident", records, dryRun, (c, pending, dry) -> {
            Set<String> aliases = new HashSet<>();
            for (Pending<IncidentImport> p : pending) {
                IncidentImport r = p.record();
                String legacyReference = uniqueAlias(c, aliases, INCIDENT, r.legacyPk(), r.legacyReference(), p);
                String reference = p.existingReference();
                if (reference == null) {
                    Matcher inc = legacyReference == null ? null : INC.matcher(legacyReference);
                    if (inc != null && inc.matches() && text(c, "SELECT id FROM incident WHERE reference = ? AND id <> ?",
                            r.legacyReference(), p.id()) == null) {
                        reference = r.legacyReference();
                        reserve(c, "INC", Integer.parseInt(inc.group(1)), Integer.parseInt(inc.group(2)));
                    } else {
                        reference = next(c, "INC", r.incidentDate().getYear(), 4);
                        if (legacyReference != null) {
                            p.flag("NEW_REFERENCE: legacy number " + legacyReference + " could not be kept; it is now "
                                    + reference + " and the legacy number resolves as an alias");
                        }
                    }
                }
                p.reference(reference);
                p.legacyReference(legacyReference);
                p.careHome(r.careHomeId());
                if (r.incidentTime() == null) {
                    p.flag("TIME_UNKNOWN: no incident time in the legacy record; recorded at 00:00");
                }
                for (String[] notified : new String[][] {{"Care Inspectorate", String.valueOf(r.careInspectorateNotified())},
                        {"police", String.valueOf(r.policeNotified())}, {"local authority", String.valueOf(r.localAuthorityNotified())}}) {
                    if (Boolean.parseBoolean(notified[1])) {
                        p.flag("NOTIFIED_TIME_UNKNOWN: the legacy system says the " + notified[0]
                                + " was notified but kept no time; CareOps records no notification time");
                    }
                }
                if (dry) {
                    continue;
                }
                Instant occurred = r.incidentDate().atTime(r.incidentTime() == null ? LocalTime.MIDNIGHT : r.incidentTime())
                        .atZone(ZONE).toInstant();
                String status = r.closed() ? "CLOSED" : r.investigationRequested() ? "UNDER_INVESTIGATION" : "OPEN";
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO incident (id, reference, care_home_id, unit_id, occurred_at, reported_by, incident_type, severity,
                            risk_rating, location, description, immediate_actions, witnesses, injuries, body_map_completed,
                            gp_contacted, ambulance_called, hospital_attendance, hospital_admission, medical_notes, resident_name,
                            resident_date_of_birth, investigation_requested, care_inspectorate_reference, police_reference,
                            status, closed_at, closed_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET care_home_id = EXCLUDED.care_home_id, unit_id = EXCLUDED.unit_id,
                            occurred_at = EXCLUDED.occurred_at, reported_by = EXCLUDED.reported_by,
                            incident_type = EXCLUDED.incident_type, severity = EXCLUDED.severity, risk_rating = EXCLUDED.risk_rating,
                            location = EXCLUDED.location, description = EXCLUDED.description,
                            immediate_actions = EXCLUDED.immediate_actions, witnesses = EXCLUDED.witnesses,
                            injuries = EXCLUDED.injuries, body_map_completed = EXCLUDED.body_map_completed,
                            gp_contacted = EXCLUDED.gp_contacted, ambulance_called = EXCLUDED.ambulance_called,
                            hospital_attendance = EXCLUDED.hospital_attendance, hospital_admission = EXCLUDED.hospital_admission,
                            medical_notes = EXCLUDED.medical_notes, resident_name = EXCLUDED.resident_name,
                            resident_date_of_birth = EXCLUDED.resident_date_of_birth,
                            investigation_requested = EXCLUDED.investigation_requested,
                            care_inspectorate_reference = EXCLUDED.care_inspectorate_reference,
                            police_reference = EXCLUDED.police_reference, status = EXCLUDED.status,
                            closed_at = EXCLUDED.closed_at, closed_by = EXCLUDED.closed_by, updated_at = EXCLUDED.updated_at,
                            version = incident.version + 1""")) {
                    int i = 0;
                    s.setObject(++i, p.id());
                    s.setString(++i, reference);
                    s.setObject(++i, r.careHomeId());
                    s.setObject(++i, r.unitId());
                    s.setTimestamp(++i, Timestamp.from(occurred));
                    s.setString(++i, r.reportedBy());
                    s.setString(++i, r.incidentType());
                    s.setString(++i, r.severity());
                    s.setString(++i, r.riskRating());
                    s.setString(++i, r.location());
                    s.setString(++i, r.description());
                    s.setString(++i, r.immediateActions());
                    s.setString(++i, r.witnesses());
                    s.setString(++i, r.injuries());
                    s.setBoolean(++i, r.bodyMapCompleted());
                    s.setBoolean(++i, r.gpContacted());
                    s.setBoolean(++i, r.ambulanceCalled());
                    s.setBoolean(++i, r.hospitalAttendance());
                    s.setBoolean(++i, r.hospitalAdmission());
                    s.setString(++i, r.medicalNotes());
                    s.setString(++i, r.residentName());
                    s.setDate(++i, r.residentDateOfBirth() == null ? null : Date.valueOf(r.residentDateOfBirth()));
                    s.setBoolean(++i, r.investigationRequested());
                    s.setString(++i, blankToNull(r.careInspectorateReference()));
                    s.setString(++i, blankToNull(r.policeReference()));
                    s.setString(++i, status);
                    // No invented closing time: only a recorded closing day becomes one (its start).
                    s.setTimestamp(++i, r.closedOn() == null ? null : Timestamp.from(r.closedOn().atStartOfDay(ZONE).toInstant()));
                    s.setString(++i, r.closedBy());
                    s.setTimestamp(++i, now());
                    s.setTimestamp(++i, now());
                    s.executeUpdate();
                }
            }
        });
    }

    @Transactional
    public ImportBatchResponse analyses(List<AnalysisImport> records, boolean dryRun) {
        return imports.run(ANALYSIS, "root-cause-analysis", records, dryRun, (c, pending, dry) -> {
            for (Pending<AnalysisImport> p : pending) {
                AnalysisImport r = p.record();
                String home = text(c, "SELECT care_home_id::text FROM incident WHERE id = ?", r.incidentId());
                if (home == null && !dry) {
                    p.skip("incident " + r.incidentId() + " does not exist");
                    continue;
                }
                String other = text(c, "SELECT id::text FROM root_cause_analysis WHERE incident_id = ? AND id <> ?", r.incidentId(), p.id());
                if (other != null) {
                    p.skip("the incident already has another root cause analysis (" + other + "); CareOps holds one per incident");
                    continue;
                }
                if (home != null) {
                    p.careHome(UUID.fromString(home));
                }
                if (dry) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO root_cause_analysis (id, incident_id, method, lead_investigator, team, started_on, review_due_on,
                            completed_on, fishbone_framework, root_cause_summary, lessons_learned, recommendations, status,
                            reviewed_by, reviewed_at, review_comments, created_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'LEGACY', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET incident_id = EXCLUDED.incident_id, method = EXCLUDED.method,
                            lead_investigator = EXCLUDED.lead_investigator, team = EXCLUDED.team, started_on = EXCLUDED.started_on,
                            review_due_on = EXCLUDED.review_due_on, completed_on = EXCLUDED.completed_on,
                            root_cause_summary = EXCLUDED.root_cause_summary, lessons_learned = EXCLUDED.lessons_learned,
                            recommendations = EXCLUDED.recommendations, status = EXCLUDED.status,
                            reviewed_by = EXCLUDED.reviewed_by, reviewed_at = EXCLUDED.reviewed_at,
                            review_comments = EXCLUDED.review_comments, updated_at = EXCLUDED.updated_at,
                            version = root_cause_analysis.version + 1""")) {
                    int i = 0;
                    s.setObject(++i, p.id());
                    s.setObject(++i, r.incidentId());
                    s.setString(++i, r.method());
                    s.setString(++i, r.leadInvestigator());
                    s.setArray(++i, c.createArrayOf("text", (r.team() == null ? List.of() : r.team()).toArray()));
                    s.setDate(++i, Date.valueOf(r.startedOn()));
                    s.setDate(++i, r.reviewDueOn() == null ? null : Date.valueOf(r.reviewDueOn()));
                    s.setDate(++i, r.completedOn() == null ? null : Date.valueOf(r.completedOn()));
                    s.setString(++i, blankToNull(r.rootCauseSummary()));
                    s.setString(++i, blankToNull(r.lessonsLearned()));
                    s.setString(++i, blankToNull(r.recommendations()));
                    s.setString(++i, r.status());
                    s.setString(++i, r.reviewedBy());
                    s.setTimestamp(++i, r.reviewedAt() == null ? null : Timestamp.from(r.reviewedAt()));
                    s.setString(++i, blankToNull(r.reviewComments()));
                    s.setString(++i, by());
                    s.setTimestamp(++i, now());
                    s.setTimestamp(++i, now());
                    s.executeUpdate();
                }
                update(c, "DELETE FROM analysis_why WHERE analysis_id = ?", p.id());
                update(c, "DELETE FROM analysis_fishbone_cause WHERE analysis_id = ?", p.id());
                List<String> whys = r.whys() == null ? List.of() : r.whys();
                for (int n = 0; n < whys.size(); n++) {
                    update(c, "INSERT INTO analysis_why (analysis_id, node_key, parent_key, answer) VALUES (?, ?, ?, ?)",
                            p.id(), n + 1, n == 0 ? null : n, whys.get(n));
                }
                int position = 0;
                for (Map.Entry<String, List<String>> category : (r.causes() == null ? Map.<String, List<String>>of() : r.causes()).entrySet()) {
                    for (String cause : category.getValue()) {
                        update(c, "INSERT INTO analysis_fishbone_cause (analysis_id, position, category, cause) VALUES (?, ?, ?, ?)",
                                p.id(), position++, category.getKey(), cause);
                    }
                }
            }
        });
    }

    /**
     * Plans keep their whole history. The importer sends SAP- plans before CAPA-/HSAP- ones, and a
     * kept SAP number is reserved in the series first, so a fresh number never takes a legacy one.
     */
    @Transactional
    public ImportBatchResponse plans(String model, List<ActionPlanImport> records, boolean dryRun) {
        return imports.run(model, "safety-action-plan", records, dryRun, (c, pending, dry) -> {
            Set<String> aliases = new HashSet<>();
            for (Pending<ActionPlanImport> p : pending) {
                ActionPlanImport r = p.record();
                if (uniqueAlias(c, aliases, model, r.legacyPk(), r.legacyReference(), p) == null) {
                    p.skip("legacy number " + r.legacyReference() + " is already used by another legacy plan; "
                            + "two plans cannot share one number");
                    continue;
                }
                String home = text(c, "SELECT care_home_id::text FROM incident WHERE id = ?", r.incidentId());
                if (home == null && !dry) {
                    p.skip("incident " + r.incidentId() + " does not exist");
                    continue;
                }
                if (r.targetDate().isBefore(r.identifiedOn())) {
                    p.skip("target date " + r.targetDate() + " is before the plan was identified (" + r.identifiedOn() + ")");
                    continue;
                }
                String reference = p.existingReference();
                String alias = null;
                Matcher sap = SAP.matcher(r.legacyReference());
                if (sap.matches()) {
                    String holder = text(c, "SELECT id::text FROM safety_action_plan WHERE reference = ? AND id <> ?",
                            r.legacyReference(), p.id());
                    if (holder != null) {
                        p.skip("reference " + r.legacyReference() + " is already held by plan " + holder);
                        continue;
                    }
                    reference = r.legacyReference();
                    reserve(c, "SAP", Integer.parseInt(sap.group(1)), Integer.parseInt(sap.group(2)));
                } else {
                    Matcher legacy = LEGACY_PLAN.matcher(r.legacyReference());
                    legacy.matches();
                    alias = r.legacyReference();
                    String holder = text(c, "SELECT id::text FROM safety_action_plan WHERE legacy_reference = ? AND id <> ?", alias, p.id());
                    if (holder != null) {
                        p.skip("legacy number " + alias + " is already the alias of plan " + holder);
                        continue;
                    }
                    if (reference == null || !SAP.matcher(reference).matches()) {
                        reference = dry ? "SAP-" + legacy.group(2) + "-(next)" : next(c, "SAP", Integer.parseInt(legacy.group(2)), 3);
                    }
                    p.flag("ALIAS: legacy " + alias + " is now " + reference + "; the legacy number still resolves");
                }
                p.reference(reference);
                p.legacyReference(r.legacyReference());
                if (home != null) {
                    p.careHome(UUID.fromString(home));
                }
                if (dry) {
                    continue;
                }
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO safety_action_plan (id, reference, legacy_reference, care_home_id, incident_id, analysis_id,
                            action_type, priority, status, owner, supporting_staff, problem_statement, action_description,
                            expected_outcome, implementation_plan, resources_required, barriers, identified_on, target_date,
                            percent_complete, completed_on, verification_method, verified_by, verified_on, verification_outcome,
                            effectiveness_review_due, effectiveness_review_notes, created_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (id) DO UPDATE SET reference = EXCLUDED.reference, legacy_reference = EXCLUDED.legacy_reference,
                            care_home_id = EXCLUDED.care_home_id, incident_id = EXCLUDED.incident_id,
                            analysis_id = EXCLUDED.analysis_id, action_type = EXCLUDED.action_type, priority = EXCLUDED.priority,
                            status = EXCLUDED.status, owner = EXCLUDED.owner, supporting_staff = EXCLUDED.supporting_staff,
                            problem_statement = EXCLUDED.problem_statement, action_description = EXCLUDED.action_description,
                            expected_outcome = EXCLUDED.expected_outcome, implementation_plan = EXCLUDED.implementation_plan,
                            resources_required = EXCLUDED.resources_required, barriers = EXCLUDED.barriers,
                            identified_on = EXCLUDED.identified_on, target_date = EXCLUDED.target_date,
                            percent_complete = EXCLUDED.percent_complete, completed_on = EXCLUDED.completed_on,
                            verification_method = EXCLUDED.verification_method, verified_by = EXCLUDED.verified_by,
                            verified_on = EXCLUDED.verified_on, verification_outcome = EXCLUDED.verification_outcome,
                            effectiveness_review_due = EXCLUDED.effectiveness_review_due,
                            effectiveness_review_notes = EXCLUDED.effectiveness_review_notes,
                            updated_at = EXCLUDED.updated_at, version = safety_action_plan.version + 1""")) {
                    int i = 0;
                    s.setObject(++i, p.id());
                    s.setString(++i, reference);
                    s.setString(++i, alias);
                    s.setObject(++i, UUID.fromString(home));
                    s.setObject(++i, r.incidentId());
                    s.setObject(++i, r.analysisId());
                    s.setString(++i, r.actionType());
                    s.setString(++i, r.priority());
                    s.setString(++i, r.status());
                    s.setString(++i, blankToNull(r.owner()));
                    s.setArray(++i, c.createArrayOf("text", (r.supportingStaff() == null ? List.of() : r.supportingStaff()).toArray()));
                    s.setString(++i, r.problemStatement());
                    s.setString(++i, r.actionDescription());
                    s.setString(++i, blankToNull(r.expectedOutcome()));
                    s.setString(++i, blankToNull(r.implementationPlan()));
                    s.setString(++i, blankToNull(r.resourcesRequired()));
                    s.setString(++i, blankToNull(r.barriers()));
                    s.setDate(++i, Date.valueOf(r.identifiedOn()));
                    s.setDate(++i, Date.valueOf(r.targetDate()));
                    s.setInt(++i, r.percentComplete());
                    s.setDate(++i, r.completedOn() == null ? null : Date.valueOf(r.completedOn()));
                    s.setString(++i, blankToNull(r.verificationMethod()));
                    s.setString(++i, blankToNull(r.verifiedBy()));
                    s.setDate(++i, r.verifiedOn() == null ? null : Date.valueOf(r.verifiedOn()));
                    s.setString(++i, blankToNull(r.verificationOutcome()));
                    s.setDate(++i, r.effectivenessReviewDue() == null ? null : Date.valueOf(r.effectivenessReviewDue()));
                    s.setString(++i, blankToNull(r.effectivenessReviewNotes()));
                    s.setString(++i, r.createdBy());
                    s.setTimestamp(++i, Timestamp.from(r.createdAt()));
                    s.setTimestamp(++i, now());
                    s.executeUpdate();
                }
                // The history rows belong to the import: written again with fixed ids when the record changes.
                UUID carried = derived(p.id(), "transition");
                UUID progress = derived(p.id(), "progress");
                update(c, "DELETE FROM action_plan_transition WHERE id = ?", carried);
                update(c, "DELETE FROM action_plan_progress WHERE id = ?", progress);
                update(c, """
                        INSERT INTO action_plan_transition (id, plan_id, from_status, to_status, moved_by, moved_at, note)
                        VALUES (?, ?, NULL, ?, ?, ?, ?)""", carried, p.id(), r.status(), r.createdBy(), Timestamp.from(r.updatedAt()),
                        "carried over from the legacy system as " + r.legacyReference() + " in status " + r.status()
                                + (r.effectivenessReviewCompleted() ? "; effectiveness review completed there" : ""));
                if (r.progressNotes() != null && !r.progressNotes().isBlank()) {
                    update(c, """
                            INSERT INTO action_plan_progress (id, plan_id, recorded_by, recorded_at, percent_complete, note)
                            VALUES (?, ?, ?, ?, ?, ?)""", progress, p.id(), r.owner() == null || r.owner().isBlank() ? r.createdBy() : r.owner(),
                            Timestamp.from(r.updatedAt()), r.percentComplete(), r.progressNotes());
                }
            }
        });
    }

    /**
     * The legacy number if no other legacy record already resolves by it (nor one earlier in this
     * batch); otherwise null, flagged, so the record still imports under its new number.
     */
    private static String uniqueAlias(Connection c, Set<String> batch, String model, String pk, String legacyReference,
            Pending<?> p) throws SQLException {
        if (legacyReference == null) {
            return null;
        }
        String holder = text(c, "SELECT legacy_model || ' ' || legacy_pk FROM legacy_key WHERE legacy_reference = ? "
                + "AND NOT (legacy_model = ? AND legacy_pk = ?)", legacyReference, model, pk);
        if (holder != null || !batch.add(legacyReference)) {
            p.flag("DUPLICATE_LEGACY_NUMBER: " + legacyReference + " is also the number of legacy record "
                    + (holder != null ? holder : "earlier in this batch") + "; this record resolves only by its CareOps number");
            return null;
        }
        return legacyReference;
    }

    private static UUID derived(UUID id, String what) {
        return UUID.nameUUIDFromBytes((id + ":" + what).getBytes(StandardCharsets.UTF_8));
    }

    private static String next(Connection c, String series, int year, int digits) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO reference_counter (series, year, last_value) VALUES (?, ?, 1)
                ON CONFLICT (series, year) DO UPDATE SET last_value = reference_counter.last_value + 1
                RETURNING last_value""")) {
            s.setString(1, series);
            s.setInt(2, year);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return String.format("%s-%d-%0" + digits + "d", series, year, rows.getInt(1));
            }
        }
    }

    private static void reserve(Connection c, String series, int year, int value) throws SQLException {
        update(c, """
                INSERT INTO reference_counter (series, year, last_value) VALUES (?, ?, ?)
                ON CONFLICT (series, year) DO UPDATE SET last_value = GREATEST(reference_counter.last_value, EXCLUDED.last_value)""",
                series, year, value);
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static String text(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
