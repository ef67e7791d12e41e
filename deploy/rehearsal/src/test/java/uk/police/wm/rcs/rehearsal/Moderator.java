package uk.police.wm.rcs.rehearsal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The moderation panel approving claims as they arrive (every second one), through whichever rocu-service instance
 * answers: an approval is what makes a disruption count in the governance view.
 */
final class Moderator {

    private static final Duration DECISION_DEADLINE = Duration.ofSeconds(60);

    private final Http http = new Http();
    private final Supplier<List<String>> instances;
    private final String token;
    private final BlockingQueue<String> toApprove = new LinkedBlockingQueue<>();
    private final Queue<String> approved = new ConcurrentLinkedQueue<>();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger alreadyDecided = new AtomicInteger();
    private Thread thread;
    private volatile boolean draining;
    private String panelId;

    Moderator(Supplier<List<String>> instances, String token) {
        this.instances = instances;
        this.token = token;
    }

    /** Holds the panel, then approves queued claims until {@link #finish()}. */
    void start(String runId) {
        Http.Outcome panel = http.post(instances.get(), 0, "/api/v1/moderation/panels", token, "panel-" + runId,
                Map.of("heldOn", LocalDate.of(2019, 6, 3).toString(), "chair", "Rehearsal chair (synthetic)",
                        "attendingForces", List.of("WMP", "WMC", "WAR", "STA")),
                DECISION_DEADLINE, retries::incrementAndGet);
        if (!panel.accepted()) {
            throw new IllegalStateException("Could not hold the moderation panel: " + panel.status() + " " + panel.body());
        }
        panelId = panel.body().path("id").asText();
        thread = new Thread(this::work, "moderator");
        thread.setDaemon(true);
        thread.start();
    }

    void approveLater(String disruptionId) {
        toApprove.add(disruptionId);
    }

    /** Approves what is still queued, then stops. */
    void finish() throws InterruptedException {
        draining = true;
        thread.join(DECISION_DEADLINE.toMillis() * 3);
    }

    private void work() {
        int n = 0;
        while (!(draining && toApprove.isEmpty())) {
            String id;
            try {
                id = toApprove.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (id == null) {
                continue;
            }
            Http.Outcome outcome = http.post(instances.get(), n++, "/api/v1/moderation/panels/" + panelId + "/decisions",
                    token, "approve-" + id, Map.of("disruptionId", id, "decision", "APPROVE"), DECISION_DEADLINE,
                    retries::incrementAndGet);
            if (outcome.accepted()) {
                approved.add(id);
            } else if (outcome.status() == 409) {
                // the first attempt was cut after its commit and its key expired: the record says whether it held
                alreadyDecided.incrementAndGet();
                approved.add(id);
            } else {
                problems.add(id + " -> " + outcome.status() + " " + outcome.body());
            }
        }
    }

    /** Disruptions the panel approved (as far as the panel was told). */
    List<String> approved() {
        return List.copyOf(approved);
    }

    /** Decisions that failed for good. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    int retries() {
        return retries.get();
    }

    int alreadyDecided() {
        return alreadyDecided.get();
    }
}
