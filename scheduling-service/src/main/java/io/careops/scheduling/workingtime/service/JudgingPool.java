package io.careops.scheduling.workingtime.service;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Judges many people of one report on the request's thread and, when the report is large, on the
 * idle cores beside it: one helper thread fewer than the processors (none on one processor),
 * bounded, each taking blocks of people from the same counter as the request's thread. People are
 * independent (the engine is pure and reads only values), so the answer is the same however the
 * blocks fall.
 *
 * <p>It trades throughput under load for latency: a report alone on the machine finishes sooner,
 * while under load the helpers' work competes with other requests for the same cores (the total
 * CPU does not fall). A report of fewer than {@value #MINIMUM_PEOPLE} people, or one that finds
 * every helper busy, never waits for a helper: the request's thread judges everyone itself, and
 * a helper that has not started by the time the work is done does nothing when it does.
 */
@ApplicationScoped
public class JudgingPool {

    /** Below this many people a report is judged on its own thread alone. */
    static final int MINIMUM_PEOPLE = 256;
    /** People taken at a time from the shared counter. */
    static final int BLOCK = 32;

    private final ThreadPoolExecutor helpers;
    private final int helperCount;

    public JudgingPool() {
        this(Runtime.getRuntime().availableProcessors() - 1);
    }

    JudgingPool(int helperCount) {
        this.helperCount = Math.max(0, helperCount);
        if (this.helperCount == 0) {
            this.helpers = null;
            return;
        }
        AtomicInteger number = new AtomicInteger();
        // As many threads as helpers and a queue as long: more work than that is judged by the caller.
        this.helpers = new ThreadPoolExecutor(this.helperCount, this.helperCount, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(this.helperCount), task -> {
                    Thread thread = new Thread(task, "working-time-judge-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
        this.helpers.allowCoreThreadTimeOut(true);
    }

    /**
     * {@code judge} of every index from 0 to {@code count - 1}, in index order (nulls left out).
     * {@code judge} must be safe to call from several threads at once for different indexes.
     */
    public <R> List<R> judgeAll(int count, IntFunction<R> judge) {
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int from = next.getAndAdd(BLOCK); from < count; from = next.getAndAdd(BLOCK)) {
                int to = Math.min(count, from + BLOCK);
                for (int index = from; index < to; index++) {
                    results[index] = judge.apply(index);
                }
            }
        };
        // Each helper claims its flag when it starts; the request's thread claims every flag left
        // once the work is done, so a helper that starts later finds it taken and returns at once.
        List<AtomicBoolean> claimed = new ArrayList<>();
        List<Future<?>> submitted = new ArrayList<>();
        if (helpers != null && count >= MINIMUM_PEOPLE) {
            for (int i = 0; i < helperCount; i++) {
                AtomicBoolean flag = new AtomicBoolean();
                try {
                    submitted.add(helpers.submit(() -> {
                        if (flag.compareAndSet(false, true)) {
                            work.run();
                        }
                    }));
                    claimed.add(flag);
                } catch (RejectedExecutionException busy) {
                    break; // every helper busy: this thread judges the rest
                }
            }
        }
        work.run();
        for (int i = 0; i < submitted.size(); i++) {
            if (claimed.get(i).compareAndSet(false, true)) {
                continue; // never started: nothing of it to wait for
            }
            try {
                submitted.get(i).get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while judging", interrupted);
            } catch (ExecutionException failed) {
                if (failed.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(failed.getCause());
            }
        }
        List<R> answers = new ArrayList<>(count);
        for (Object result : results) {
            if (result != null) {
                @SuppressWarnings("unchecked")
                R answer = (R) result;
                answers.add(answer);
            }
        }
        return answers;
    }

    @PreDestroy
    void stop() {
        if (helpers != null) {
            helpers.shutdownNow();
        }
    }
}
