package uk.police.wm.rcs.stack.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import uk.police.wm.rcs.stack.Ports;

/** The benchmarks' load tools against a small HTTP server on 127.0.0.1: what they send and what they count. */
class OpenLoopTest {

    private HttpServer server;
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile long answerAfterMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(Ports.LOOPBACK, 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/things", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization")
                        + " " + exchange.getRequestHeaders().getFirst("Content-Type") + " "
                        + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            try {
                Thread.sleep(answerAfterMillis); // the server's service time is what the test varies
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = "{\"id\":\"t-1\",\"force\":\"Ynys Môn\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders("POST".equals(exchange.getRequestMethod()) ? 201 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI things() {
        return URI.create("http://" + Ports.LOOPBACK + ":" + server.getAddress().getPort() + "/things");
    }

    @Test
    void sendsEveryScheduledRequestWithItsHeadersAndBodyAndTimesItFromItsDueTime() throws Exception {
        // 16 connections: the JDK server writes an answer's headers and body apart, so without TCP_NODELAY (a JVM-wide
        // setting another test's server may have fixed first) an exchange can wait out the client's delayed ACK,
        // about 40 ms; 16 connections still carry 100/s with room to spare
        OpenLoop.Result result = OpenLoop.run(100, 2, 16, Duration.ofSeconds(2),
                i -> LoadClient.Request.postJson(things(), "token-" + i, "{\"n\":" + i + "}"), status -> status == 201);

        assertThat(result.scheduled()).isEqualTo(200);
        assertThat(result.sent()).isEqualTo(200);
        assertThat(result.dropped()).isZero();
        assertThat(result.failed()).isZero();
        assertThat(received).hasSize(200).contains("POST Bearer token-7 application/json; charset=UTF-8 {\"n\":7}");
        assertThat(result.latencyMicros()).isSorted();
        assertThat(result.worstPerSecondMillis()).hasSize(2).doesNotContain(-1L);
        assertThat(result.elapsedSeconds()).isGreaterThanOrEqualTo(199 / 100.0);
    }

    @Test
    void aRequestTooLateWhenAConnectionFreesUpIsDroppedAndAWrongStatusCountsAsFailed() throws Exception {
        answerAfterMillis = 100;
        // one connection answering in 100 ms cannot keep 50/s: the queue grows and the late requests are dropped
        OpenLoop.Result result = OpenLoop.run(50, 1, 1, Duration.ofMillis(150),
                i -> LoadClient.Request.postJson(things(), null, "{}"), status -> status == 200);

        assertThat(result.dropped()).isPositive();
        assertThat(result.sent() + result.dropped()).isEqualTo(50);
        assertThat(result.failed()).isEqualTo(result.sent());
        assertThat(result.percentileMillis(100)).isGreaterThanOrEqualTo(100);
        // every second had a request over 100 ms, dated from the run's start
        assertThat(result.secondsOver(99)).singleElement().satisfies(second -> {
            assertThat(second.from()).isEqualTo(result.began());
            assertThat(second.worstMillis()).isGreaterThanOrEqualTo(100);
        });
        assertThat(result.secondsOver(60_000)).isEmpty();
    }

    @Test
    void aClosedLoopCountsEachAnswerAsASuccessOrAFailureUntilTheWindowEnds() throws Exception {
        ClosedLoop.Result result = ClosedLoop.http(Duration.ofMillis(300), 4, status -> status == 201,
                () -> LoadClient.Request.postJson(things(), null, "{}"));

        assertThat(result.succeeded()).isPositive().isEqualTo(received.size());
        assertThat(result.failed()).isZero();
        assertThat(result.perSecond()).isEqualTo(result.succeeded() / 0.3);
        assertThat(result.micros()).hasSize((int) result.succeeded()).isSorted();
        assertThat(result.percentileMillis(100)).isEqualTo(result.micros()[result.micros().length - 1] / 1000.0);
        ClosedLoop.Result refused = ClosedLoop.http(Duration.ofMillis(100), 2, status -> status == 200,
                () -> LoadClient.Request.postJson(things(), null, "{}"));
        assertThat(refused.succeeded()).isZero();
        assertThat(refused.failed()).isPositive();
    }

    @Test
    void aClosedLoopClosesEachWorkerAndFailsWhenOneThrows() {
        AtomicInteger closed = new AtomicInteger();
        assertThatThrownBy(() -> ClosedLoop.run(Duration.ofSeconds(5), 3, () -> new ClosedLoop.Worker() {
            @Override
            public boolean step() throws IOException {
                throw new IOException("connection lost");
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        })).isInstanceOf(IllegalStateException.class).hasRootCauseMessage("connection lost");
        assertThat(closed).hasValue(3);
    }

    @Test
    void exchangeReturnsTheAnswersBody() throws Exception {
        try (LoadClient client = new LoadClient(1)) {
            LoadClient.Answer answer = client.exchange(LoadClient.Request.get(things(), "t"));
            assertThat(answer.status()).isEqualTo(200);
            // JSON is UTF-8; the server names no charset
            assertThat(answer.body()).isEqualTo("{\"id\":\"t-1\",\"force\":\"Ynys Môn\"}");
        }
        assertThat(received).containsExactly("GET Bearer t null ");
    }
}
