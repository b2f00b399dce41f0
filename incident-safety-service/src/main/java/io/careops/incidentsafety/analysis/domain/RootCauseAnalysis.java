package io.careops.incidentsafety.analysis.domain;

import io.careops.incidentsafety.lifecycle.IllegalTransitionException;
import io.careops.platform.persistence.AuditedEntity;
import io.careops.platform.problem.ProblemException;
import io.careops.platform.problem.ProblemType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The investigation of one incident: how it was analysed, what caused it, what was learnt. */
@Entity
@Table(name = "root_cause_analysis")
public class RootCauseAnalysis extends AuditedEntity {

    /** A five-whys tree deeper than this is a list of guesses, not a chain of causes. */
    static final int MAX_WHY_DEPTH = 10;
    static final int MAX_WHY_NODES = 200;

    @Id
    private UUID id;
    @Column(name = "incident_id")
    private UUID incidentId;
    @Enumerated(EnumType.STRING)
    private AnalysisMethod method;
    @Column(name = "lead_investigator")
    private String leadInvestigator;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] team;
    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "review_due_on")
    private LocalDate reviewDueOn;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "fishbone_framework")
    private FishboneFramework fishboneFramework;
    @Column(name = "root_cause_summary")
    private String rootCauseSummary;
    @Column(name = "lessons_learned")
    private String lessonsLearned;
    private String recommendations;
    @Enumerated(EnumType.STRING)
    private AnalysisStatus status;
    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_comments")
    private String reviewComments;
    @Column(name = "created_by")
    private String createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "analysis_why", joinColumns = @JoinColumn(name = "analysis_id"))
    @OrderBy("nodeKey")
    private List<WhyNode> whys = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "analysis_fishbone_cause", joinColumns = @JoinColumn(name = "analysis_id"))
    @OrderBy("position")
    private List<FishboneCause> fishbone = new ArrayList<>();

    protected RootCauseAnalysis() {
        // for JPA
    }

    /** The analysis as the investigators write it. */
    public record Content(AnalysisMethod method, String leadInvestigator, List<String> team, LocalDate startedOn,
            LocalDate reviewDueOn, LocalDate completedOn, FishboneFramework fishboneFramework, List<Why> fiveWhys,
            Map<FishboneCategory, List<String>> fishbone, String rootCauseSummary, String lessonsLearned,
            String recommendations) {
    }

    public static RootCauseAnalysis start(UUID incidentId, Content content, String by, LocalDate today, Instant now) {
        RootCauseAnalysis analysis = new RootCauseAnalysis();
        analysis.id = UUID.randomUUID();
        analysis.incidentId = incidentId;
        analysis.status = AnalysisStatus.IN_PROGRESS;
        analysis.createdBy = by;
        analysis.apply(content, today);
        analysis.created(now);
        return analysis;
    }

    /** Investigators change the content while the analysis is in progress, and only then. */
    public void revise(Content content, LocalDate today, Instant now) {
        if (status != AnalysisStatus.IN_PROGRESS) {
            throw ProblemException.conflict("the analysis is " + status + ": it can be changed only while IN_PROGRESS");
        }
        apply(content, today);
        changed(now);
    }

    private void apply(Content content, LocalDate today) {
        if (content.startedOn().isAfter(today)) {
            throw ProblemException.ruleViolation("startedOn", "must not be in the future");
        }
        if (content.reviewDueOn() != null && content.reviewDueOn().isBefore(content.startedOn())) {
            throw ProblemException.ruleViolation("reviewDueOn", "must not be before startedOn");
        }
        if (content.completedOn() != null && (content.completedOn().isBefore(content.startedOn()) || content.completedOn().isAfter(today))) {
            throw ProblemException.ruleViolation("completedOn", "must be between startedOn and today");
        }
        FishboneFramework framework = content.fishboneFramework() == null ? FishboneFramework.LEGACY : content.fishboneFramework();
        List<FishboneCause> causes = new ArrayList<>();
        content.fishbone().forEach((category, texts) -> {
            if (category.framework() != framework) {
                throw ProblemException.ruleViolation("fishbone." + category,
                        "is not a category of the " + framework + " framework; its categories are " + framework.categories());
            }
            for (String text : texts) {
                causes.add(new FishboneCause(causes.size(), category, text.strip()));
            }
        });
        List<WhyNode> nodes = new ArrayList<>();
        flatten(content.fiveWhys(), null, 1, nodes);
        method = content.method();
        leadInvestigator = content.leadInvestigator().strip();
        team = content.team().stream().map(String::strip).distinct().toArray(String[]::new);
        startedOn = content.startedOn();
        reviewDueOn = content.reviewDueOn();
        completedOn = content.completedOn();
        fishboneFramework = framework;
        rootCauseSummary = content.rootCauseSummary();
        lessonsLearned = content.lessonsLearned();
        recommendations = content.recommendations();
        whys.clear();
        whys.addAll(nodes);
        fishbone.clear();
        fishbone.addAll(causes);
    }

    private static void flatten(List<Why> answers, Integer parentKey, int depth, List<WhyNode> into) {
        if (answers == null) {
            return;
        }
        if (!answers.isEmpty() && depth > MAX_WHY_DEPTH) {
            throw ProblemException.ruleViolation("fiveWhys", "a five-whys tree may be at most " + MAX_WHY_DEPTH + " levels deep");
        }
        for (Why answer : answers) {
            int key = into.size() + 1;
            if (key > MAX_WHY_NODES) {
                throw ProblemException.ruleViolation("fiveWhys", "a five-whys tree may hold at most " + MAX_WHY_NODES + " answers");
            }
            into.add(new WhyNode(key, parentKey, answer.answer().strip()));
            flatten(answer.causes(), key, depth + 1, into);
        }
    }

    /**
     * Moves the analysis. Submitting needs a root cause and lessons; approval and rejection are
     * by a manager who is not the lead investigator; a rejection says why.
     */
    public void moveTo(AnalysisStatus target, String note, String by, boolean byManager, LocalDate today, Instant now) {
        if (!status.allowedNext().contains(target)) {
            throw new IllegalTransitionException("Analysis", status, target, status.allowedNext());
        }
        switch (target) {
            case UNDER_REVIEW -> {
                if (isBlank(rootCauseSummary)) {
                    throw ProblemException.ruleViolation("rootCauseSummary", "an analysis goes to review with its root cause summary");
                }
                if (isBlank(lessonsLearned)) {
                    throw ProblemException.ruleViolation("lessonsLearned", "an analysis goes to review with its lessons learned");
                }
            }
            case APPROVED, REJECTED -> {
                if (!byManager) {
                    throw new ProblemException(ProblemType.FORBIDDEN, "only a manager may approve or reject an analysis");
                }
                if (by.equals(leadInvestigator)) {
                    throw ProblemException.ruleViolation("to", "the lead investigator cannot review their own analysis");
                }
                if (target == AnalysisStatus.REJECTED && isBlank(note)) {
                    throw ProblemException.ruleViolation("note", "a rejection must say what to change");
                }
                reviewedBy = by;
                reviewedAt = now;
                reviewComments = note;
                if (target == AnalysisStatus.APPROVED && completedOn == null) {
                    completedOn = today;
                }
            }
            default -> {
                // back to work after a rejection: nothing to check
            }
        }
        status = target;
        changed(now);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The five-whys tree rebuilt from its flat rows. */
    public List<Why> fiveWhys() {
        Map<Integer, List<WhyNode>> children = new LinkedHashMap<>();
        for (WhyNode node : whys) {
            children.computeIfAbsent(node.parentKey() == null ? 0 : node.parentKey(), key -> new ArrayList<>()).add(node);
        }
        return tree(0, children);
    }

    private static List<Why> tree(int parent, Map<Integer, List<WhyNode>> children) {
        return children.getOrDefault(parent, List.of()).stream()
                .map(node -> new Why(node.answer(), tree(node.key(), children))).toList();
    }

    /** Every category of the framework, with its causes (possibly none), in framework order. */
    public Map<FishboneCategory, List<String>> fishbone() {
        Map<FishboneCategory, List<String>> result = new LinkedHashMap<>();
        fishboneFramework.categories().forEach(category -> result.put(category, new ArrayList<>()));
        fishbone.forEach(cause -> result.computeIfAbsent(cause.category(), key -> new ArrayList<>()).add(cause.cause()));
        return result;
    }

    public UUID id() { return id; }
    public UUID incidentId() { return incidentId; }
    public AnalysisMethod method() { return method; }
    public String leadInvestigator() { return leadInvestigator; }
    public List<String> team() { return List.of(team); }
    public LocalDate startedOn() { return startedOn; }
    public LocalDate reviewDueOn() { return reviewDueOn; }
    public LocalDate completedOn() { return completedOn; }
    public FishboneFramework fishboneFramework() { return fishboneFramework; }
    public String rootCauseSummary() { return rootCauseSummary; }
    public String lessonsLearned() { return lessonsLearned; }
    public String recommendations() { return recommendations; }
    public AnalysisStatus status() { return status; }
    public String reviewedBy() { return reviewedBy; }
    public Instant reviewedAt() { return reviewedAt; }
    public String reviewComments() { return reviewComments; }
    public String createdBy() { return createdBy; }
}
