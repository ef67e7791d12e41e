package uk.police.wm.rcs.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_BAD_REQUEST;
import static org.apache.http.HttpStatus.SC_CONFLICT;
import static org.apache.http.HttpStatus.SC_CREATED;
import static org.apache.http.HttpStatus.SC_INTERNAL_SERVER_ERROR;
import static org.apache.http.HttpStatus.SC_UNPROCESSABLE_ENTITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import uk.police.wm.rcs.platform.support.Db;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.platform.testapp.IdempotentResource;
import uk.police.wm.rcs.stack.testing.TestTokens;

/** Idempotency-Key: replay, reuse with another body, in-progress, atomic claims, release after 5xx, expiry. */
@QuarkusTest
class IdempotencyHttpTest {

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyStore store;

    private Db db;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @BeforeEach
    void setUp() {
        db = new Db(dataSource);
    }

    @AfterEach
    void tearDown() {
        IdempotentResource.gate.countDown();
        pool.shutdownNow();
    }

    @Test
    void sameKeySameBodyReplaysTheOriginalResponse() {
        String tag = "echo-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = post(tag, key, "{\"text\":\"first\"}", null);
        assertThat(first.statusCode()).isEqualTo(SC_CREATED);
        assertThat(first.header(IdempotencyFilters.REPLAYED_HEADER)).isNull();

        ExtractableResponse<Response> again = post(tag, key, "{\"text\":\"first\"}", null);
        assertThat(again.statusCode()).isEqualTo(SC_CREATED);
        assertThat(again.header(IdempotencyFilters.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.contentType()).startsWith("application/json");
        assertThat(again.as(IdempotentResource.Created.class)).isEqualTo(first.as(IdempotentResource.Created.class));
        assertThat(runs(tag)).isOne();
    }

    @Test
    void sameKeyWithAnotherBodyOrPathIs422() {
        String tag = "echo-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(tag, key, "{\"text\":\"one\"}", null);
        Http.problem(postRaw(tag, key, "{\"text\":\"two\"}", null), SC_UNPROCESSABLE_ENTITY,
                "idempotency-key-reused");
        Http.problem(postRaw("echo-" + UUID.randomUUID(), key, "{\"text\":\"one\"}", null),
                SC_UNPROCESSABLE_ENTITY, "idempotency-key-reused");
        assertThat(runs(tag)).isOne();
    }

    @Test
    void keysAreScopedPerCaller() {
        String tag = "echo-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String alice = TestTokens.forSubject("alice").sign();
        String bob = TestTokens.forSubject("bob").sign();
        post(tag, key, "{\"text\":\"x\"}", alice);
        ExtractableResponse<Response> bobs = post(tag, key, "{\"text\":\"x\"}", bob);
        assertThat(bobs.statusCode()).isEqualTo(SC_CREATED);
        assertThat(bobs.header(IdempotencyFilters.REPLAYED_HEADER)).isNull();
        assertThat(post(tag, key, "{\"text\":\"x\"}", alice).header(IdempotencyFilters.REPLAYED_HEADER))
                .isEqualTo("true");
        assertThat(runs(tag)).isEqualTo(2);
        assertThat(db.rows("SELECT caller_subject FROM idempotency_record WHERE idempotency_key = ?", key))
                .extracting(r -> r.get("caller_subject")).containsExactlyInAnyOrder("alice", "bob");
    }

    @Test
    void stillInProgressIs409ThenReplays() throws Exception {
        String tag = "held-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        IdempotentResource.gate = new CountDownLatch(1);
        CompletableFuture<ExtractableResponse<Response>> first = CompletableFuture
                .supplyAsync(() -> post(tag, key, "{\"text\":\"slow\"}", null), pool);
        await().atMost(Duration.ofSeconds(10)).until(() -> runs(tag) == 1);

        Http.problem(postRaw(tag, key, "{\"text\":\"slow\"}", null), SC_CONFLICT, "idempotency-key-in-progress");
        assertThat(db.rows("SELECT state FROM idempotency_record WHERE idempotency_key = ?", key))
                .extracting(r -> r.get("state")).containsExactly("IN_PROGRESS");

        IdempotentResource.gate.countDown();
        assertThat(first.get().statusCode()).isEqualTo(SC_CREATED);
        assertThat(post(tag, key, "{\"text\":\"slow\"}", null).header(IdempotencyFilters.REPLAYED_HEADER))
                .isEqualTo("true");
        assertThat(runs(tag)).isOne();
    }

    @Test
    void concurrentRequestsWithOneKeyRunTheHandlerOnce() throws Exception {
        String tag = "held-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        IdempotentResource.gate = new CountDownLatch(1);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return post(tag, key, "{\"text\":\"race\"}", null);
            }, pool));
        }
        start.countDown();
        // the seven losers answer at once with 409 while the winner is held at the gate
        await().atMost(Duration.ofSeconds(15))
                .until(() -> calls.stream().filter(CompletableFuture::isDone).count() == 7);
        assertThat(runs(tag)).isOne();
        IdempotentResource.gate.countDown();
        List<Integer> statuses = calls.stream().map(c -> c.join().statusCode()).toList();
        assertThat(statuses).containsOnly(SC_CREATED, SC_CONFLICT);
        assertThat(statuses).filteredOn(s -> s == SC_CREATED).hasSize(1);
        assertThat(runs(tag)).isOne();
    }

    @Test
    void serverErrorReleasesTheKeySoTheClientCanRetry() {
        String tag = "flaky-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Http.problem(postRaw(tag, key, "{\"text\":\"retry\"}", null), SC_INTERNAL_SERVER_ERROR, "internal-error");
        assertThat(db.count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key)).isZero();

        ExtractableResponse<Response> retry = post(tag, key, "{\"text\":\"retry\"}", null);
        assertThat(retry.statusCode()).isEqualTo(SC_CREATED);
        assertThat(retry.header(IdempotencyFilters.REPLAYED_HEADER)).isNull();
        assertThat(post(tag, key, "{\"text\":\"retry\"}", null).header(IdempotencyFilters.REPLAYED_HEADER))
                .isEqualTo("true");
        assertThat(runs(tag)).isEqualTo(2);
    }

    @Test
    void clientErrorsAreStoredAndReplayed() {
        String tag = "reject-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        assertThat(post(tag, key, "{}", null).statusCode()).isEqualTo(SC_UNPROCESSABLE_ENTITY);
        ExtractableResponse<Response> again = post(tag, key, "{}", null);
        assertThat(again.statusCode()).isEqualTo(SC_UNPROCESSABLE_ENTITY);
        assertThat(again.header(IdempotencyFilters.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(runs(tag)).isOne();
    }

    @Test
    void malformedKeyIs400AndNothingRuns() {
        String tag = "echo-" + UUID.randomUUID();
        Http.problem(postRaw(tag, "x".repeat(256), "{}", null), SC_BAD_REQUEST, "invalid-idempotency-key");
        assertThat(runs(tag)).isZero();
    }

    @Test
    void withoutAKeyEveryPostRuns() {
        String tag = "echo-" + UUID.randomUUID();
        post(tag, null, "{}", null);
        post(tag, null, "{}", null);
        assertThat(runs(tag)).isEqualTo(2);
    }

    @Test
    void expiredKeysAreReusableAndPurged() throws Exception {
        String tag = "echo-" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        post(tag, key, "{\"text\":\"old\"}", null);
        db.update("UPDATE idempotency_record SET expires_at = now() - interval '1 minute' WHERE idempotency_key = ?",
                key);
        ExtractableResponse<Response> fresh = post(tag, key, "{\"text\":\"new\"}", null);
        assertThat(fresh.statusCode()).isEqualTo(SC_CREATED);
        assertThat(fresh.header(IdempotencyFilters.REPLAYED_HEADER)).isNull();
        assertThat(runs(tag)).isEqualTo(2);

        db.update("UPDATE idempotency_record SET expires_at = now() - interval '1 minute' WHERE idempotency_key = ?",
                key);
        assertThat(store.purgeExpired()).isPositive();
        assertThat(db.count("SELECT count(*) FROM idempotency_record WHERE idempotency_key = ?", key)).isZero();
    }

    private static int runs(String tag) {
        var counter = IdempotentResource.RUNS.get(tag);
        return counter == null ? 0 : counter.get();
    }

    private static ExtractableResponse<Response> post(String tag, String key, String body, String token) {
        return postRaw(tag, key, body, token).extract();
    }

    private static io.restassured.response.ValidatableResponse postRaw(String tag, String key, String body,
            String token) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header(IdempotencyFilters.HEADER, key);
        }
        if (token != null) {
            request.header("Authorization", Http.bearer(token));
        }
        return request.post("/test/idempotent/" + tag).then();
    }

}
