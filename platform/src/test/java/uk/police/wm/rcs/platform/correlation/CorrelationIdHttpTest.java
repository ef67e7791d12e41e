package uk.police.wm.rcs.platform.correlation;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_CONFLICT;
import static org.apache.http.HttpStatus.SC_INTERNAL_SERVER_ERROR;
import static org.apache.http.HttpStatus.SC_NOT_FOUND;
import static org.apache.http.HttpStatus.SC_OK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.police.wm.rcs.platform.problem.ProblemDetail;
import uk.police.wm.rcs.platform.problem.ProblemMappers;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.platform.testapp.ProblemsResource;

/** The correlation id is accepted or generated, logged with every line of the request and echoed back. */
@QuarkusTest
class CorrelationIdHttpTest {

    private final List<ExtLogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                ext.copyMdc();
                logged.add(ext);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @BeforeEach
    void captureLogs() {
        org.jboss.logmanager.Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        org.jboss.logmanager.Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void acceptedIdIsEchoedSeenByTheResourceAndOnItsLogLines() {
        String id = "req-" + UUID.randomUUID();
        ProblemsResource.Seen seen = given().header(CorrelationId.HEADER, id).get("/test/problems/correlation")
                .then().statusCode(SC_OK).header(CorrelationId.HEADER, id)
                .extract().as(ProblemsResource.Seen.class);
        assertThat(seen.correlationId()).isEqualTo(id);
        assertThat(logged).filteredOn(r -> r.getLoggerName().equals(ProblemsResource.class.getName()))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.getMdc(CorrelationId.MDC_KEY)).isEqualTo(id));
    }

    @Test
    void invalidOrMissingIdIsReplacedByAFreshUuid() {
        for (String offered : new String[] { "has spaces", "x".repeat(65), "semi;colon", "" }) {
            String echoed = given().header(CorrelationId.HEADER, offered).get("/test/problems/correlation")
                    .then().statusCode(SC_OK).extract().header(CorrelationId.HEADER);
            assertThat(echoed).isNotEqualTo(offered);
            assertThat(UUID.fromString(echoed)).isNotNull();
        }
        String first = given().get("/test/problems/correlation").then().extract().header(CorrelationId.HEADER);
        String second = given().get("/test/problems/correlation").then().extract().header(CorrelationId.HEADER);
        assertThat(UUID.fromString(first)).isNotEqualTo(UUID.fromString(second));
    }

    @Test
    void problemBodiesCarryTheSameId() {
        String id = "problem-" + UUID.randomUUID();
        ProblemDetail conflict = Http.problem(given().header(CorrelationId.HEADER, id)
                .get("/test/problems/status/409").then().header(CorrelationId.HEADER, id), SC_CONFLICT, "conflict");
        assertThat(conflict.correlationId()).isEqualTo(id);

        ProblemDetail unrouted = Http.problem(given().header(CorrelationId.HEADER, id).get("/nowhere")
                .then().header(CorrelationId.HEADER, id), SC_NOT_FOUND, "not-found");
        assertThat(unrouted.correlationId()).isEqualTo(id);
    }

    @Test
    void serverSideStackTraceIsLoggedWithTheId() {
        String id = "trace-" + UUID.randomUUID();
        Http.problem(given().header(CorrelationId.HEADER, id).get("/test/problems/boom").then(),
                SC_INTERNAL_SERVER_ERROR, "internal-error");
        assertThat(logged).filteredOn(r -> r.getLoggerName().equals(ProblemMappers.class.getName()))
                .anySatisfy(r -> {
                    assertThat(r.getMdc(CorrelationId.MDC_KEY)).isEqualTo(id);
                    assertThat(r.getThrown()).isInstanceOf(IllegalStateException.class);
                    assertThat(r.getFormattedMessage()).contains(id);
                });
    }
}
