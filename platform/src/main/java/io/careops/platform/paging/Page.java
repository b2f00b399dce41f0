package io.careops.platform.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** The envelope of every list: {@code {items, page, size, totalItems, totalPages}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> toResponse) {
        List<T> items = query.page(io.quarkus.panache.common.Page.of(request.page(), request.size())).list().stream()
                .map(toResponse).toList();
        long total = total(request.page(), request.size(), items.size(), query::count);
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), total, pages);
    }

    /**
     * The number of items in all pages. A page that came back short is the last one, so the total
     * is known without asking: only a full page, or an empty page after the first (past the end),
     * needs the count query, which Hibernate builds anew for every call.
     */
    static long total(int page, int size, int got, LongSupplier count) {
        if (got < size && (got > 0 || page == 0)) {
            return (long) page * size + got;
        }
        return count.getAsLong();
    }
}
