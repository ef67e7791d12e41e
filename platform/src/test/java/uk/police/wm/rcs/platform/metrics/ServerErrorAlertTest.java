package uk.police.wm.rcs.platform.metrics;

import static io.restassured.RestAssured.given;
import static org.apache.http.HttpStatus.SC_INTERNAL_SERVER_ERROR;
import static org.apache.http.HttpStatus.SC_OK;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import uk.police.wm.rcs.platform.support.Http;
import uk.police.wm.rcs.stack.testing.AlertRules;

/**
 * ServerErrorRateHigh fires on the service's own http_server_requests counters when 5xx answers go on for 5
 * minutes, and stays quiet while they are all 2xx. Each scrape stands for one minute of traffic.
 */
@QuarkusTest
class ServerErrorAlertTest {

    private static final String ALERT = "ServerErrorRateHigh";

    @BeforeAll
    static void http() {
        Http.setUp();
    }

    @Test
    void fiveMinutesOfInternalErrorsFireTheAlert() {
        AlertRules rules = AlertRules.forService("platform-test");
        for (int minute = 0; minute <= 6; minute++) {
            given().queryParam("limit", 5).get("/test/problems/limit").then().statusCode(SC_OK);
            given().get("/test/problems/boom").then().statusCode(SC_INTERNAL_SERVER_ERROR);
            rules.scrape(SecurityMetricsTest.scrape());
        }
        rules.assertFires(ALERT, 6, Map.of());
    }

    @Test
    void onlySuccessfulAnswersLeaveItQuiet() {
        AlertRules rules = AlertRules.forService("platform-test");
        for (int minute = 0; minute <= 6; minute++) {
            given().queryParam("limit", 5).get("/test/problems/limit").then().statusCode(SC_OK);
            rules.scrape(SecurityMetricsTest.scrape());
        }
        rules.assertQuiet(ALERT, 6);
    }
}
