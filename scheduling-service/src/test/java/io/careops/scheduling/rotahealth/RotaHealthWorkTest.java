package io.careops.scheduling.rotahealth;

import static org.assertj.core.api.Assertions.assertThat;

import io.careops.scheduling.rotahealth.service.RotaHealthWork;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rota-health pool: sized to the processors unless configured, bounded, the caller running what does not fit. */
class RotaHealthWorkTest {

    @ParameterizedTest(name = "configured {0} -> {1} thread(s) (0: the processors)")
    @CsvSource({"0, 0", "-1, 0", "1, 1", "2, 2", "5, 5"})
    void threads(int configured, int expected) {
        RotaHealthWork work = new RotaHealthWork(configured);
        assertThat(work.threads()).isEqualTo(expected == 0 ? Runtime.getRuntime().availableProcessors() : expected);
    }

    @Test
    void aTaskRunsOnThePool() {
        RotaHealthWork work = new RotaHealthWork(1);
        assertThat(CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), work).join())
                .startsWith("rota-health-work-");
    }

    /** One thread busy, its queue of 8 full: the tenth task runs on the caller's thread, at once. */
    @Test
    void whatDoesNotFitRunsOnTheCaller() throws Exception {
        RotaHealthWork work = new RotaHealthWork(1);
        CountDownLatch release = occupy(work, 8);
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        work.execute(() -> ranOn.set(Thread.currentThread()));
        release.countDown();
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
    }

    /** Begun on the pool: its value, computed on a thread of the pool; the caller's fallback never runs. */
    @Test
    void asideRunsOnThePoolWhenAThreadTakesIt() throws Exception {
        RotaHealthWork work = new RotaHealthWork(1);
        CountDownLatch begun = new CountDownLatch(1);
        java.util.function.Supplier<String> value = work.aside(() -> {
            begun.countDown();
            return Thread.currentThread().getName();
        }, () -> "here");
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(value.get()).startsWith("rota-health-work-");
    }

    /** Every thread busy and the queue full: computed on the caller's thread, and the pool's copy never runs. */
    @Test
    void asideRunsOnTheCallerWhenThePoolIsFull() throws Exception {
        RotaHealthWork work = new RotaHealthWork(1);
        CountDownLatch release = occupy(work, 8);
        java.util.concurrent.atomic.AtomicInteger onPool = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<Thread> value = work.aside(() -> {
            onPool.incrementAndGet();
            return Thread.currentThread();
        }, Thread::currentThread);
        assertThat(value.get()).isSameAs(Thread.currentThread());
        release.countDown();
        assertThat(onPool.get()).isZero();
    }

    /** Queued but not begun when needed: the caller computes it, and the queued copy does nothing when it runs. */
    @Test
    void asideNotYetBegunIsComputedByTheCaller() throws Exception {
        RotaHealthWork work = new RotaHealthWork(1);
        CountDownLatch release = occupy(work, 0);
        java.util.concurrent.atomic.AtomicInteger onPool = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.Supplier<String> value = work.aside(() -> {
            onPool.incrementAndGet();
            return "pool";
        }, () -> "here");
        assertThat(value.get()).isEqualTo("here");
        release.countDown();
        CompletableFuture.runAsync(() -> { }, work).get(10, TimeUnit.SECONDS); // the queue drained
        assertThat(onPool.get()).isZero();
    }

    /** Failed on the pool (no second connection in time, say): computed again on the caller's thread. */
    @Test
    void asideFailedOnThePoolIsComputedByTheCaller() throws Exception {
        RotaHealthWork work = new RotaHealthWork(1);
        CountDownLatch begun = new CountDownLatch(1);
        java.util.function.Supplier<String> value = work.aside(() -> {
            begun.countDown();
            throw new IllegalStateException("no connection within the acquisition timeout");
        }, () -> "here");
        assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(value.get()).isEqualTo("here");
    }

    /**
     * Keeps the pool's one thread busy until the latch answered is counted down, and puts
     * {@code queued} empty tasks in its queue.
     */
    private static CountDownLatch occupy(RotaHealthWork work, int queued) {
        CountDownLatch release = new CountDownLatch(1);
        work.execute(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < queued; i++) {
            work.execute(() -> { });
        }
        return release;
    }
}
