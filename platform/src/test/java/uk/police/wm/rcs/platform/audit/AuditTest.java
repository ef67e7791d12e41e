package uk.police.wm.rcs.platform.audit;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_BAD_REQUEST;
import static org.apache.http.HttpStatus.SC_CREATED;
import static org.apache.http.HttpStatus.SC_FORBIDDEN;
import static org.apache.http.HttpStatus.SC_INTERNAL_SERVER_ERROR;
import static org.apache.http.HttpStatus.SC_OK;
import static org.apache.http.HttpStatus.SC_UNAUTHORIZED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import uk.police.wm.rcs.platform.correlation.CorrelationId;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.problem.ProblemDetail;
import uk.police.wm.rcs.platform.support.Db;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.stack.testing.TestTokens;
import uk.police.wm.rcs.platform.testapp.WidgetResponse;

/** DPA 2018 s.62 audit: written with the change, append-only in the database, refusals kept, auditors-only reads. */
@QuarkusTest
class AuditTest {

    @Inject
    DataSource dataSource;

    private Db db;

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @BeforeEach
    void setUp() {
        db = new Db(dataSource);
    }

    @Test
    void entryIsWrittenWithTheChangeNamingWhoAndTheCorrelationId() {
        String token = TestTokens.forSubject("officer-1").roles("analyst").sign();
        String correlationId = "audit-" + UUID.randomUUID();
        WidgetResponse widget = given().header("Authorization", Http.bearer(token))
                .header(CorrelationId.HEADER, correlationId).contentType(ContentType.JSON)
                .body(Map.of("name", "audited-" + UUID.randomUUID(), "impact", "MAJOR")).post("/test/widgets")
                .then().statusCode(SC_CREATED).extract().as(WidgetResponse.class);

        assertThat(db.rows("SELECT * FROM audit_log WHERE ? = ANY (record_ids)", widget.id().toString()))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("operation")).isEqualTo("COLLECTION");
                    assertThat(row.get("subject")).isEqualTo("officer-1");
                    assertThat(row.get("client_id")).isEqualTo("test-client");
                    assertThat(row.get("record_type")).isEqualTo("widget");
                    assertThat(row.get("outcome")).isEqualTo("SUCCESS");
                    assertThat(row.get("correlation_id")).isEqualTo(correlationId);
                    assertThat(row.get("at")).isNotNull();
                });
    }

    /**
     * Entries go into the record-id index as they are written, never into GIN's pending list: moving a full list into
     * the index later (by an insert, or by autovacuum's ANALYZE holding a transaction id the outbox relay had to wait
     * out) stalled claims and events for over half a second (V0_8).
     */
    @Test
    void entriesGoIntoTheRecordIdIndexAsTheyAreWrittenNotIntoAPendingList() {
        String token = TestTokens.forSubject("officer-1").roles("analyst").sign();
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", Http.bearer(token)).contentType(ContentType.JSON)
                    .body(Map.of("name", "indexed-" + UUID.randomUUID(), "impact", "MAJOR")).post("/test/widgets")
                    .then().statusCode(SC_CREATED);
        }

        assertThat(db.count("SELECT gin_clean_pending_list('audit_log_record_ids'::regclass)"))
                .as("pending-list pages the entries left to move into the index").isZero();
    }

    @Test
    void entryRollsBackWithAFailedChange() {
        long before = db.count("SELECT count(*) FROM audit_log WHERE operation = 'COLLECTION'");
        Http.problem(given().contentType(ContentType.JSON).body(Map.of("name", "x-" + UUID.randomUUID(),
                "impact", "MAJOR")).post("/test/widgets/fail").then(), SC_INTERNAL_SERVER_ERROR, "internal-error");
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE operation = 'COLLECTION'")).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesUpdateDeleteAndTruncate() {
        for (String sql : List.of("UPDATE audit_log SET justification = 'rewritten'",
                "DELETE FROM audit_log", "DELETE FROM audit_log WHERE false", "TRUNCATE audit_log")) {
            assertThatThrownBy(() -> db.update(sql)).as(sql).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void readWithoutJustificationIsRefusedAndTheRefusalIsAudited() {
        WidgetResponse widget = given().contentType(ContentType.JSON)
                .body(Map.of("name", "person-" + UUID.randomUUID(), "impact", "MAJOR")).post("/test/widgets")
                .then().statusCode(SC_CREATED).extract().as(WidgetResponse.class);
        String id = widget.id().toString();
        String token = TestTokens.forSubject("nosy").roles("analyst").sign();

        ProblemDetail missing = Http.problem(given().header("Authorization", Http.bearer(token))
                .get("/test/widgets/" + id + "/consult").then(), SC_BAD_REQUEST, "justification-required");
        assertThat(missing.detail()).contains("X-Justification", "10", "500");
        Http.problem(given().header("Authorization", Http.bearer(token)).header("X-Justification", "  because  ")
                .get("/test/widgets/" + id + "/consult").then(), SC_BAD_REQUEST, "justification-required");
        Http.problem(given().header("Authorization", Http.bearer(token)).header("X-Justification", "x".repeat(501))
                .get("/test/widgets/" + id + "/consult").then(), SC_BAD_REQUEST, "justification-required");

        List<Map<String, Object>> refusals = db.rows("SELECT * FROM audit_log WHERE ? = ANY (record_ids) "
                + "AND outcome = 'REFUSED' ORDER BY id", id);
        assertThat(refusals).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("operation")).isEqualTo("CONSULTATION");
            assertThat(row.get("subject")).isEqualTo("nosy");
        });
        assertThat(refusals).extracting(r -> r.get("justification")).containsExactly(null, "because",
                "x".repeat(500));

        String why = "Safeguarding review for case 2018/77";
        given().header("Authorization", Http.bearer(token)).header("X-Justification", "  " + why + " ")
                .get("/test/widgets/" + id + "/consult").then().statusCode(SC_OK);
        assertThat(db.rows("SELECT * FROM audit_log WHERE ? = ANY (record_ids) AND outcome = 'SUCCESS' "
                + "AND operation = 'CONSULTATION'", id)).singleElement()
                .satisfies(row -> assertThat(row.get("justification")).isEqualTo(why));
    }

    @Test
    void onlyAuditorsReadTheLog() {
        Http.problem(given().get("/api/v1/audit").then(), SC_UNAUTHORIZED, "unauthorized");
        String analyst = TestTokens.forSubject("analyst").roles("analyst", "admin").sign();
        Http.problem(given().header("Authorization", Http.bearer(analyst)).get("/api/v1/audit").then(),
                SC_FORBIDDEN, "forbidden");
    }

    @Test
    void auditorsFilterAndPageThroughEntries() {
        String token = TestTokens.forSubject("writer-" + UUID.randomUUID()).sign();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(given().header("Authorization", Http.bearer(token)).contentType(ContentType.JSON)
                    .body(Map.of("name", "paged-" + UUID.randomUUID(), "impact", "MAJOR")).post("/test/widgets")
                    .then().statusCode(SC_CREATED).extract().as(WidgetResponse.class).id().toString());
        }
        String subject = (String) db.rows("SELECT subject FROM audit_log WHERE ? = ANY (record_ids)", ids.get(0))
                .get(0).get("subject");
        String auditor = TestTokens.forSubject("auditor-1").roles("auditor").sign();

        List<AuditRecord> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().header("Authorization", Http.bearer(auditor)).queryParam("subject", subject)
                    .queryParam("operation", "COLLECTION").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Page<AuditRecord> page = request.get("/api/v1/audit").then().statusCode(SC_OK)
                    .extract().as(new TypeRef<Page<AuditRecord>>() {
                    });
            seen.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).extracting(r -> r.recordIds().get(0))
                .containsExactlyElementsOf(newestFirst(ids));
        assertThat(seen).allSatisfy(r -> {
            assertThat(r.subject()).isEqualTo(subject);
            assertThat(r.operation()).isEqualTo(AuditOperation.COLLECTION);
        });

        Page<AuditRecord> one = given().header("Authorization", Http.bearer(auditor))
                .queryParam("recordId", ids.get(2)).queryParam("recordType", "widget")
                .queryParam("from", "2000-01-01").get("/api/v1/audit").then().statusCode(SC_OK)
                .extract().as(new TypeRef<Page<AuditRecord>>() {
                });
        assertThat(one.items()).singleElement().satisfies(r -> assertThat(r.recordIds()).containsExactly(ids.get(2)));
        Page<AuditRecord> none = given().header("Authorization", Http.bearer(auditor))
                .queryParam("recordId", ids.get(2)).queryParam("to", "2000-01-01T00:00:00Z").get("/api/v1/audit")
                .then().statusCode(SC_OK).extract().as(new TypeRef<Page<AuditRecord>>() {
                });
        assertThat(none.items()).isEmpty();
        assertThat(none.nextCursor()).isNull();

        ProblemDetail bad = Http.problem(given().header("Authorization", Http.bearer(auditor))
                .queryParam("operation", "READ").get("/api/v1/audit").then(), SC_BAD_REQUEST, "invalid-value");
        assertThat(bad.extension("field")).isEqualTo("operation");
        Http.problem(given().header("Authorization", Http.bearer(auditor)).queryParam("from", "yesterday")
                .get("/api/v1/audit").then(), SC_BAD_REQUEST, "invalid-parameter");
    }

    private static List<String> newestFirst(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
