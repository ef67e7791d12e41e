package uk.police.wm.rcs.rehearsal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.EmbeddedPostgresServer;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;
import uk.police.wm.rcs.stack.ServiceProcess;

/**
 * Issue 18: the failures a data centre has most often, each under the same steady load of force-system claims (to
 * rocu-service) and referrals (to cyber-service) with real Keycloak tokens, on two instances of each service and of
 * the gateway: Keycloak down for 2 minutes (with a service restarted meanwhile, and a poisoned event put on a topic),
 * and inside that outage PostgreSQL restarted, the gateway's database lost, and a backup of rocu's database taken under
 * load, restored and served. Every acknowledged write must be in its service's database, on its topic and in the
 * gateway's view exactly once. The figures go to {@code target/rehearsal-results.md}, one row per phase.
 */
@Tag("rehearsal")
class FaultRehearsalTest {

    private static final double RATE = Double.parseDouble(System.getProperty("rehearsal.rate", "20"));
    private static final int WINDOW_SECONDS = Integer.parseInt(System.getProperty("rehearsal.window-seconds", "10"));
    private static final int POSTGRES_DOWN_SECONDS = Integer.parseInt(System.getProperty("rehearsal.postgres-down-seconds", "15"));
    /**
     * The 2 minutes: from the moment Keycloak's process has exited to the moment its start again begins (it is
     * away longer: its start takes 30-40 s on two idle cores). The other faults run inside this outage.
     */
    private static final int KEYCLOAK_DOWN_SECONDS = Integer.parseInt(System.getProperty("rehearsal.keycloak-down-seconds", "120"));
    private static final Duration PHASE_LIMIT = Duration.ofSeconds(180);
    private static final int MIN_WRITES_PER_PHASE = 20;
    private static final LocalDate FIRST_QUARTER = LocalDate.parse("2019-05-15");
    private static final LocalDate SECOND_QUARTER = LocalDate.parse("2019-08-15");

    @Test
    void nothingAcknowledgedIsLostOrCountedTwiceWhenTheDatabaseTheIdentityProviderOrTheReadModelFail() throws Exception {
        String runId = UUID.randomUUID().toString().substring(0, 8);
        LocalStack.Options options = LocalStack.Options.forTests()
                .withInstances(2).onlyServices(RcsService.ROCU, RcsService.CYBER, RcsService.GATEWAY)
                // a write cut by a restart holds its Idempotency-Key IN_PROGRESS until this passes (default 5 min)
                .withEnvironment(RcsService.ROCU, "RCS_IDEMPOTENCY_IN_PROGRESS_TIMEOUT", "PT10S")
                .withEnvironment(RcsService.CYBER, "RCS_IDEMPOTENCY_IN_PROGRESS_TIMEOUT", "PT10S");
        try (LocalStack stack = LocalStack.start(options)) {
            AtomicInteger renewalsRefused = new AtomicInteger();
            Map<String, RenewingToken> tokens = new LinkedHashMap<>();
            ForceSystems.CLIENTS.forEach(client -> tokens.put(client,
                    new RenewingToken(() -> stack.tokens().clientToken(client), renewalsRefused)));
            Map<String, Supplier<String>> clientTokens = new LinkedHashMap<>(tokens);
            Supplier<List<String>> rocu = urls(stack, RcsService.ROCU);
            Moderator moderator = new Moderator(rocu, stack.tokens().userToken("rocu.moderator"));
            ForceSystems claims = new ForceSystems(ForceSystems.CLAIMS, rocu, clientTokens, runId, RATE, 4, moderator, new Tally());
            ForceSystems referrals = new ForceSystems(ForceSystems.REFERRALS, urls(stack, RcsService.CYBER), clientTokens, runId,
                    RATE / 2, 2, null, new Tally());
            List<ForceSystems> load = List.of(claims, referrals);
            FaultReport report = new FaultReport(load);
            Http http = new Http();
            String viewer = stack.tokens().userToken("gov.viewer.secret");

            moderator.start(runId);
            load.forEach(ForceSystems::start);
            FaultReport.Phase steady = report.begin("steady load (before the faults)");
            awaitPhase(load, steady.from, WINDOW_SECONDS / 2);
            steady.end();

            // 1. Keycloak down: tokens issued before work on; a rocu instance restarted meanwhile; a poisoned event; and,
            // while it is still down, the other faults (none needs a new token): its 2 minutes are most of the run's time
            tokens.values().forEach(RenewingToken::renewNow); // each token has its whole life ahead of the outage
            String oldToken = tokens.get("force-wmp").get();
            FaultReport.Phase keycloak = report.begin("Keycloak down (stopped " + KEYCLOAK_DOWN_SECONDS + " s at least, then started"
                    + " again; rocu instance 2 restarted meanwhile; a poisoned event on rocu.events; the next three phases inside it)");
            long keycloakStopping = System.nanoTime();
            stack.stopKeycloak();
            long keycloakStopped = System.nanoTime(); // its process has exited: the outage is measured from here
            String grantRefused = refusal(() -> stack.tokens().clientToken("force-wmc"));
            String signInRefused = refusal(() -> stack.tokens().userToken("rocu.analyst"));
            List<String> notReady = new ArrayList<>(notReady(stack));
            String poisonId = Poison.send(stack.kafkaBootstrapServers(), "rocu.events");
            ServiceProcess restarted = stack.restartInstance(RcsService.ROCU, 1); // must start without Keycloak
            notReady.addAll(notReady(stack));

            // 2. PostgreSQL restarted: fast shutdown, down for a while, started again
            FaultReport.Phase postgres = report.begin("PostgreSQL restarted (fast shutdown, " + POSTGRES_DOWN_SECONDS + " s down;"
                    + " Keycloak down)");
            stack.postgres().stopFast();
            Deadline.passes("PostgreSQL's " + POSTGRES_DOWN_SECONDS + " s down", Duration.ofSeconds(POSTGRES_DOWN_SECONDS));
            stack.postgres().startAgain();
            awaitPhase(load, System.nanoTime(), WINDOW_SECONDS);
            postgres.end();

            // 3. the gateway's database lost: the view of a quarter the load no longer touches is rebuilt, figure by figure
            FaultReport.Phase readModel = report.begin("gateway database lost (dropped, recreated empty; Keycloak down)");
            load.forEach(w -> w.writeOn(SECOND_QUARTER));
            Map<String, String> before = settledFirstQuarter(stack, http, viewer, load, moderator);
            long dropped = System.nanoTime();
            Database.recreateEmpty(stack, "gateway");
            AtomicReference<Map<String, String>> after = new AtomicReference<>(Map.of());
            await("the gateway rebuilds the view of " + ForceSystems.FY + "/" + ForceSystems.QUARTER + " by itself").atMost(PHASE_LIMIT)
                    .pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .until(() -> {
                        after.set(ViewFigures.of(view(http, stack, viewer)));
                        return after.get().equals(before);
                    });
            long rebuiltAfter = (System.nanoTime() - dropped) / 1_000_000;
            awaitPhase(load, dropped, WINDOW_SECONDS);
            readModel.end();
            report.note("gateway database lost: the view of " + ForceSystems.FY + "/" + ForceSystems.QUARTER + " equals the view before, "
                    + before.size() + " figures compared, differences " + ViewFigures.differences(before, after.get()).size()
                    + ", rebuilt " + rebuiltAfter + " ms after the drop, no restart");

            // 4. a backup of rocu's database taken under load, restored into a fresh database, and a service started on it
            FaultReport.Phase backup = report.begin("backup of rocu's database under load, restored, a service started on it"
                    + " (Keycloak down)");
            SnapshotDump dump;
            try (Connection source = Database.connect(stack, "rocu")) {
                dump = SnapshotDump.take(source);
            }
            Set<String> acknowledgedBeforeSnapshot = claims.accepted().stream().filter(a -> a.acceptedAtNanos() < dump.snapshotAtNanos())
                    .map(ForceSystems.Accepted::disruptionId).collect(Collectors.toSet());
            Restore restore = restore(stack, dump);
            awaitPhase(load, backup.from, WINDOW_SECONDS);
            backup.end();
            Set<String> missingFromRestore = new HashSet<>(acknowledgedBeforeSnapshot);
            missingFromRestore.removeAll(restore.disruptionIds());
            report.note("backup drill: " + dump.tables().size() + " tables, " + dump.bytes() + " bytes copied in one snapshot (no pg_dump 17"
                    + " here, see the README); " + acknowledgedBeforeSnapshot.size() + " claims acknowledged before the snapshot, "
                    + missingFromRestore.size() + " of them missing from the restore; the restored service published "
                    + restore.republished() + " outbox events that were pending in the backup (same CloudEvents ids)");

            awaitPhase(load, keycloakStopped, KEYCLOAK_DOWN_SECONDS);
            notReady.addAll(notReady(stack));
            long keycloakStarting = System.nanoTime();
            stack.startKeycloakAgain();
            long keycloakBack = System.nanoTime();
            String newToken = stack.tokens().clientToken("force-wmp");
            AtomicReference<String> lastAnswer = new AtomicReference<>();
            await("the restarted instance accepts a token issued now, without a restart").atMost(PHASE_LIMIT)
                    .pollInterval(Duration.ofMillis(500)).until(() -> serves(http, restarted, newToken, lastAnswer));
            long servedAfter = (System.nanoTime() - keycloakBack) / 1_000_000;
            assertThat(serves(http, restarted, oldToken, lastAnswer)).as("a token issued before the outage, on the restarted instance: "
                    + lastAnswer.get()).isTrue();
            load.forEach(w -> stopQuietly(w));
            moderator.finish();
            keycloak.end();
            report.note(String.format(Locale.ROOT, "Keycloak down %.1f s (from its process's exit to its start again; %.1f s from the stop"
                            + " until its realm answered again, its stop taking %.1f s and its start %.1f s): new client-credentials"
                            + " grant refused at Keycloak (%s); user sign-in refused (%s); force systems' token renewals refused meanwhile: %d;"
                            + " service instances not ready at any of three checks: %s; rocu instance 2 restarted while Keycloak was down,"
                            + " ready, answered 503 + Retry-After until it could fetch the keys, and accepted a token issued after Keycloak was"
                            + " back %d ms after it was (and the pre-outage token too)", (keycloakStarting - keycloakStopped) / 1e9,
                    (keycloakBack - keycloakStopping) / 1e9, (keycloakStopped - keycloakStopping) / 1e9, (keycloakBack - keycloakStarting) / 1e9,
                    grantRefused,
                    signInRefused, renewalsRefused.get(), notReady.isEmpty() ? "none" : notReady, servedAfter));

            // the audit: every acknowledged write in its database, on its topic and in the gateway's read model, once
            Audit audit = Audit.of(stack, runId, claims, referrals, http, viewer);
            Set<String> rejected = Database.strings(stack, "gateway", "SELECT event_id || ': ' || reason FROM rejected_event");
            report.note("poisoned event " + poisonId + ": set aside by the gateway as " + rejected.stream().filter(r -> r.startsWith(poisonId))
                    .findFirst().orElse("(not set aside)") + "; the view went on (every other event applied)");
            report.note(audit.summary());
            Path file = report.write(Path.of("target", "rehearsal-results.md"), runId, stack.startupMillis(), audit.lost(), audit.duplicated());
            System.out.println(Files.readString(file));

            assertThat(steady.count(Tally.Count.SERVER_ERROR)).isZero();
            // cyber-service's: the restarted rocu instance also answers 503 + Retry-After while Keycloak is away (no keys yet)
            assertThat(postgres.count(referrals, Tally.Count.REFUSED_RETRY_AFTER)).as("cyber's 503 + Retry-After while PostgreSQL was down")
                    .isPositive();
            assertThat(postgres.count(Tally.Count.SERVER_ERROR)).as("500s while PostgreSQL was down").isZero();
            assertThat(postgres.count(Tally.Count.REFUSED_WITHOUT_RETRY_AFTER)).as("503 without Retry-After").isZero();
            assertThat(postgres.count(Tally.Count.TIMED_OUT)).as("answers later than the client's timeout").isZero();
            assertThat(grantRefused).as("a new grant while Keycloak is down").isNotEmpty();
            assertThat(notReady).as("instances not ready while Keycloak was down").isEmpty();
            assertThat(keycloak.count(Tally.Count.SERVER_ERROR)).as("500s while Keycloak was down").isZero();
            assertThat(rejected).as("the poisoned event set aside").anyMatch(r -> r.startsWith(poisonId));
            assertThat(missingFromRestore).as("acknowledged before the backup's snapshot, missing from the restore").isEmpty();
            assertThat(claims.refused()).as("claims refused").isEmpty();
            assertThat(referrals.refused()).as("referrals refused").isEmpty();
            assertThat(claims.givenUp() + referrals.givenUp()).as("writes no instance acknowledged in time").isZero();
            assertThat(moderator.problems()).as("failed approvals").isEmpty();
            assertThat(audit.lost()).as("acknowledged, then missing from a database, a topic or the gateway's view").isEmpty();
            assertThat(audit.duplicated()).as("written or published twice").isEmpty();
            assertThat(audit.approvedFigure()).as("governance figure = approved disruptions").isEqualTo(audit.approved());
        }
    }

    /** The first quarter's view once nothing more can change it: no write of that quarter under way, every approval made and applied. */
    private static Map<String, String> settledFirstQuarter(LocalStack stack, Http http, String viewer, List<ForceSystems> load,
                                                           Moderator moderator) {
        ForceSystems claims = load.get(0);
        AtomicReference<Map<String, String>> seen = new AtomicReference<>(Map.of());
        AtomicReference<String> waitingFor = new AtomicReference<>("");
        try {
            await("the first quarter settles in the gateway's view").atMost(PHASE_LIMIT).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(() -> {
                    waitingFor.set("writes of the first quarter still under way");
                    if (load.stream().anyMatch(w -> w.writingOn(FIRST_QUARTER))) {
                        return false;
                    }
                    Set<String> toApprove = claims.accepted().stream().filter(a -> a.number() % 2 == 0 && a.date().equals(FIRST_QUARTER))
                            .map(ForceSystems.Accepted::disruptionId).collect(Collectors.toSet());
                    toApprove.removeAll(moderator.approved());
                    waitingFor.set(toApprove.size() + " approvals of the first quarter not made yet");
                    if (!toApprove.isEmpty()) {
                        return false;
                    }
                    long approved = Database.number(stack, "rocu", "SELECT count(*) FROM disruption WHERE status = 'APPROVED'"
                            + " AND disrupted_on < '2019-07-01'");
                    long referrals = Database.number(stack, "cyber", "SELECT count(*) FROM referral WHERE received_at < '2019-07-01'");
                    long viewReferrals = Database.number(stack, "gateway", "SELECT count(*) FROM cyber_referral WHERE received_quarter = '"
                            + ForceSystems.FY + "/" + ForceSystems.QUARTER + "'");
                    JsonNode view = view(http, stack, viewer);
                    Map<String, String> figures = ViewFigures.of(view);
                    Map<String, String> changed = ViewFigures.differences(seen.getAndSet(figures), figures);
                    boolean stable = changed.isEmpty();
                    waitingFor.set("view: approved " + approvedFigure(view) + " of " + approved + ", referrals in the read model "
                            + viewReferrals + " of " + referrals + (stable ? "" : ", still changing: " + changed.keySet().stream().limit(5).toList()));
                    return stable && approvedFigure(view) == approved && viewReferrals == referrals;
                });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("The first quarter did not settle: " + waitingFor.get(), e);
        }
        return seen.get();
    }

    /** The restore: a fresh database, the schema from the service's migrations, the backup's rows, the service on it. */
    record Restore(Set<String> disruptionIds, long republished) {
    }

    private static Restore restore(LocalStack stack, SnapshotDump dump) throws Exception {
        EmbeddedPostgresServer postgres = stack.postgres();
        postgres.createDatabase("rocu_restored");
        Map<String, String> restoredDatabase = Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("rocu_restored"));
        stack.launchExtraInstance(RcsService.ROCU, "schema", restoredDatabase).stop();
        long pending = 0;
        try (Connection target = Database.connect(stack, "rocu_restored")) {
            dump.restoreInto(target);
        }
        pending = Database.number(stack, "rocu_restored", "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
        ServiceProcess restored = stack.launchExtraInstance(RcsService.ROCU, "restored", restoredDatabase);
        await("the restored service's outbox relay publishes what the backup held pending").atMost(PHASE_LIMIT).ignoreExceptions()
                .until(() -> Database.number(stack, "rocu_restored", "SELECT count(*) FROM outbox_event WHERE published_at IS NULL") == 0);
        restored.stop();
        return new Restore(Database.strings(stack, "rocu_restored", "SELECT id::text FROM disruption"), pending);
    }

    static JsonNode view(Http http, LocalStack stack, String viewer) {
        return http.get(stack.instance(RcsService.GATEWAY, 0).baseUrl() + "/api/v1/governance/" + ForceSystems.FY + "/"
                + ForceSystems.QUARTER, viewer);
    }

    static long approvedFigure(JsonNode view) {
        return view.path("rocu").path("figures").path("approvedDisruptions").path("total").path("current").path("value").asLong(-1);
    }

    private static Supplier<List<String>> urls(LocalStack stack, RcsService service) {
        return () -> stack.instances(service).stream().map(ServiceProcess::baseUrl).toList();
    }

    private static boolean serves(Http http, ServiceProcess instance, String token, AtomicReference<String> answer) {
        try {
            http.get(instance.baseUrl() + "/api/v1/disruptions?limit=1", token);
            return true;
        } catch (RuntimeException e) {
            answer.set(e.getMessage());
            return false;
        }
    }

    private static List<String> notReady(LocalStack stack) {
        List<String> down = new ArrayList<>();
        for (RcsService service : List.of(RcsService.ROCU, RcsService.CYBER, RcsService.GATEWAY)) {
            stack.instances(service).stream().filter(i -> !i.isReady()).forEach(i -> down.add(i.name()));
        }
        return down;
    }

    /** The message of the failure a call must end in; empty when it succeeded. */
    private static String refusal(Runnable call) {
        try {
            call.run();
            return "";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    private static void stopQuietly(ForceSystems writers) {
        try {
            writers.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Lets the load run for the phase's window, and at least until {@value #MIN_WRITES_PER_PHASE} more writes of each
     * kind were acknowledged: writes must go on. Throughput is reported, not asserted.
     */
    private static void awaitPhase(List<ForceSystems> load, long phaseStart, int seconds) {
        Map<ForceSystems, Integer> target = new LinkedHashMap<>();
        load.forEach(w -> target.put(w, w.acceptedCount() + MIN_WRITES_PER_PHASE));
        long end = phaseStart + Duration.ofSeconds(seconds).toNanos();
        try {
            await("the phase's window and " + MIN_WRITES_PER_PHASE + " more acknowledged writes of each kind")
                    .atMost(PHASE_LIMIT.plusSeconds(seconds)).pollInterval(Duration.ofMillis(200))
                    .until(() -> System.nanoTime() >= end && target.entrySet().stream().allMatch(e -> e.getKey().acceptedCount() >= e.getValue()));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Writes stalled: " + load.stream().map(w -> w.kind().label() + " " + w.acceptedCount() + " acknowledged, "
                    + w.retries() + " retries, refused " + w.refused().stream().limit(3).toList()).toList(), e);
        }
    }
}
