package uk.police.wm.rcs.cyber;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.stack.testing.TestTokens;

/**
 * The contract declares every header the service demands: each operation that answers 400
 * {@code justification-required} without {@code X-Justification} declares that header in the served OpenAPI
 * document, and each operation declaring it is refused without it.
 */
@QuarkusTest
class JustificationContractTest {

    private static final String HEADER = "X-Justification";

    /** Every role the service knows, so that no read is refused for want of a role before the header is checked. */
    private static final String EVERYONE = TestTokens.forSubject("contract-probe")
            .person("SECRET", "cyber-officer", "governance-viewer", "auditor", "records-reviewer").sign();

    /** Path parameters that parse, so a read gets as far as its header check. */
    private static final Map<String, String> SAMPLE = Map.of("fy", "2018-19", "quarter", "Q1",
            "id", "00000000-0000-4000-8000-000000000000", "month", "2018-04", "strand", "PROTECT", "area",
            "CAPABILITY", "code", "NCSP");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private record Operation(String method, String path, boolean declaresJustification) {
    }

    private static List<Operation> served() throws Exception {
        String json = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        JsonNode paths = new ObjectMapper().readTree(json).get("paths");
        List<Operation> operations = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            boolean declares = false;
            for (JsonNode p : op.getValue().path("parameters")) {
                declares |= "header".equals(p.path("in").asText()) && HEADER.equals(p.path("name").asText())
                        && p.path("required").asBoolean();
            }
            operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), declares));
        }));
        return operations;
    }

    private static Response callWithoutJustification(Operation op) {
        Matcher names = Pattern.compile("\\{([^}]+)}").matcher(op.path());
        String path = names.replaceAll(m -> SAMPLE.getOrDefault(m.group(1), "x"));
        return given().auth().oauth2(EVERYONE).when().request(op.method(), path);
    }

    @Test
    void theReferralReadsDeclareTheHeader() throws Exception {
        assertThat(served()).filteredOn(Operation::declaresJustification)
                .extracting(op -> op.method() + " " + op.path())
                .contains("GET /api/v1/referrals", "GET /api/v1/referrals/{id}",
                        "GET /api/v1/referrals/overdue-victim-contacts");
    }

    @Test
    void everyReadThatDemandsTheHeaderDeclaresItAndEveryDeclarationIsEnforced() throws Exception {
        for (Operation op : served()) {
            if (!op.method().equals("GET") && !op.declaresJustification()) {
                continue; // writes are not probed: an empty write could change data other tests count
            }
            Response response = callWithoutJustification(op);
            boolean demanded = response.statusCode() == 400 && response.asString().contains("justification-required");
            assertThat(demanded).as("%s %s demands %s: %s; declared: %s", op.method(), op.path(), HEADER,
                    response.statusCode(), op.declaresJustification()).isEqualTo(op.declaresJustification());
            if (demanded) {
                assertThat(response.contentType()).startsWith("application/problem+json");
            }
        }
    }
}
