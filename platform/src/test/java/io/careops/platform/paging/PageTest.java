package io.careops.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a list's total is known from the page itself, and when it must be counted. */
class PageTest {

    @ParameterizedTest(name = "page {0}, size {1}, {2} items back -> total {4} ({3} counted: {5})")
    @CsvSource({
            // page, size, got, what the count query would say, total, count query run
            "0, 20, 7, 7, 7, false",        // first page, short: everything is on it
            "0, 20, 0, 0, 0, false",        // nothing at all
            "2, 20, 5, 45, 45, false",      // last page, short: 2 full pages before it
            "0, 20, 20, 20, 20, true",      // full page: there may be more
            "0, 20, 20, 57, 57, true",
            "3, 20, 20, 80, 80, true",
            "5, 20, 0, 45, 45, true",       // past the end: how far past only the count knows
            "30000000, 100, 0, 12, 12, true" // far past the end (page x size beyond 2^31)
    })
    void theTotalComesFromAShortPageOrFromTheCount(int page, int size, int got, long counted, long total,
            boolean countRun) {
        AtomicInteger counts = new AtomicInteger();
        assertEquals(total, Page.total(page, size, got, () -> {
            counts.incrementAndGet();
            return counted;
        }));
        assertEquals(countRun ? 1 : 0, counts.get());
    }
}
