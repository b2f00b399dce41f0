package io.careops.scheduling.rotahealth;

import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.rotahealth.service.ComplianceCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rota health's compliance calls: on a bounded pool (a fixed number of threads and a queue as
 * long), a call the pool has not begun when its answer is needed made on the caller's thread,
 * each call made once.
 */
class ComplianceCallsTest {

    @ParameterizedTest(name = "configured {0} -> {1} thread(s)")
    @CsvSource({"4, 4", "1, 1", "0, 1", "-2, 1"})
    void threads(int configured, int expected) {
        assertThat(new ComplianceCalls(configured).threads()).isEqualTo(expected);
    }

    /** Begun on the pool: the answer made on a thread of the pool. */
    @Test
    void aCallRunsOnThePool() throws Exception {
        ComplianceCalls calls = new ComplianceCalls(1);
        CountDownLatch begun = new CountDownLatch(1);
        Supplier<String> answer = calls.start(() -> {
            begun.countDown();
            return Thread.currentThread().getName();
        });
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(answer.get()).startsWith("rota-health-compliance-");
    }

    /**
     * Two threads busy and their queue of two full: no third thread is made; the fifth call is
     * made on the caller's thread when its answer is asked for, and the queued ones, not begun
     * then either, on the caller's too; each call is made exactly once.
     */
    @Test
    void noMoreThreadsThanConfigured() throws Exception {
        ComplianceCalls calls = new ComplianceCalls(2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(2);
        List<Supplier<Thread>> blocking = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            blocking.add(calls.start(() -> {
                busy.countDown();
                await(release);
                return Thread.currentThread();
            }));
        }
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicInteger made = new AtomicInteger();
        List<Supplier<Thread>> more = new ArrayList<>();
        for (int i = 0; i < 3; i++) { // two queued, one refused by the full queue
            more.add(calls.start(() -> {
                made.incrementAndGet();
                return Thread.currentThread();
            }));
        }
        for (Supplier<Thread> answer : more) {
            assertThat(answer.get()).isSameAs(Thread.currentThread());
        }
        release.countDown();
        for (Supplier<Thread> answer : blocking) {
            assertThat(answer.get().getName()).startsWith("rota-health-compliance-");
        }
        // The queued copies run on the pool once it is free, and do nothing: each call made once.
        Supplier<String> after = calls.start(() -> "drained");
        assertThat(after.get()).isEqualTo("drained");
        assertThat(made.get()).isEqualTo(3);
    }

    /** A call that fails on the pool fails for the caller too (the service's call never throws: it answers UNAVAILABLE). */
    @Test
    void aFailureOnThePoolReachesTheCaller() throws Exception {
        ComplianceCalls calls = new ComplianceCalls(1);
        CountDownLatch begun = new CountDownLatch(1);
        Supplier<String> answer = calls.start(() -> {
            begun.countDown();
            throw new IllegalStateException("refused");
        });
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(answer::get).hasRootCauseMessage("refused");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
