package io.careops.incidentsafety.analysis.domain;

import java.util.List;

/** A five-whys answer and the causes found for it, as clients send and read the tree. */
public record Why(String answer, List<Why> causes) {
}
