package uk.police.wm.rcs.stack.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntPredicate;
import java.util.function.Supplier;

/**
 * Closed-loop load for the benchmarks: a number of workers, each doing one unit of work after another until the
 * window's end, as many at once as there are workers. What a service or a database can take, not how it answers at a
 * rate (that is {@link OpenLoop}). Every worker stops at the same deadline; nothing sleeps through the window.
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    /** One worker: opened on its own thread, stepped until the window ends, then closed. */
    public interface Worker extends AutoCloseable {

        /** One unit of work; whether it counts as a success. */
        boolean step() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /**
     * What a window did: units that succeeded and failed, over its length, and each unit's time in microseconds,
     * sorted (closed-loop times: each unit waited for the one before it, so they are not a service's latency at a
     * rate; {@link OpenLoop} measures that).
     */
    public record Result(long succeeded, long failed, Duration window, long[] micros) {

        /** Successes per second of the window. */
        public double perSecond() {
            return succeeded / (window.toNanos() / 1e9);
        }

        /** The p-th percentile (0-100) of the units' times in milliseconds (nearest rank); 0 when none ran. */
        public double percentileMillis(double p) {
            return micros.length == 0 ? 0 : NearestRank.of(micros, p / 100.0) / 1000.0;
        }
    }

    /**
     * Runs {@code workers} workers, each opened by {@code open} on its own thread, for {@code window}. A worker that
     * fails to open or throws fails the run.
     */
    public static Result run(Duration window, int workers, Callable<Worker> open) throws InterruptedException {
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<Exception> error = new AtomicReference<>();
        long end = System.nanoTime() + window.toNanos();
        List<Thread> threads = new ArrayList<>();
        long[][] times = new long[workers][];
        for (int w = 0; w < workers; w++) {
            int index = w;
            Thread thread = new Thread(() -> {
                long[] micros = new long[1024];
                int count = 0;
                try (Worker worker = open.call()) {
                    for (long start = System.nanoTime(); start < end; start = System.nanoTime()) {
                        (worker.step() ? succeeded : failed).incrementAndGet();
                        if (count == micros.length) {
                            micros = Arrays.copyOf(micros, 2 * count);
                        }
                        micros[count++] = (System.nanoTime() - start) / 1000;
                    }
                } catch (Exception e) {
                    error.compareAndSet(null, e);
                }
                times[index] = Arrays.copyOf(micros, count);
            }, "closed-loop-" + w);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (error.get() != null) {
            throw new IllegalStateException("a closed-loop worker failed", error.get());
        }
        return new Result(succeeded.get(), failed.get(), window,
                Arrays.stream(times).flatMapToLong(Arrays::stream).sorted().toArray());
    }

    /**
     * {@code concurrency} HTTP clients over as many kept-alive connections, each sending {@code request} back to back;
     * an answer counts as a success when {@code accepted} takes its status.
     */
    public static Result http(Duration window, int concurrency, IntPredicate accepted,
            Supplier<LoadClient.Request> request) throws InterruptedException {
        try (LoadClient client = new LoadClient(concurrency)) {
            return run(window, concurrency, () -> () -> accepted.test(client.send(request.get())));
        }
    }
}
