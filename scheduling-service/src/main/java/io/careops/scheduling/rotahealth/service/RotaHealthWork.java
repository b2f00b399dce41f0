package io.careops.scheduling.rotahealth.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The small, bounded pool on which one rota-health request uses a second core: the home's
 * working-time records are read (in a transaction of their own) while the rest of the rota is,
 * and the working-time scorer runs while the other scorers and the suggestions do. As many
 * threads as processors (or {@code careops.rota-health.threads}), a bounded queue, and the
 * caller runs a task itself when the queue is full, so that under load a request falls back to
 * doing its work on its own thread: this trades throughput under load for one request's latency.
 * Only CPU work and database reads run here, never a task that waits on another of this pool.
 */
@ApplicationScoped
public class RotaHealthWork implements Executor {

    private final ThreadPoolExecutor pool;

    public RotaHealthWork(@ConfigProperty(name = "careops.rota-health.threads", defaultValue = "0") int threads) {
        int size = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(size * 8),
                task -> {
                    Thread thread = new Thread(task, "rota-health-work-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, (task, full) -> task.run()); // the caller runs it (also once the pool is shut down)
        this.pool.allowCoreThreadTimeOut(true);
    }

    /** The pool's threads: as many as the processors unless configured. */
    public int threads() {
        return pool.getMaximumPoolSize();
    }

    /**
     * Starts {@code aside} on a thread of the pool and answers a supplier of its value, to be
     * called on the caller's thread when the value is needed. If no thread of the pool has begun
     * {@code aside} by then (all busy, or the queue full), or if it failed on the pool (for a read,
     * no second connection within the pool's acquisition timeout, say), {@code here} computes the
     * value on the caller's thread instead, once: so a caller never waits on work that has not
     * started, and under load a request needs no second database connection.
     */
    public <T> Supplier<T> aside(Supplier<T> aside, Supplier<T> here) {
        // A task the pool cannot take runs at once on this thread (the rejection policy): Handoff leaves it to here.
        Handoff<T> handoff = Handoff.offer(this, aside);
        return () -> {
            if (handoff.claimHere()) {
                return here.get(); // not begun on the pool
            }
            try {
                return handoff.join();
            } catch (CompletionException | CancellationException failed) {
                return here.get();
            }
        };
    }

    @Override
    public void execute(Runnable task) {
        pool.execute(task);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
