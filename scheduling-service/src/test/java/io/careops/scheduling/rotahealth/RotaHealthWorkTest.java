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
        CountDownLatch release = new CountDownLatch(1);
        work.execute(() -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        });
        for (int i = 0; i < 8; i++) {
            work.execute(() -> { });
        }
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        work.execute(() -> ranOn.set(Thread.currentThread()));
        release.countDown();
        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
    }
}
