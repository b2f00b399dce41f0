package io.careops.platform.importing;

import java.util.List;

/**
 * One record of a legacy export as the importer sends it to an import endpoint, already mapped to
 * CareOps terms. {@code findings} are what the importer had to decide on the way (a derived date,
 * a placeholder removed); the service adds the findings of its own rules.
 */
public interface LegacyRecord {

    /** The legacy primary key, as text (staff numbers keep their leading zeros). */
    String legacyPk();

    List<String> findings();
}
