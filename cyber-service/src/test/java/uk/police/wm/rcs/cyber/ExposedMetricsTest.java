package uk.police.wm.rcs.cyber;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.testing.ExposedMetrics;

/**
 * The committed list of what /q/metrics exposes (src/main/metrics/exposed-metrics.txt), which deploy/k8s-validation
 * checks every alert and dashboard query against: the build fails when the service stops exposing a listed metric.
 */
@QuarkusTest
class ExposedMetricsTest {

    @Test
    void committedMetricNamesMatchWhatTheServiceExposes() {
        // an API request of its own (/q/ paths are not counted) and a collection first, so the HTTP server's and the
        // garbage collector's metrics exist whatever ran before
        given().get("/api/v1/audit").then().statusCode(401);
        System.gc();
        String scraped = given().get("/q/metrics").then().statusCode(200).extract().asString();
        ExposedMetrics.assertMatchesCommitted(scraped, Path.of("src/main/metrics/exposed-metrics.txt"));
    }
}
