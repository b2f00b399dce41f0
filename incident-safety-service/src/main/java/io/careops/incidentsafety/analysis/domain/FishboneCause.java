package io.careops.incidentsafety.analysis.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class FishboneCause {

    private int position;
    @Enumerated(EnumType.STRING)
    private FishboneCategory category;
    private String cause;

    protected FishboneCause() {
        // for JPA
    }

    FishboneCause(int position, FishboneCategory category, String cause) {
        this.position = position;
        this.category = category;
        this.cause = cause;
    }

    public int position() { return position; }
    public FishboneCategory category() { return category; }
    public String cause() { return cause; }
}
