package io.careops.scheduling.rotahealth.domain;

/** One of the nine components of rota health: pure, it reads only the snapshot. */
public interface Scorer {

    /** The component for the days {@code days} (within the snapshot's days). */
    Component score(RotaSnapshot snapshot, Days days);
}
