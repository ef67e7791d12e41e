package uk.police.wm.rcs.cyber;

import java.math.BigDecimal;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.VIEWER;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every list is a cursor page ({@code items}, {@code nextCursor}): walking it two at a time returns each item once,
 * in order; a bad cursor or limit is a 400 problem. Data in financial year 2011-12, which no other test uses.
 */
@QuarkusTest
class ListPagingTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static void post(String path, Map<String, Object> body) {
        as(ECU).body(body).when().post(path).then().statusCode(HttpStatus.SC_CREATED);
    }

    private static void put(String path, Map<String, Object> body) {
        as(ECU).body(body).when().put(path).then().statusCode(HttpStatus.SC_CREATED);
    }

    /** Walks a list two at a time and returns the field of every item, in the order served. */
    private static List<String> walk(String path, String field) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(VIEWER).queryParam("limit", 2);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(path).then().statusCode(HttpStatus.SC_OK).extract().jsonPath();
            List<String> items = page.getList("items." + field, String.class);
            assertThat(items).hasSizeLessThanOrEqualTo(2);
            seen.addAll(items);
            cursor = page.getString("nextCursor");
            assertThat(++pages).isLessThan(100);
        } while (cursor != null);
        return seen;
    }

    @Test
    void everyYearlyListPagesInOrder() {
        for (String month : List.of("2011-06", "2011-04", "2012-01")) {
            put("/api/v1/digital-forensics/months/" + month, Map.of("kioskExaminations", 1, "centralSubmissions", 2));
            put("/api/v1/digital-pcso/months/" + month, Map.of("reach", 10, "events", Map.of()));
            put("/api/v1/protect/cyber-essentials/months/" + month, Map.of("smesEngaged", 1, "certifications", 0));
            post("/api/v1/protect/campaigns", Map.of("month", month, "theme", "Paging " + month,
                    "channel", "WEBSITE", "reach", 5));
        }
        for (String day : List.of("2011-09-01", "2011-05-01", "2012-03-01")) {
            post("/api/v1/outreach/events", Map.of("heldOn", day, "name", "Paging event", "kind", "EVENT",
                    "strand", "PROTECT", "audience", "SMES", "attendees", 3));
            post("/api/v1/prevent/interventions", Map.of("intervenedOn", day, "referralSource", "EDUCATION",
                    "interventionType", "WORKSHOP", "outcome", "ONGOING"));
            post("/api/v1/prepare/phishing-simulations", Map.of("name", "Paging simulation " + day, "sentOn", day,
                    "sent", 10, "clicked", 1, "reported", 2));
            post("/api/v1/prepare/exercises", Map.of("name", "Paging exercise", "heldOn", day, "kind", "LIVE"));
            post("/api/v1/training/sessions", Map.of("deliveredOn", day, "audience", "STAFF", "course", "Paging",
                    "attendees", 4));
        }
        List<String> months = List.of("2011-04", "2011-06", "2012-01");
        List<String> days = List.of("2011-05-01", "2011-09-01", "2012-03-01");
        assertThat(walk("/api/v1/digital-forensics/2011-12/months", "month")).isEqualTo(months);
        assertThat(walk("/api/v1/digital-pcso/2011-12/months", "month")).isEqualTo(months);
        assertThat(walk("/api/v1/protect/cyber-essentials/2011-12/months", "month")).isEqualTo(months);
        assertThat(walk("/api/v1/protect/campaigns/2011-12", "month")).isEqualTo(months);
        assertThat(walk("/api/v1/outreach/events/2011-12", "heldOn")).isEqualTo(days);
        assertThat(walk("/api/v1/prevent/interventions/2011-12", "intervenedOn")).isEqualTo(days);
        assertThat(walk("/api/v1/prepare/phishing-simulations/2011-12", "sentOn")).isEqualTo(days);
        assertThat(walk("/api/v1/prepare/exercises/2011-12", "heldOn")).isEqualTo(days);
        assertThat(walk("/api/v1/training/2011-12/sessions", "deliveredOn")).isEqualTo(days);
    }

    @Test
    void fundingListsPageInOrderWithEachItemOnce() {
        for (String day : List.of("2011-08-02", "2011-08-01", "2011-08-03")) {
            post("/api/v1/funding/bids", Map.of("board", "Paging board", "purpose", "Paging " + day,
                    "amount", new BigDecimal("10.00"), "submittedOn", day));
        }
        List<String> submitted = walk("/api/v1/funding/bids", "submittedOn");
        assertThat(submitted).isSorted().containsSubsequence("2011-08-01", "2011-08-02", "2011-08-03");
        List<String> ids = walk("/api/v1/funding/bids", "id");
        assertThat(ids).doesNotHaveDuplicates().hasSameSizeAs(submitted);
        assertThat(walk("/api/v1/funding/programmes", "code")).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aBadCursorOrLimitIsAProblem() {
        for (String path : List.of("/api/v1/funding/bids", "/api/v1/prepare/exercises/2011-12",
                "/api/v1/digital-pcso/2011-12/months", "/api/v1/prevent/interventions/2011-12")) {
            as(VIEWER).queryParam("cursor", "not-a-cursor").when().get(path).then()
                    .statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
            as(VIEWER).queryParam("limit", 0).when().get(path).then()
                    .statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        }
        // a well-formed cursor whose parts do not parse for this list
        String foreign = new uk.police.wm.rcs.platform.paging.Cursor("yesterday", "nobody").encode();
        as(VIEWER).queryParam("cursor", foreign).when().get("/api/v1/training/2011-12/sessions").then()
                .statusCode(HttpStatus.SC_BAD_REQUEST).contentType("application/problem+json");
        RestAssured.given().when().get("/api/v1/training/2011-12/sessions").then()
                .statusCode(HttpStatus.SC_UNAUTHORIZED);
    }
}
