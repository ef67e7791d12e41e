package uk.police.wm.rcs.cyber;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.VIEWER;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.outreach.ProtectOutreachRequests.CyberEssentialsYear;

/**
 * The demo file {@code deploy/demo/34-cyber-protect-prevent.json} (Cyber Essentials, events and conferences, Prevent
 * interventions) is accepted by the API as the local stack replays it, and replaying it changes nothing. The older
 * cyber demo files share years with other tests' data, so they are exercised by the stack's own run.
 */
@QuarkusTest
class ProtectPreventDemoDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDemoRequestIsAcceptedAndTheFileReplays() throws IOException {
        Path file = Path.of(System.getProperty("rcs.repo.root"), "deploy", "demo", "34-cyber-protect-prevent.json");
        JsonNode requests = JSON.readTree(file.toFile());
        assertThat(requests.size()).isGreaterThan(20);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < requests.size(); i++) {
                JsonNode r = requests.get(i);
                assertThat(r.get("service").asText()).isEqualTo("cyber");
                assertThat(r.get("as").asText()).isEqualTo("cyber.officer");
                RequestSpecification spec = as(ECU).header("Idempotency-Key", "demo-34-cyber-protect-prevent-" + i)
                        .body(r.get("body").toString());
                int status = (r.get("method").asText().equals("PUT") ? spec.put(r.get("path").asText())
                        : spec.post(r.get("path").asText())).statusCode();
                assertThat(status).as("request " + i + " pass " + pass).satisfiesAnyOf(
                        s -> assertThat(s).isLessThan(400), s -> assertThat(s).isEqualTo(409));
            }
        }
        CyberEssentialsYear year = as(VIEWER).when().get("/api/v1/protect/cyber-essentials/2018-19").then()
                .statusCode(200).extract().as(CyberEssentialsYear.class);
        assertThat(year.monthsReported()).isEqualTo(12);
        assertThat(year.total().certifications()).isEqualTo(48);
        assertThat(as(VIEWER).queryParam("limit", 500).when().get("/api/v1/prevent/interventions/2018-19").then()
                .statusCode(200).extract().jsonPath().getList("items")).hasSize(10);
        assertThat(as(VIEWER).queryParam("limit", 500).when().get("/api/v1/outreach/events/2018-19").then()
                .statusCode(200).extract().jsonPath().getList("items")).hasSize(5);
    }
}
