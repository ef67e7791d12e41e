package uk.police.wm.rcs.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service runs as {@code java -jar} with our environment, is awaited through its readiness endpoint and stops cleanly. */
class ServiceProcessTest {

    @TempDir
    Path dir;

    @Test
    void launchesTheJarWithTheServiceEnvironmentAndStopsIt() throws Exception {
        Path jar = fakeServiceJar();
        int port = Ports.freePort();
        Map<String, String> env = new HashMap<>(ServiceProcess.environment(port, "jdbc:postgresql://127.0.0.1:1/rocu", "postgres",
                "postgres", "127.0.0.1:2", "http://127.0.0.1:3/realms/west-midlands"));
        env.put("RCS_ROUTES_CTU_URL", "http://127.0.0.1:8081");

        ServiceProcess service = ServiceProcess.launch("fake-service", jar, port, env, dir.resolve("logs/fake.log")).awaitReady();
        try {
            String echoed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.baseUrl() + "/env")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(echoed).contains(
                    "QUARKUS_HTTP_PORT=" + port,
                    "QUARKUS_HTTP_HOST=127.0.0.1",
                    "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:1/rocu",
                    "QUARKUS_DATASOURCE_USERNAME=postgres",
                    "QUARKUS_DATASOURCE_PASSWORD=postgres",
                    "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:2",
                    "QUARKUS_OIDC_AUTH_SERVER_URL=http://127.0.0.1:3/realms/west-midlands",
                    "RCS_ROUTES_CTU_URL=http://127.0.0.1:8081");
            assertThat(service.isReady()).isTrue();
        } finally {
            service.stop();
        }
        assertThat(ProcessHandle.of(service.pid())).isEmpty();
        assertThat(Ports.isFree(port)).isTrue();
        assertThat(service.isReady()).isFalse();
    }

    @Test
    void aServiceThatDiesWhileStartingFailsWithItsLog() throws Exception {
        Path jar = fakeServiceJar();
        // no QUARKUS_HTTP_PORT: the fake service dies at once with a NumberFormatException
        ServiceProcess service = ServiceProcess.launch("dying-service", jar, Ports.freePort(), Map.of(), dir.resolve("dying.log"));

        assertThatThrownBy(service::awaitReady)
                .hasMessageContaining("dying-service exited with status")
                .hasMessageContaining("NumberFormatException");
    }

    @Test
    void aMissingJarSaysHowToBuildIt() {
        assertThatThrownBy(() -> ServiceProcess.launch("ctu-service", dir.resolve("nope/quarkus-run.jar"), 1, Map.of(), dir.resolve("x.log")))
                .hasMessageContaining("build the service first");
    }

    @Test
    void servicesGetABoundedMemoryBudgetAndTheirClassDataArchiveWhenTheBuildMadeOne() throws IOException {
        Path jar = fakeServiceJar();
        assertThat(ServiceProcess.javaOptions("rocu-service", jar)).contains("-Xmx192m", "-Xmn48m", "-XX:+UseSerialGC",
                "-XX:MaxMetaspaceSize=160m").doesNotContain("-XX:SharedArchiveFile=app-cds.jsa");
        assertThat(ServiceProcess.javaOptions("gateway-2", jar)).contains("-Xmx256m").doesNotContain("-Xmx192m");

        java.nio.file.Files.writeString(jar.resolveSibling("app-cds.jsa"), "archive");
        assertThat(ServiceProcess.javaOptions("rocu-service", jar)).contains("-XX:SharedArchiveFile=app-cds.jsa");
    }

    private Path fakeServiceJar() throws IOException {
        return FakeService.writeJar(dir.resolve("fake/quarkus-run.jar"));
    }
}
