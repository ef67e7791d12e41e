package uk.police.wm.rcs.rehearsal;

import java.time.Duration;
import java.time.LocalDate;
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
 * The four force systems posting synthetic disruption claims (or cyber referrals) at a steady total rate, spread over
 * every instance of the service; a write cut by a failure is retried on the other instance with the same
 * Idempotency-Key and the same natural key (sourceRecordId, actionFraudReference), so it must end as one record.
 */
final class ForceSystems {

    /** What the force systems write: a path, and a body for write {@code number} with natural key and date. */
    record Kind(String label, String path, String keyPrefix, Body body) {
    }

    /** The body of one write. */
    interface Body {
        Map<String, Object> of(long number, String naturalKey, LocalDate date);
    }

    /** Disruption claims to rocu-service. */
    static final Kind CLAIMS = new Kind("claims", "/api/v1/disruptions", "claim-", (number, key, date) -> {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("sourceRecordId", key);
        claim.put("targetType", "NONE");
        claim.put("leadAgency", "ROCU");
        claim.put("crimeType", "DRUGS");
        claim.put("claimedImpact", "MODERATE");
        claim.put("category", "PURSUE");
        claim.put("activityLevel", "REGIONAL");
        claim.put("disruptedOn", date.toString());
        claim.put("narrative", "Synthetic rehearsal claim " + number + " (no real operation).");
        claim.put("highlight", false);
        return claim;
    });

    /** Fraud referrals reported directly by a force's system to cyber-service (its force from its token). */
    static final Kind REFERRALS = new Kind("referrals", "/api/v1/referrals", "referral-", (number, key, date) -> {
        Map<String, Object> referral = new LinkedHashMap<>();
        referral.put("actionFraudReference", key);
        referral.put("source", "FORCE_DIRECT");
        referral.put("crimeClass", number % 3 == 0 ? "CYBER_DEPENDENT" : "CYBER_ENABLED");
        referral.put("victimType", "BUSINESS");
        referral.put("vulnerableVictim", false);
        referral.put("reportedLoss", new java.math.BigDecimal("125.00"));
        referral.put("receivedAt", date + "T10:00:00Z");
        return referral;
    });

    /** The force clients of the realm, one per force system. */
    static final List<String> CLIENTS = List.of("force-wmp", "force-wmc", "force-war", "force-sta");
    /** The quarter every rehearsal claim falls in (disrupted on 2019-05-15). */
    static final String FY = "2019-20";
    static final String QUARTER = "Q1";
    private static final Duration WRITE_DEADLINE = Duration.ofSeconds(60);

    /** A claim the service accepted (201, or 200 for a retry that found the record). */
    record Accepted(long number, String sourceRecordId, String disruptionId, long acceptedAtNanos, int attempts, int status,
                    LocalDate date) {
    }

    private static Map<String, Supplier<String>> fixed(Map<String, String> tokens) {
        Map<String, Supplier<String>> suppliers = new LinkedHashMap<>();
        tokens.forEach((client, token) -> suppliers.put(client, () -> token));
        return suppliers;
    }

    /** From now on, writes fall on this date (another quarter leaves the figures of the first one still). */
    void writeOn(LocalDate on) {
        date = on;
    }

    /** What they write. */
    Kind kind() {
        return kind;
    }

    /** Every attempt's answer so far. */
    Tally tally() {
        return tally;
    }

    private final Http http = new Http();
    private final Kind kind;
    private final Tally tally;
    private volatile LocalDate date = LocalDate.parse("2019-05-15");
    private final Supplier<List<String>> instances;
    private final Map<String, Supplier<String>> tokens;
    private final String runId;
    private final double ratePerSecond;
    private final int threads;
    private final Queue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    private final Queue<String> refused = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Long, LocalDate> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
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
        this(CLAIMS, instances, fixed(tokens), runId, ratePerSecond, threads, moderator, new Tally());
    }

    /**
     * @param kind what they write
     * @param tokens force client id to its (renewed) access token
     * @param tally counts every attempt's answer
     */
    ForceSystems(Kind kind, Supplier<List<String>> instances, Map<String, Supplier<String>> tokens, String runId,
                 double ratePerSecond, int threads, Moderator moderator, Tally tally) {
        this.kind = kind;
        this.tally = tally;
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
        LocalDate on = date;
        inFlight.put(number, on);
        Http.Outcome outcome = http.post(instances.get(), (int) number, kind.path(), tokens.get(client),
                kind.keyPrefix() + sourceRecordId, kind.body().of(number, sourceRecordId, on), WRITE_DEADLINE,
                retries::incrementAndGet, tally);
        if (outcome.accepted()) {
            Accepted done = new Accepted(number, sourceRecordId, outcome.body().path("id").asText(), System.nanoTime(),
                    outcome.attempts(), outcome.status(), on);
            accepted.add(done);
            if (moderator != null && number % 2 == 0) {
                moderator.approveLater(done.disruptionId());
            }
        } else if (outcome.status() == -1) {
            givenUp.incrementAndGet();
        } else {
            refused.add(sourceRecordId + " -> " + outcome.status() + " " + outcome.body());
        }
        inFlight.remove(number);
    }

    /** Whether a write dated {@code on} is still under way (sent or being retried). */
    boolean writingOn(LocalDate on) {
        return inFlight.containsValue(on);
    }

    /** How many writes were started so far (each once, however often it was retried). */
    long issued() {
        return sequence.get();
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
