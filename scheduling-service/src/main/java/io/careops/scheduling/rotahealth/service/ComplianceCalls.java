package io.careops.scheduling.rotahealth.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The bounded pool on which rota health's calls to compliance start while the rota is read (they
 * wait on the network, not on a core): {@code careops.rota-health.compliance-threads} threads (4
 * unless configured) and a queue as long. A call no thread of the pool has begun by the time its
 * answer is needed (all busy, or the queue full) is made then on the caller's thread instead,
 * once: so a request never waits for a call that has not started, and a burst of requests never
 * makes more threads. The caller asks for the answer after its transaction has ended, so a call
 * is never made inside one.
 */
@ApplicationScoped
public class ComplianceCalls {

    private final ThreadPoolExecutor pool;

    public ComplianceCalls(
            @ConfigProperty(name = "careops.rota-health.compliance-threads", defaultValue = "4") int threads) {
        int size = Math.max(1, threads);
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(size),
                task -> {
                    Thread thread = new Thread(task, "rota-health-compliance-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
    }

    /** The pool's threads. */
    public int threads() {
        return pool.getMaximumPoolSize();
    }

    /**
     * Starts {@code call} on a thread of the pool if one can take it, and answers a supplier of
     * its answer, to be called on the caller's thread: the pool's answer if a thread of the pool
     * has begun the call, otherwise the call made there and then.
     */
    public <T> Supplier<T> start(Supplier<T> call) {
        Handoff<T> handoff = Handoff.offer(pool, call);
        return () -> handoff.claimHere() ? call.get() : handoff.join();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
