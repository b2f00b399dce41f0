package io.careops.compliance.readside;

import io.careops.compliance.certification.domain.CertificationStatus;
import io.careops.compliance.certification.domain.CertificationType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The batch staff status's rules over certifications laid out in arrays: for a person on a day, the
 * critical or mandatory types not valid on it. The rules are the training matrix's (a certification
 * speaks for a day when {@link ComplianceReadRepository.Held#inForceOn in force} on it; of several of
 * one type, the best by {@link ComplianceMatrix#bestFirst}; {@link CertificationStatus#on} decides
 * its status), said here on days as integers (days since 1970-01-01) so that judging thousands of
 * people needs no map, comparator or date object per person (issue 15: the map-and-record form was a
 * quarter of the request's CPU). Pure; one per request, never shared between threads.
 *
 * <p>Fill it with {@link #add} (in any order), then ask {@link #notValid}. A type counts for a person
 * when it is mandatory for their role (missing counts then), or when it is critical and they hold one
 * in force; a person with no role is only checked on what they hold. Answered critical types first,
 * then by type code.
 */
public final class StatusJudge {

    /** No expiry date, or no renewal: later than any day. */
    static final int NEVER = Integer.MAX_VALUE;
    private static final String MISSING = "MISSING";
    private static final CertificationStatus[] STATUSES = CertificationStatus.values();

    private final List<Type> types;
    private final Map<String, Integer> typeIndex = new HashMap<>();
    private final List<Set<String>> mandatoryRoles;
    private final Map<String, boolean[]> mandatoryByRole = new HashMap<>();
    private final boolean[] noRole;
    /** The MISSING verdict of each type: the same for everyone (MISSING is only ever mandatory). */
    private final ComplianceReadRepository.NotValid[] missing;
    private final int people;

    // One entry per certification, in the order added.
    private int size;
    private int[] person = new int[1024];
    private int[] type = new int[1024];
    private int[] issued = new int[1024];
    private int[] expires = new int[1024];
    private int[] window = new int[1024];
    private int[] renewed = new int[1024];
    private boolean[] awaiting = new boolean[1024];
    private boolean[] rejected = new boolean[1024];
    /** Built on the first question: certifications grouped by person, {@code byPerson[first[p] .. first[p + 1])}. */
    private int[] first;
    private int[] byPerson;
    /** Per type, the best certification so far for the person being judged (-1: none). */
    private final int[] best;

    /** What the judge needs of an active certification type. */
    public record Type(String code, String name, boolean critical, Set<String> mandatoryRoles) {

        public static Type of(CertificationType type) {
            return new Type(type.code(), type.name(), type.critical(), Set.copyOf(type.mandatoryRoles()));
        }
    }

    /**
     * @param activeTypes the active types (any order); certifications of other types are ignored
     * @param people      how many people the certifications are added for (indices 0 .. people - 1)
     */
    public StatusJudge(List<Type> activeTypes, int people) {
        this.types = activeTypes.stream()
                .sorted(Comparator.comparing(Type::critical).reversed().thenComparing(Type::code))
                .toList();
        this.people = people;
        this.mandatoryRoles = new ArrayList<>(types.size());
        this.missing = new ComplianceReadRepository.NotValid[types.size()];
        for (int t = 0; t < types.size(); t++) {
            Type each = types.get(t);
            typeIndex.put(each.code(), t);
            mandatoryRoles.add(each.mandatoryRoles());
            missing[t] = new ComplianceReadRepository.NotValid(each.code(), each.name(), each.critical(), true, MISSING, null);
        }
        this.noRole = new boolean[types.size()];
        this.best = new int[types.size()];
    }

    /** The index of an active type, or -1. */
    public int typeIndex(String code) {
        Integer index = typeIndex.get(code);
        return index == null ? -1 : index;
    }

    /**
     * A certification of person {@code personIndex}; days as days since 1970-01-01, {@link #NEVER}
     * for no expiry or no renewal ({@code renewedOn}: the issue day of the renewal that replaced it).
     * A type index of -1 (not an active type) is ignored.
     */
    public void add(int personIndex, int typeIndex, int issueDay, int expiryDay, int alertWindowDays,
            boolean awaitingEvidence, boolean isRejected, int renewedOn) {
        if (typeIndex < 0) {
            return;
        }
        if (personIndex < 0 || personIndex >= people) {
            throw new IllegalArgumentException("person " + personIndex + " of " + people);
        }
        if (size == person.length) {
            int grown = size * 2;
            person = Arrays.copyOf(person, grown);
            type = Arrays.copyOf(type, grown);
            issued = Arrays.copyOf(issued, grown);
            expires = Arrays.copyOf(expires, grown);
            window = Arrays.copyOf(window, grown);
            renewed = Arrays.copyOf(renewed, grown);
            awaiting = Arrays.copyOf(awaiting, grown);
            rejected = Arrays.copyOf(rejected, grown);
        }
        person[size] = personIndex;
        type[size] = typeIndex;
        issued[size] = issueDay;
        expires[size] = expiryDay;
        window[size] = alertWindowDays;
        awaiting[size] = awaitingEvidence;
        rejected[size] = isRejected;
        renewed[size] = renewedOn;
        first = null;
        size++;
    }

    /** Certifications grouped by person, keeping the order they were added in (a counting sort). */
    private void group() {
        first = new int[people + 1];
        for (int c = 0; c < size; c++) {
            first[person[c] + 1]++;
        }
        for (int p = 0; p < people; p++) {
            first[p + 1] += first[p];
        }
        int[] next = Arrays.copyOf(first, people);
        byPerson = new int[size];
        for (int c = 0; c < size; c++) {
            byPerson[next[person[c]]++] = c;
        }
    }

    /**
     * The critical or mandatory types not valid for person {@code personIndex}, of role {@code roleCode}
     * (null or empty: none), on {@code day}. An empty answer is {@link List#of()}.
     */
    public List<ComplianceReadRepository.NotValid> notValid(int personIndex, String roleCode, LocalDate day) {
        if (first == null) {
            group();
        }
        int today = Math.toIntExact(day.toEpochDay());
        Arrays.fill(best, -1);
        for (int i = first[personIndex]; i < first[personIndex + 1]; i++) {
            int c = byPerson[i];
            if (issued[c] <= today && renewed[c] > today) {
                int t = type[c];
                if (best[t] < 0 || compare(c, best[t], today) <= 0) {
                    best[t] = c;
                }
            }
        }
        boolean[] mandatory = mandatoryFor(roleCode);
        List<ComplianceReadRepository.NotValid> answer = null;
        for (int t = 0; t < best.length; t++) {
            int held = best[t];
            if (!mandatory[t] && !(held >= 0 && types.get(t).critical())) {
                continue;
            }
            ComplianceReadRepository.NotValid verdict;
            if (held < 0) {
                verdict = missing[t];
            } else {
                int status = status(held, today);
                if (status <= 1) {
                    continue; // VALID or EXPIRING_SOON: covered
                }
                Type each = types.get(t);
                verdict = new ComplianceReadRepository.NotValid(each.code(), each.name(), each.critical(), mandatory[t],
                        STATUSES[status].name(), expires[held] == NEVER ? null : LocalDate.ofEpochDay(expires[held]));
            }
            if (answer == null) {
                answer = new ArrayList<>(4);
            }
            answer.add(verdict);
        }
        return answer == null ? List.of() : answer;
    }

    private boolean[] mandatoryFor(String roleCode) {
        if (roleCode == null || roleCode.isEmpty()) {
            return noRole;
        }
        return mandatoryByRole.computeIfAbsent(roleCode, role -> {
            boolean[] mandatory = new boolean[types.size()];
            for (int t = 0; t < mandatory.length; t++) {
                mandatory[t] = mandatoryRoles.get(t).contains(role);
            }
            return mandatory;
        });
    }

    /** {@link CertificationStatus#on} as the ordinal of the status (VALID 0, EXPIRING_SOON 1, EXPIRED 2, PENDING 3, REJECTED 4). */
    private int status(int c, int day) {
        if (rejected[c]) {
            return CertificationStatus.REJECTED.ordinal();
        }
        if (awaiting[c]) {
            return CertificationStatus.PENDING.ordinal();
        }
        if (expires[c] == NEVER) {
            return CertificationStatus.VALID.ordinal();
        }
        if (day > expires[c]) {
            return CertificationStatus.EXPIRED.ordinal();
        }
        return (long) day < (long) expires[c] - window[c] ? CertificationStatus.VALID.ordinal()
                : CertificationStatus.EXPIRING_SOON.ordinal();
    }

    /**
     * {@link ComplianceMatrix#bestFirst} without its last tie-break, the certification's id: negative
     * when {@code a} ranks before {@code b} on the day. Two certifications that tie on everything
     * else give the same verdict (the same status rank, which for a lapse is the status itself, and
     * the same expiry date), so which of them speaks never changes the answer, and the ids need not
     * be read (issue 15: a tenth of the statement's work in PostgreSQL).
     */
    private int compare(int a, int b, int day) {
        int byStatus = Integer.compare(rank(status(a, day)), rank(status(b, day)));
        if (byStatus != 0) {
            return byStatus;
        }
        int byExpiry = Integer.compare(expires[b], expires[a]); // none first, then the latest
        if (byExpiry != 0) {
            return byExpiry;
        }
        return Integer.compare(issued[b], issued[a]);
    }

    /** Covers (valid or expiring soon) 0, expired 1, awaiting evidence 2, rejected 3. */
    private static int rank(int status) {
        return status <= 1 ? 0 : status - 1;
    }
}
