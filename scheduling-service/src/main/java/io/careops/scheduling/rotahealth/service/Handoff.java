package io.careops.scheduling.rotahealth.service;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Work handed to a pool that the thread wanting its value does itself if no thread of the pool
 * has begun it by then: whoever claims it first does it, exactly once, so a caller never waits on
 * work that has not started. Both of rota health's pools hand work over this way
 * ({@link RotaHealthWork#aside}, {@link ComplianceCalls#start}); they differ only in what a failure
 * on the pool becomes.
 */
final class Handoff<T> {

    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> value = new CompletableFuture<>();

    private Handoff() {
    }

    /**
     * Offers {@code work} to {@code pool}. A pool that refuses it (queue full, shut down), whether by
     * throwing or by running it at once on this thread, leaves it to {@link #claimHere}.
     */
    static <T> Handoff<T> offer(Executor pool, Supplier<T> work) {
        Handoff<T> handoff = new Handoff<>();
        Thread offeredBy = Thread.currentThread();
        try {
            pool.execute(() -> {
                if (Thread.currentThread() != offeredBy && handoff.claimed.compareAndSet(false, true)) {
                    try {
                        handoff.value.complete(work.get());
                    } catch (Throwable failed) {
                        handoff.value.completeExceptionally(failed);
                    }
                }
            });
        } catch (RejectedExecutionException refused) {
            // Left to the caller, when it asks for the value.
        }
        return handoff;
    }

    /** True if no thread of the pool has begun the work: the caller is to do it now (and no one else will). */
    boolean claimHere() {
        return claimed.compareAndSet(false, true);
    }

    /** The value the pool's thread made, waiting for it; its failure as a {@code CompletionException}. */
    T join() {
        return value.join();
    }
}
