package uk.police.wm.rcs.rehearsal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The four force systems posting synthetic disruption claims at a steady total rate, spread over every rocu-service
 * instance; a claim cut by a failure is retried on the other instance with the same Idempotency-Key and the same
 * natural key (sourceRecordId), so it must end as one record.
 */
final class ForceSystems {

    /** The force clients of the realm, one per force system. */
    static final List<String> CLIENTS = List.of("force-wmp", "force-wmc", "force-war", "force-sta");
    /** The quarter every rehearsal claim falls in (disrupted on 2019-05-15). */
    static final String FY = "2019-20";
    static final String QUARTER = "Q1";
    private static final Duration WRITE_DEADLINE = Duration.ofSeconds(60);

    /** A claim the service accepted (201, or 200 for a retry that found the record). */
    record Accepted(long number, String sourceRecordId, String disruptionId, long acceptedAtNanos, int attempts, int status) {
    }

    private final Http http = new Http();
    private final Supplier<List<String>> instances;
    private final Map<String, String> tokens;
    private final String runId;
    private final double ratePerSecond;
    private final int threads;
    private final Queue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    private final Queue<String> refused = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger givenUp = new AtomicInteger();
    private final List<Thread> workers = new ArrayList<>();
    private final Moderator moderator;
    private volatile boolean running;
    private long startedAt;
    private long stoppedAt;

    /**
     * @param instances the base URLs of the rocu-service instances (all of them, dead ones included: a client does
     *     not know which died)
     * @param tokens force client id to access token
     * @param moderator receives every second accepted claim to approve, or null
     */
    ForceSystems(Supplier<List<String>> instances, Map<String, String> tokens, String runId, double ratePerSecond, int threads,
                 Moderator moderator) {
        this.instances = instances;
        this.tokens = new LinkedHashMap<>(tokens);
        this.runId = runId;
        this.ratePerSecond = ratePerSecond;
        this.threads = threads;
        this.moderator = moderator;
    }

    void start() {
        running = true;
        startedAt = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            int index = i;
            Thread worker = new Thread(() -> work(index), "force-system-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /** Stops issuing new claims and waits for those under way (with their retries) to finish. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread worker : workers) {
            worker.join(WRITE_DEADLINE.toMillis() + 5_000);
        }
        stoppedAt = System.nanoTime();
    }

    private void work(int index) {
        long interval = (long) (threads * 1e9 / ratePerSecond);
        long next = startedAt + (long) (index * 1e9 / ratePerSecond);
        while (running) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (-wait > 1_000_000_000L) {
                next = System.nanoTime(); // stalled by a failure: resume the steady rate, no burst to catch up
            }
            next += interval;
            claimOne(sequence.incrementAndGet(), index);
        }
    }

    private void claimOne(long number, int index) {
        String client = CLIENTS.get((int) (number % CLIENTS.size()));
        String sourceRecordId = "REH-" + runId + "-" + number;
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("sourceRecordId", sourceRecordId);
        claim.put("targetType", "NONE");
        claim.put("leadAgency", "ROCU");
        claim.put("crimeType", "DRUGS");
        claim.put("claimedImpact", "MODERATE");
        claim.put("category", "PURSUE");
        claim.put("activityLevel", "REGIONAL");
        claim.put("disruptedOn", "2019-05-15");
        claim.put("narrative", "Synthetic rehearsal claim " + number + " (no real operation).");
        claim.put("highlight", false);
        Http.Outcome outcome = http.post(instances.get(), (int) number, "/api/v1/disruptions", tokens.get(client),
                "claim-" + sourceRecordId, claim, WRITE_DEADLINE, retries::incrementAndGet);
        if (outcome.accepted()) {
            Accepted done = new Accepted(number, sourceRecordId, outcome.body().path("id").asText(), System.nanoTime(),
                    outcome.attempts(), outcome.status());
            accepted.add(done);
            if (moderator != null && number % 2 == 0) {
                moderator.approveLater(done.disruptionId());
            }
        } else if (outcome.status() == -1) {
            givenUp.incrementAndGet();
        } else {
            refused.add(sourceRecordId + " -> " + outcome.status() + " " + outcome.body());
        }
    }

    /** Every accepted claim so far. */
    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /** How many claims were accepted so far. */
    int acceptedCount() {
        return accepted.size();
    }

    /** Claims answered with anything but 200/201 (a bug: every claim is valid and retried safely). */
    List<String> refused() {
        return List.copyOf(refused);
    }

    /** Claims that found no instance to accept them before their deadline: writes lost from the client's view. */
    int givenUp() {
        return givenUp.get();
    }

    /** Attempts that were retried (refused connection, 5xx, key in progress). */
    int retries() {
        return retries.get();
    }

    /** Accepted claims per second over the whole run. */
    double writesPerSecond() {
        long end = stoppedAt == 0 ? System.nanoTime() : stoppedAt;
        return accepted.size() / ((end - startedAt) / 1e9);
    }

    /** Accepted claims per second between two instants (System.nanoTime). */
    double writesPerSecond(long fromNanos, long toNanos) {
        long count = accepted.stream().filter(a -> a.acceptedAtNanos() >= fromNanos && a.acceptedAtNanos() < toNanos).count();
        return count / ((toNanos - fromNanos) / 1e9);
    }

    /** The longest time without any accepted claim between two instants, in milliseconds. */
    long longestGapMillis(long fromNanos, long toNanos) {
        List<Long> times = new ArrayList<>(accepted.stream().map(Accepted::acceptedAtNanos)
                .filter(t -> t >= fromNanos && t < toNanos).sorted().toList());
        times.add(0, fromNanos);
        times.add(toNanos);
        long gap = 0;
        for (int i = 1; i < times.size(); i++) {
            gap = Math.max(gap, times.get(i) - times.get(i - 1));
        }
        return gap / 1_000_000;
    }
}
