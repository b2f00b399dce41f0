package io.careops.scheduling.workingtime.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The pool gives every index's answer once, in index order, however the work is shared out. */
class JudgingPoolTest {

    @Test
    void everyIndexOnceInOrderWithNullsLeftOut() {
        JudgingPool pool = new JudgingPool(1);
        try {
            for (int run = 0; run < 20; run++) {
                List<Integer> answers = pool.judgeAll(5_000, index -> index % 3 == 0 ? null : index);
                assertEquals(IntStream.range(0, 5_000).filter(i -> i % 3 != 0).boxed().toList(), answers);
            }
        } finally {
            pool.stop();
        }
    }

    @Test
    void aSmallReportStaysOnTheCallersThread() {
        JudgingPool pool = new JudgingPool(1);
        try {
            Set<String> threads = ConcurrentHashMap.newKeySet();
            List<Integer> answers = pool.judgeAll(JudgingPool.MINIMUM_PEOPLE - 1, index -> {
                threads.add(Thread.currentThread().getName());
                return index;
            });
            assertEquals(JudgingPool.MINIMUM_PEOPLE - 1, answers.size());
            assertEquals(Set.of(Thread.currentThread().getName()), threads);
        } finally {
            pool.stop();
        }
    }

    @Test
    void aLargeReportMayUseTheHelper() {
        JudgingPool pool = new JudgingPool(1);
        try {
            Set<String> threads = ConcurrentHashMap.newKeySet();
            pool.judgeAll(20_000, index -> {
                threads.add(Thread.currentThread().getName());
                busy();
                return index;
            });
            assertTrue(threads.contains(Thread.currentThread().getName()));
            assertTrue(threads.stream().allMatch(name -> name.equals(Thread.currentThread().getName())
                    || name.startsWith("working-time-judge-")), threads.toString());
        } finally {
            pool.stop();
        }
    }

    @Test
    void withoutHelpersEverythingRunsHere() {
        JudgingPool pool = new JudgingPool(0);
        assertEquals(IntStream.range(0, 1_000).boxed().toList(), pool.judgeAll(1_000, index -> index));
    }

    @Test
    void aFailureReachesTheCaller() {
        JudgingPool pool = new JudgingPool(1);
        try {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> pool.judgeAll(10_000,
                    index -> {
                        if (index == 9_000) {
                            throw new IllegalStateException("index 9000");
                        }
                        return index;
                    }));
            assertEquals("index 9000", failure.getMessage());
        } finally {
            pool.stop();
        }
    }

    private static void busy() {
        long sum = 0;
        for (int i = 0; i < 2_000; i++) {
            sum += i * 31L;
        }
        if (sum == 42) {
            throw new AssertionError();
        }
    }
}
