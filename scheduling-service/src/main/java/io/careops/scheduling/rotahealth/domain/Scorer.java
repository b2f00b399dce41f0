package io.careops.scheduling.rotahealth.domain;

import java.util.List;

/** One of the nine components of rota health: pure, it reads only the snapshot. */
public interface Scorer {

    /** The component for the days {@code days} (within the snapshot's days). */
    Component score(RotaSnapshot snapshot, Days days);

    /**
     * The component for each run of days (a history's weeks), in order: each exactly what
     * {@link #score} gives for it. A scorer may share work between the runs.
     */
    /**
     * Whether the component reads compliance's answer ({@link RotaSnapshot#certifications}); those
     * that do not are scored while compliance is still answering.
     */
    default boolean readsCertifications() {
        return false;
    }

    default List<Component> scoreEach(RotaSnapshot snapshot, List<Days> runs) {
        return runs.stream().map(days -> score(snapshot, days)).toList();
    }
}
