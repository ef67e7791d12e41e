package uk.police.wm.rcs.stack;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programmatic stack for end-to-end tests: free ports, the real infrastructure, the services (stand-ins here, as
 * the real ones are built by other modules) wired to it, the demo data replayed, and nothing left behind on close.
 */
class LocalStackTest {

    @TempDir
    Path checkout;

    @Test
    void wholeStackOnFreePortsWiresTheServicesReplaysDemoDataAndLeavesNoProcess() throws Exception {
        RepoLayout repo = checkoutWithStandInServices();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<Long> pids = new ArrayList<>();
        Path work;
        List<Integer> ports = new ArrayList<>();
        LocalStack.Options options = LocalStack.Options.forTests().withDemoData(true)
                .withOutput(new PrintStream(output, true, StandardCharsets.UTF_8));
        try (LocalStack stack = LocalStack.start(options, repo)) {
            work = stack.workDirectory();
            ports.addAll(List.of(stack.postgres().port(), stack.kafka().port(), stack.keycloak().httpPort()));
            stack.serviceUrls().keySet().forEach(s -> ports.add(stack.service(s).port()));
            assertThat(ports).doesNotContain(LocalStack.POSTGRES_PORT, LocalStack.KAFKA_PORT, LocalStack.KEYCLOAK_PORT, 8080, 8081, 8082, 8083);
            pids.addAll(stack.childPids());
            ProcessHandle.of(stack.keycloak().pid()).ifPresent(h -> h.descendants().forEach(d -> pids.add(d.pid())));

            try (Connection c = DriverManager.getConnection(stack.jdbcUrl(RcsService.CTU), "postgres", "postgres");
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT datname FROM pg_database")) {
                List<String> databases = new ArrayList<>();
                while (rs.next()) {
                    databases.add(rs.getString(1));
                }
                assertThat(databases).contains("ctu", "rocu", "cyber", "gateway");
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("local-stack-test", "k", "v")).get(30, TimeUnit.SECONDS);
            }

            assertThat(get(stack.serviceUrl(RcsService.ROCU) + "/env")).contains(
                    "QUARKUS_DATASOURCE_JDBC_URL=" + stack.jdbcUrl(RcsService.ROCU),
                    "KAFKA_BOOTSTRAP_SERVERS=" + stack.kafka().bootstrapServers(),
                    "QUARKUS_OIDC_AUTH_SERVER_URL=" + stack.keycloak().realmUrl());
            assertThat(get(stack.serviceUrl(RcsService.GATEWAY) + "/env")).contains(
                    "QUARKUS_DATASOURCE_JDBC_URL=" + stack.jdbcUrl(RcsService.GATEWAY),
                    "RCS_ROUTES_CTU_URL=" + stack.serviceUrl(RcsService.CTU),
                    "RCS_ROUTES_ROCU_URL=" + stack.serviceUrl(RcsService.ROCU),
                    "RCS_ROUTES_CYBER_URL=" + stack.serviceUrl(RcsService.CYBER));

            // the demo request reached ROCU with a real Keycloak token of force-wmp
            String recorded = get(stack.serviceUrl(RcsService.ROCU) + "/recorded");
            assertThat(recorded).startsWith("POST /api/v1/disruptions key=demo-010-demo-0 auth=Bearer ");
            String token = recorded.substring(recorded.indexOf("auth=Bearer ") + "auth=Bearer ".length(), recorded.indexOf(" body="));
            assertThat(KeycloakTokens.claims(token)).containsEntry("force", "WMP").containsEntry("iss", stack.keycloak().realmUrl());
            assertThat(get(stack.serviceUrl(RcsService.CTU) + "/recorded")).isEmpty();

            stack.printSummary(new PrintStream(output, true, StandardCharsets.UTF_8));
            assertThat(output.toString(StandardCharsets.UTF_8))
                    .contains("PostgreSQL ready", "Kafka ready", "Keycloak ready", "Services ready", "010-demo.json",
                            "Local stack ready in", stack.serviceUrl(RcsService.GATEWAY) + "/q/swagger-ui", "rocu.analyst", "force-wmp")
                    .doesNotContain("Infrastructure only");
        }
        assertThat(pids).hasSizeGreaterThanOrEqualTo(6).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());
        assertThat(ports).allSatisfy(port -> assertThat(Ports.isFree(port)).isTrue());
        assertThat(work).doesNotExist();
    }

    /** A checkout whose four service modules hold a stand-in quarkus-run.jar; the rest links to the real deploy folders. */
    private RepoLayout checkoutWithStandInServices() throws Exception {
        Path real = RepoLayout.locate().root();
        Files.createDirectories(checkout.resolve("deploy/demo"));
        for (String shared : List.of("deploy/kafka-broker", "deploy/keycloak")) {
            Files.createSymbolicLink(checkout.resolve(shared), real.resolve(shared));
        }
        Files.createSymbolicLink(checkout.resolve("mvnw"), real.resolve("mvnw"));
        Files.writeString(checkout.resolve("deploy/demo/010-demo.json"), """
                [{"service": "rocu", "method": "POST", "path": "/api/v1/disruptions", "as": "client:force-wmp", "body": {"x": 1}}]
                """);
        for (RcsService service : RcsService.values()) {
            FakeService.writeJar(checkout.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar"));
        }
        return RepoLayout.at(checkout);
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
