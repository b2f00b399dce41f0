package io.careops.platform.paging;

import io.quarkus.panache.common.Parameters;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Builds a Panache where-clause from optional list filters, always starting with the caller's
 * care-home scope, so no list can forget it.
 */
public final class QueryFilter {

    private static final UUID NO_HOME = new UUID(0, 0);

    private final StringBuilder where = new StringBuilder("1 = 1");
    private final Parameters parameters = new Parameters();

    private QueryFilter() {
    }

    /** Restricts {@code field} to the visible homes; an empty restriction means every home. */
    public static QueryFilter scopedTo(String field, Optional<Set<UUID>> visibleHomes) {
        QueryFilter filter = new QueryFilter();
        visibleHomes.ifPresent(homes -> {
            filter.where.append(" and ").append(field).append(" in :visibleHomes");
            filter.parameters.and("visibleHomes", homes.isEmpty() ? Set.of(NO_HOME) : homes);
        });
        return filter;
    }

    /** Adds {@code field = value} unless the value was not given. */
    public QueryFilter equal(String field, Object value) {
        return compare(field, "=", value);
    }

    /** Adds {@code field >= value} unless the value was not given. */
    public QueryFilter atLeast(String field, Object value) {
        return compare(field, ">=", value);
    }

    /** Adds {@code field <= value} unless the value was not given. */
    public QueryFilter atMost(String field, Object value) {
        return compare(field, "<=", value);
    }

    private QueryFilter compare(String field, String operator, Object value) {
        if (value != null) {
            String name = "p" + parameters.map().size();
            where.append(" and ").append(field).append(' ').append(operator).append(" :").append(name);
            parameters.and(name, value);
        }
        return this;
    }

    /** Adds a condition of its own, with its named parameters; for what a comparison cannot say. */
    public QueryFilter and(String condition, Parameters conditionParameters) {
        where.append(" and (").append(condition).append(')');
        conditionParameters.map().forEach(parameters::and);
        return this;
    }

    public String where() {
        return where.toString();
    }

    public Parameters parameters() {
        return parameters;
    }
}
