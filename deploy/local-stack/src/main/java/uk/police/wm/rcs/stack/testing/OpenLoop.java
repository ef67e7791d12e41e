package uk.police.wm.rcs.stack.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

/**
 * Constant-rate load for the benchmarks, over a fixed number of connections as a real client fleet would keep (the
 * wrk2 method). Request {@code i} is due at {@code i / rate} seconds after the start; a free connection takes the
 * next due request, waits for its time and sends it. Latency runs from the due time, not the send time, so a
 * request that waited for a free connection counts its wait (no coordinated omission). A request that is already
 * {@code maxLateness} late when a connection gets to it is not sent and counts as dropped: an overloaded service is
 * measured, not buried. Requests go through a {@link LoadClient}, which spends little CPU of its own.
 */
public final class OpenLoop {

    private OpenLoop() {
    }

    /**
     * What a run did; latencies in microseconds: {@code latencyMicros} sorted, one per sent request;
     * {@code bySchedule} indexed by request, -1 for one not sent; {@code began} when request 0 was due, by the wall
     * clock (to find a slow second in a flight recording or a log).
     */
    public record Result(int scheduled, int dropped, int failed, double elapsedSeconds, long[] latencyMicros,
            long[] bySchedule, int rate, Instant began) {

        /** A second of the run (its requests' due times) and the worst latency among them. */
        public record Second(Instant from, long worstMillis) {
        }

        /** The seconds of the run in which a request took longer than {@code millis}, in order. */
        public List<Second> secondsOver(long millis) {
            long[] worst = worstPerSecondMillis();
            List<Second> slow = new ArrayList<>();
            for (int s = 0; s < worst.length; s++) {
                if (worst[s] > millis) {
                    slow.add(new Second(began.plusSeconds(s), worst[s]));
                }
            }
            return slow;
        }

        /** The worst latency (ms) of the requests due in each second of the run; -1 for a second with none sent. */
        public long[] worstPerSecondMillis() {
            long[] worst = new long[(bySchedule.length + rate - 1) / rate];
            Arrays.fill(worst, -1);
            for (int i = 0; i < bySchedule.length; i++) {
                worst[i / rate] = Math.max(worst[i / rate], bySchedule[i] < 0 ? -1 : bySchedule[i] / 1000);
            }
            return worst;
        }

        public int sent() {
            return latencyMicros.length;
        }

        /** Requests answered successfully per second of the run. */
        public double answeredPerSecond() {
            return (sent() - failed) / elapsedSeconds;
        }

        /** The p-th percentile of the sent requests' latency in milliseconds (nearest rank); NaN when none. */
        public double percentileMillis(double p) {
            if (latencyMicros.length == 0) {
                return Double.NaN;
            }
            return NearestRank.of(latencyMicros, p / 100.0) / 1000.0;
        }

        /** "p50 …, p90 …, p99 …, p99.9 …, max … ms". */
        public String percentiles() {
            return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms",
                    percentileMillis(50), percentileMillis(90), percentileMillis(99), percentileMillis(99.9),
                    percentileMillis(100));
        }
    }

    /**
     * Sends {@code rate * seconds} requests at {@code rate} per second over {@code connections} connections.
     *
     * @param request  builds request {@code i}
     * @param accepted whether a response status counts as a success
     */
    public static Result run(int rate, int seconds, int connections, Duration maxLateness,
            IntFunction<LoadClient.Request> request, IntPredicate accepted) throws InterruptedException {
        try (LoadClient http = new LoadClient(connections)) {
            return run(http, rate, seconds, connections, maxLateness, request, accepted);
        }
    }

    private static Result run(LoadClient http, int rate, int seconds, int connections, Duration maxLateness,
            IntFunction<LoadClient.Request> request, IntPredicate accepted) throws InterruptedException {
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        long late = maxLateness.toNanos();
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger dropped = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long begin = System.nanoTime() + Duration.ofMillis(20).toNanos();
        Instant began = Instant.now().plusMillis(20);
        Thread[] senders = new Thread[connections];
        for (int c = 0; c < connections; c++) {
            senders[c] = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long due = begin + i * interval;
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                    if (System.nanoTime() - due > late) {
                        dropped.incrementAndGet();
                        continue;
                    }
                    try {
                        if (!accepted.test(http.send(request.apply(i)))) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    latencies[i] = (System.nanoTime() - due) / 1000;
                }
            }, "open-loop-" + c);
            senders[c].start();
        }
        for (Thread sender : senders) {
            sender.join();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        long[] sent = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        return new Result(total, dropped.get(), failed.get(), elapsed, sent, latencies, rate, began);
    }
}
