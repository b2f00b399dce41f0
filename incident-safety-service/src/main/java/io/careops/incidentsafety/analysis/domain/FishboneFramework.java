package io.careops.incidentsafety.analysis.domain;

import java.util.Arrays;
import java.util.List;

/** The legacy five fishbone categories (the default) or the NPSA nine (docs/domain.md section 5). */
public enum FishboneFramework {
    LEGACY,
    NPSA;

    public List<FishboneCategory> categories() {
        return Arrays.stream(FishboneCategory.values()).filter(category -> category.framework() == this).toList();
    }
}
