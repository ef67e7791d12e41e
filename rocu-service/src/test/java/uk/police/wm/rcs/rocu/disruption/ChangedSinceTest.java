package uk.police.wm.rcs.rocu.disruption;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.claim;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.post;
import static uk.police.wm.rcs.rocu.disruption.DisruptionFixtures.uniqueOcg;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.rocu.Tokens;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionView;
import uk.police.wm.rcs.rocu.moderation.ModerationResourceTest;

/** {@code GET /api/v1/disruptions?changedSince=}: change order, cursor-stable while records change, own force only. */
@QuarkusTest
class ChangedSinceTest {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aRecordChangedWhileTheClientPagesIsListedAgainInItsNewStateAndNoneIsSkipped() {
        Instant since = Instant.now();
        DisruptionView first = post("STA", claim(uniqueOcg()));
        DisruptionView second = post("STA", claim(uniqueOcg()));
        DisruptionView third = post("STA", claim(uniqueOcg()));
        DisruptionView otherForce = post("WMC", claim(uniqueOcg()));

        Page page1 = page("STA", since, null);
        assertThat(page1.ids()).containsExactly(first.id(), second.id());
        // the panel decides the first record, already listed, while the client pages
        ModerationResourceTest.decide(ModerationResourceTest.panel(), first.id(), "APPROVE", null, null)
                .statusCode(HttpStatus.SC_CREATED);
        Page page2 = page("STA", since, page1.nextCursor());
        assertThat(page2.ids()).containsExactly(third.id(), first.id());
        assertThat(page2.statuses()).containsExactly("CLAIMED", "APPROVED");
        assertThat(page2.nextCursor()).isNull();
        assertThat(page("WMC", since, null).ids()).containsExactly(otherForce.id());
    }

    @Test
    void changesAfterAStillOpenTransactionWaitForItSoNoCursorCanPassTheLateCommit() throws Exception {
        Instant since = Instant.now();
        DisruptionView a = post("WAR", claim(uniqueOcg()));
        DisruptionView b = post("WAR", claim(uniqueOcg()));
        DisruptionView c = post("WAR", claim(uniqueOcg()));
        DisruptionView d = post("WAR", claim(uniqueOcg()));
        Page first;
        Page second;
        DisruptionView e;
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            touch(slow, a.id()); // a transaction changes a and has not committed yet
            try (Connection quick = dataSource.getConnection()) {
                touch(quick, b.id()); // a later one changes b and commits at once
            }
            e = post("WAR", claim(uniqueOcg()));
            first = page("WAR", since, null, 2);
            second = page("WAR", since, first.nextCursor(), 2);
            slow.commit();
        }
        assertThat(first.ids()).containsExactly(a.id(), c.id());
        // b's change and e's claim began after a's still-open change: held back, so the client's cursor stays
        // before a's change, which would otherwise come in behind it and never be listed
        assertThat(second.ids()).containsExactly(d.id());
        assertThat(second.nextCursor()).isNull();
        // a client resuming from its cursor after the commit gets every change: a's late one included
        assertThat(page("WAR", since, first.nextCursor(), 10).ids())
                .containsExactly(d.id(), a.id(), b.id(), e.id());
    }

    @Test
    void aValueThatIsNotAnInstantIs400NamingTheParameter() {
        given().auth().oauth2(Tokens.force("STA")).queryParam("changedSince", "yesterday")
                .when().get("/api/v1/disruptions")
                .then().statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json")
                .body("field", equalTo("changedSince"));
    }

    private static void touch(Connection connection, String id) throws Exception {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE disruption SET updated_at = clock_timestamp() WHERE id = ?")) {
            update.setObject(1, UUID.fromString(id));
            update.executeUpdate();
        }
    }

    private static Page page(String force, Instant since, String cursor) {
        return page(force, since, cursor, 2);
    }

    private static Page page(String force, Instant since, String cursor, int limit) {
        var request = given().auth().oauth2(Tokens.force(force)).queryParam("changedSince", since.toString())
                .queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        var body = request.when().get("/api/v1/disruptions").then().statusCode(HttpStatus.SC_OK).extract();
        return new Page(body.path("items.id"), body.path("items.status"), body.path("nextCursor"));
    }

    private record Page(List<String> ids, List<String> statuses, String nextCursor) {
    }
}
