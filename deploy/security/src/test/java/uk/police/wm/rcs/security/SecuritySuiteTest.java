package uk.police.wm.rcs.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.police.wm.rcs.security.Attack.Answer;
import uk.police.wm.rcs.security.HostileBodies.Hostile;
import uk.police.wm.rcs.security.Ledger.Violation;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;

/**
 * The security suite (issue 13): every operation of the four served OpenAPI documents attacked through the real
 * stack with real Keycloak tokens. Bad tokens must get 401 problems, roles an operation does not allow 403 (or 404),
 * hostile bodies 4xx problems with nothing written, concurrent identical claims one record. Prints
 * {@code security: N operations, M requests, K violations} and writes {@code target/security-report.md}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuritySuiteTest {

    /** Operations the documents declare without a security requirement, each with why that is right. */
    static final Map<String, String> PUBLIC_OPERATIONS = Map.of(
            "gateway GET /api/v1/{service}/openapi",
            "each service's contract through the front door, public like /q/openapi: integrators read it before they have a client");

    /** Endpoints outside the documents that answer without a token by design, each with why. */
    static final Map<String, String> PUBLIC_INFRASTRUCTURE = Map.of(
            "/q/health", "liveness/readiness for the orchestrator; no data",
            "/q/health/live", "liveness probe",
            "/q/health/ready", "readiness probe",
            "/q/health/started", "startup probe",
            "/q/openapi", "the published contract",
            "/q/metrics", "Prometheus scrape on the cluster network; no records");

    /** Gateway pages for people, hidden from its document: without a session they redirect to Keycloak's sign-in. */
    static final List<String> SIGN_IN_PAGES = List.of("/governance", "/governance/pdf?quarter=2018-19/Q1");

    private static final String JUSTIFICATION = "Security suite: checking access rules";

    private static LocalStack stack;
    private static SuiteTokens tokens;
    private static Ledger ledger;
    private static Attack attack;
    private static final Map<RcsService, JsonNode> documents = new EnumMap<>(RcsService.class);
    private static final Map<RcsService, SchemaSamples> samples = new EnumMap<>(RcsService.class);
    private static final List<ApiOperation> operations = new ArrayList<>();
    /** Reader profiles in the order an allowed one is chosen for an operation. */
    private static final Map<String, Profile> profiles = new LinkedHashMap<>();
    private static final Map<String, String> unexercisable = new TreeMap<>();
    private static long started;

    /** A caller of the realm: a real token and the realm roles it carries. */
    record Profile(String name, String token, List<String> roles) {
    }

    @BeforeAll
    static void startStack() {
        started = System.nanoTime();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        stack = LocalStack.start(LocalStack.Options.forTests());
        ledger = new Ledger();
        attack = new Attack(ledger);
        tokens = new SuiteTokens(stack.keycloak());
        tokens.createExpiringClient();
        MarkingMatrix.createUsers(tokens);
        for (String client : List.of("force-wmp", "force-war", "region-partner-em")) {
            String token = tokens.realm().clientToken(client);
            profiles.put(client, new Profile(client, token, SuiteTokens.roles(token)));
        }
        for (String user : List.of("rocu.analyst", "rocu.moderator", "ctu.officer", "ctu.officer.os", "cyber.officer",
                "gov.viewer.secret", "gov.viewer", "auditor", "records.reviewer", "admin")) {
            String token = tokens.realm().userToken(user);
            profiles.put(user, new Profile(user, token, SuiteTokens.roles(token)));
        }
        for (RcsService service : RcsService.values()) {
            JsonNode document = ApiOperations.document(stack.serviceUrl(service));
            documents.put(service, document);
            samples.put(service, new SchemaSamples(document));
            operations.addAll(ApiOperations.of(service, document));
        }
    }

    @AfterAll
    static void report() throws IOException {
        if (ledger == null) {
            if (stack != null) {
                stack.close();
            }
            return;
        }
        List<Violation> violations = ledger.violations();
        String line = "security: " + operations.size() + " operations, " + ledger.requests() + " requests, "
                + violations.size() + " violations";
        System.out.println(line);
        if (MarkingMatrix.summary != null) {
            // the matrix's violations are in the count above; its own line says how much it checked
            System.out.println(MarkingMatrix.summary);
        }
        StringBuilder report = new StringBuilder("# Security suite report\n\n").append(line)
                .append(String.format(" (%.0f s)%n%n", (System.nanoTime() - started) / 1e9));
        if (MarkingMatrix.summary != null) {
            report.append(MarkingMatrix.summary).append("\n\n");
        }
        report.append("## Violations by phase and attack\n\n| phase | attack | answer | count |\n|---|---|---|---|\n");
        violations.stream().collect(Collectors.groupingBy(v -> v.phase() + " | " + v.attack() + " | " + v.answer(),
                TreeMap::new, Collectors.counting())).forEach((k, n) -> report.append("| ").append(k).append(" | ")
                .append(n).append(" |\n"));
        report.append("\n## Every violation\n\n");
        violations.forEach(v -> report.append("- ").append(v.line().replace("|", "\\|")).append('\n'));
        if (MarkingMatrix.table != null) {
            report.append("\n## Marking matrix\n\n").append(MarkingMatrix.table);
        }
        report.append("\n## Operations exercised\n\n");
        ledger.exercised().forEach(o -> report.append("- ").append(o).append('\n'));
        Path target = Path.of("target");
        Files.createDirectories(target);
        Files.writeString(target.resolve("security-report.md"), report.toString(), StandardCharsets.UTF_8);
        stack.close();
    }

    @Test
    @Order(1)
    void theDocumentsListTheOperations() {
        for (RcsService service : RcsService.values()) {
            assertThat(operations).as("%s's served document has operations", service)
                    .anyMatch(o -> o.service() == service);
        }
        List<String> undeclared = operations.stream().filter(ApiOperation::isPublic).map(ApiOperation::name)
                .filter(name -> !PUBLIC_OPERATIONS.containsKey(name)).toList();
        undeclared.forEach(name -> ledger.violation("public", name, "declares no security requirement",
                "not in PUBLIC_OPERATIONS", ""));
        assertThat(undeclared).as("operations without a security requirement that are not meant to be public").isEmpty();
    }

    @Test
    @Order(2)
    void everyOperationRefusesABadTokenWithA401Problem() {
        String expired = tokens.expired("admin");
        for (ApiOperation operation : operations) {
            String url = url(operation);
            if (url == null) {
                continue;
            }
            if (operation.isPublic()) {
                Answer answer = attack.send(operation.method(), url, null, Map.of(), null);
                if (answer.status() != 200) {
                    ledger.violation("auth", operation.name(), "public operation without a token", answer.summary(), answer.body());
                }
                ledger.exercised(operation);
                continue;
            }
            Profile base = allowedProfile(operation);
            Map<String, String> cases = new LinkedHashMap<>();
            cases.put("no token", null);
            cases.put("expired token (real, Keycloak-signed)", expired);
            cases.put("expired token (another key)", tokens.expiredSignedByAnotherKey(base.token()));
            cases.put("token signed by another key", tokens.signedByAnotherKey(base.token()));
            cases.put("alg: none", SuiteTokens.algNone(base.token()));
            cases.put("tampered payload (clearance SECRET, a caveat added; signature kept)",
                    SuiteTokens.tampered(SuiteTokens.tampered(base.token(), "clearance", "SECRET"), "caveats",
                            List.of("UK_EYES_ONLY", "SECURITY_SUITE")));
            cases.put("garbage bearer", "not-a-jwt");
            for (Map.Entry<String, String> attackCase : cases.entrySet()) {
                Answer answer = attack.send(operation.method(), url, attackCase.getValue(), headers(operation), body(operation));
                if (answer.status() != 401 || !answer.isProblem()) {
                    ledger.violation("auth", operation.name(), attackCase.getKey(), answer.summary(), answer.body());
                }
            }
            ledger.exercised(operation);
        }
        assertNoViolations("auth");
    }

    @Test
    @Order(3)
    void everyOperationRefusesTheRolesItDoesNotAllow() {
        for (ApiOperation operation : operations) {
            String url = url(operation);
            if (url == null || operation.isPublic() || operation.roles().isEmpty()) {
                continue;
            }
            for (Profile profile : profiles.values()) {
                if (operation.allows(profile.roles())) {
                    continue;
                }
                Answer answer = attack.send(operation.method(), url, profile.token(), headers(operation), body(operation));
                boolean refused = (answer.status() == 403 || answer.status() == 404) && answer.isProblem();
                if (!refused) {
                    ledger.violation("roles", operation.name(), profile.name() + " " + profile.roles()
                            + " (allowed: " + operation.roles() + ")", answer.summary(), answer.body());
                }
            }
        }
        assertNoViolations("roles");
    }

    @Test
    @Order(4)
    void publicEndpointsAreTheListedOnesAndSignInPagesRedirect() {
        for (RcsService service : RcsService.values()) {
            for (String path : PUBLIC_INFRASTRUCTURE.keySet()) {
                Answer answer = attack.send("GET", stack.serviceUrl(service) + path, null, Map.of(), null);
                if (answer.status() != 200) {
                    ledger.violation("public", service.key() + " GET " + path, "public endpoint without a token",
                            answer.summary(), answer.body());
                }
            }
        }
        for (String page : SIGN_IN_PAGES) {
            Answer answer = attack.send("GET", stack.serviceUrl(RcsService.GATEWAY) + page, null,
                    Map.of("Accept", "text/html, application/pdf"), null);
            String location = answer.header("Location");
            if (answer.status() != 302 || location == null || !location.startsWith(stack.keycloak().realmUrl())) {
                ledger.violation("public", "gateway GET " + page, "sign-in page without a session must redirect to Keycloak",
                        answer.summary() + " Location=" + location, answer.body());
            }
        }
        assertNoViolations("public");
    }

    @Test
    @Order(5)
    void hostileBodiesGetA4xxProblemAndWriteNothing() throws SQLException {
        for (ApiOperation operation : operations) {
            if (!operation.writes()) {
                continue;
            }
            ApiOperation target = frontDoorTarget(operation);
            String url = url(operation);
            if (url == null || target.bodySchema() == null) {
                continue;
            }
            SchemaSamples schemas = samples.get(target.service());
            JsonNode schema = schemas.resolve(target.bodySchema());
            Profile caller = allowedProfile(target);
            Map<String, Long> before = rowCounts(target.service());
            boolean answered2xx = false;
            for (Hostile hostile : HostileBodies.of(schemas.sample(schema, "", 0), schema, schemas)) {
                Map<String, String> headers = new LinkedHashMap<>(headers(operation));
                Answer answer = hostile.bytes().length > HostileBodies.TWELVE_MB
                        ? attack.sendLarge(operation.method(), url, caller.token(), headers, hostile.bytes())
                        : attack.send(operation.method(), url, caller.token(), headers, hostile.bytes());
                boolean refused = answer.status() >= 400 && answer.status() < 500 && answer.isProblem()
                        || operation.isBatch() && nothingCreated(answer);
                if (!refused) {
                    answered2xx |= answer.status() >= 200 && answer.status() < 300;
                    ledger.violation("hostile", operation.name(), hostile.name(), answer.summary(), answer.body());
                }
            }
            Map<String, Long> after = rowCounts(target.service());
            Map<String, String> grown = new TreeMap<>();
            after.forEach((table, count) -> {
                long was = before.getOrDefault(table, 0L);
                if (count > was) {
                    grown.put(table, was + " -> " + count);
                }
            });
            if (!grown.isEmpty() && !answered2xx) {
                ledger.violation("hostile", operation.name(), "partial write (every variant refused, yet rows appeared)",
                        "rows", grown.toString());
            }
        }
        assertNoViolations("hostile");
    }

    @Test
    @Order(6)
    void twentySimultaneousIdenticalClaimsMakeOneRecord() throws Exception {
        String url = stack.serviceUrl(RcsService.ROCU) + "/api/v1/disruptions";
        String token = profiles.get("force-wmp").token();
        for (boolean sameKey : List.of(false, true)) {
            String sourceRecordId = "SEC-CONCURRENT-" + UUID.randomUUID();
            byte[] body = ("{\"sourceRecordId\":\"" + sourceRecordId + "\",\"targetType\":\"NONE\",\"leadAgency\":\"FORCE\","
                    + "\"crimeType\":\"MODERN_SLAVERY_AND_HUMAN_TRAFFICKING\",\"claimedImpact\":\"MAJOR\","
                    + "\"category\":\"PROTECT\",\"activityLevel\":\"LOCAL\",\"disruptedOn\":\"2024-05-10\","
                    + "\"narrative\":\"Synthetic concurrent claim.\"}").getBytes(StandardCharsets.UTF_8);
            String key = "security-suite-" + UUID.randomUUID();
            String name = "rocu POST /api/v1/disruptions";
            String attackName = "20 simultaneous identical claims" + (sameKey ? " with one Idempotency-Key" : " without a key");
            CountDownLatch gate = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(20);
            List<Future<Answer>> answers = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++) {
                    answers.add(pool.submit(() -> {
                        gate.await();
                        return attack.send("POST", url, token, sameKey ? Map.of("Idempotency-Key", key) : Map.of(), body);
                    }));
                }
                gate.countDown();
                List<Answer> results = new ArrayList<>();
                for (Future<Answer> answer : answers) {
                    results.add(answer.get(60, TimeUnit.SECONDS));
                }
                long created = results.stream().filter(a -> a.status() == 201).count();
                Set<String> ids = results.stream().filter(a -> a.status() == 200 || a.status() == 201)
                        .map(a -> idOf(a.body())).collect(Collectors.toSet());
                String statuses = results.stream().map(a -> String.valueOf(a.status()))
                        .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting())).toString();
                if (results.stream().anyMatch(a -> a.status() >= 500 || a.status() < 0
                        || (a.status() != 200 && a.status() != 201 && a.status() != 409))) {
                    ledger.violation("concurrency", name, attackName, "statuses " + statuses, "");
                }
                if (sameKey ? created < 1 : created != 1) {
                    ledger.violation("concurrency", name, attackName, "201 answered " + created + " times",
                            "statuses " + statuses);
                }
                if (ids.size() > 1) {
                    ledger.violation("concurrency", name, attackName, "answers name " + ids.size() + " records", ids.toString());
                }
                long rows = count(RcsService.ROCU, "select count(*) from disruption where source_record_id = '" + sourceRecordId + "'");
                if (rows != 1) {
                    ledger.violation("concurrency", name, attackName, rows + " records in the database", "statuses " + statuses);
                }
                System.out.println("concurrency: " + attackName + ": statuses " + statuses + ", records " + rows);
            } finally {
                pool.shutdownNow();
            }
        }
        assertNoViolations("concurrency");
    }

    @Test
    @Order(7)
    void markingMatrix() {
        new MarkingMatrix(stack, tokens, attack, ledger).run();
        assertNoViolations("marking");
    }

    @Test
    @Order(100)
    void everyOperationOfTheFourDocumentsWasExercised() {
        List<String> missed = operations.stream().map(ApiOperation::name)
                .filter(name -> !ledger.exercised().contains(name))
                .map(name -> name + (unexercisable.containsKey(name) ? " (" + unexercisable.get(name) + ")" : ""))
                .toList();
        assertThat(missed).as("operations of the served documents the auth matrix did not exercise").isEmpty();
        List<Violation> violations = ledger.violations();
        assertThat(violations).as("security: %d operations, %d requests, %d violations:%n%s", operations.size(),
                ledger.requests(), violations.size(),
                violations.stream().map(Violation::line).collect(Collectors.joining("\n"))).isEmpty();
    }

    private static void assertNoViolations(String phase) {
        List<Violation> found = ledger.violations(phase);
        assertThat(found).as("%s: %d violations:%n%s", phase, found.size(),
                found.stream().map(Violation::line).collect(Collectors.joining("\n"))).isEmpty();
    }

    /** The first profile (in the order of {@link #profiles}) that the operation allows. */
    private static Profile allowedProfile(ApiOperation operation) {
        return profiles.values().stream().filter(p -> operation.allows(p.roles())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No profile of the realm may call " + operation));
    }

    private static Map<String, String> headers(ApiOperation operation) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Justification", JUSTIFICATION);
        // every media type the documents answer in (text/event-stream: the gateway's partner stream), so content
        // negotiation never answers 406 before authentication and roles are checked
        headers.put("Accept", "application/json, application/problem+json, text/html, application/pdf, text/event-stream");
        if (operation.method().equals("PUT") || operation.headers().contains("If-Match")) {
            headers.put("If-Match", "\"0\"");
        }
        return headers;
    }

    /** A plausible JSON body for a write, null for other methods and body-less writes. */
    private static byte[] body(ApiOperation operation) {
        ApiOperation target = frontDoorTarget(operation);
        if (!target.writes() || target.bodySchema() == null) {
            return null;
        }
        SchemaSamples schemas = samples.get(target.service());
        return schemas.sample(target.bodySchema(), "", 0).toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The operation a front-door operation of the gateway reaches (its requests go to rocu's disruptions), else the
     * operation itself.
     */
    private static ApiOperation frontDoorTarget(ApiOperation operation) {
        if (operation.service() != RcsService.GATEWAY || !operation.path().contains("{service}")
                || operation.path().endsWith("/openapi")) {
            return operation;
        }
        String path = operation.method().equals("POST") || operation.method().equals("GET")
                ? "/api/v1/disruptions" : "/api/v1/disruptions/{id}";
        return operations.stream().filter(o -> o.service() == RcsService.ROCU && o.path().equals(path)
                        && o.method().equals(operation.method())).findFirst()
                .orElse(operation);
    }

    /** The operation's URL with its path parameters filled; null (and recorded) when one cannot be filled. */
    private static String url(ApiOperation operation) {
        String path = operation.path();
        for (Map.Entry<String, JsonNode> parameter : operation.pathParameters().entrySet()) {
            String value = PathValues.value(operation, parameter.getKey(), parameter.getValue());
            if (value == null) {
                unexercisable.put(operation.name(), "no value for path parameter " + parameter.getKey());
                return null;
            }
            path = path.replace("{" + parameter.getKey() + "}", value);
        }
        if (path.contains("{")) {
            unexercisable.put(operation.name(), "path parameter not declared: " + path);
            return null;
        }
        return stack.serviceUrl(operation.service()) + path;
    }

    /** Rows per table of a service's database, without the tables that change for reasons other than a write. */
    private static Map<String, Long> rowCounts(RcsService service) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = stack.postgres().connect(service.database());
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                // idempotency claims and refusal entries in the audit log are written for refused requests by design
                if (table.contains("idempotency") || table.equals("audit_log") || table.startsWith("flyway")) {
                    continue;
                }
                try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** A batch's 200 answer that created nothing: every item a PROBLEM. */
    private static boolean nothingCreated(Answer answer) {
        try {
            JsonNode json = SchemaSamples.JSON.readTree(answer.body());
            return answer.status() == 200 && json.path("created").asInt(-1) == 0 && json.path("duplicates").asInt(-1) == 0
                    && json.path("problems").asInt(-1) == json.path("total").asInt(-2);
        } catch (IOException e) {
            return false;
        }
    }

    static String idOf(String json) {
        try {
            return SchemaSamples.JSON.readTree(json).path("id").asText();
        } catch (IOException e) {
            return "(unreadable answer)";
        }
    }

    private static long count(RcsService service, String sql) throws SQLException {
        try (Connection connection = stack.postgres().connect(service.database());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
