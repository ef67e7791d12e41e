package uk.police.wm.rcs.stack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo data is replayed in file order with the right identity and idempotency key, and a failure stops it loudly. */
class DemoDataLoaderTest {

    @TempDir
    Path demo;

    private FakeService fake;
    private String baseUrl;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void startFake() throws IOException {
        int port = Ports.freePort();
        fake = FakeService.start(port);
        baseUrl = "http://127.0.0.1:" + port;
    }

    @AfterEach
    void stopFake() {
        fake.stop();
    }

    @Test
    void replaysEveryFileInNameOrderWithTokensAndIdempotencyKeys() throws IOException {
        Files.writeString(demo.resolve("020-disruptions.json"), """
                [{"service": "rocu", "method": "POST", "path": "/api/v1/disruptions", "as": "client:force-wmp", "body": {"n": 2}}]
                """);
        Files.writeString(demo.resolve("010-ocgs.json"), """
                [
                  {"service": "rocu", "method": "POST", "path": "/api/v1/ocgs", "as": "rocu.analyst", "body": {"n": 1}},
                  {"service": "ctu", "method": "PUT", "path": "/api/v1/conflict", "as": "ctu.officer"}
                ]
                """);
        Files.writeString(demo.resolve("README.md"), "not a demo file");

        DemoDataLoader.Summary summary = loader().load();

        assertThat(summary).isEqualTo(new DemoDataLoader.Summary(2, 3, 1));
        assertThat(fake.requests()).containsExactly(
                "POST /api/v1/ocgs key=demo-010-ocgs-0 auth=Bearer token-of-rocu.analyst body={\"n\":1}",
                "PUT /api/v1/conflict key=demo-010-ocgs-1 auth=Bearer token-of-ctu.officer body={}",
                "POST /api/v1/disruptions key=demo-020-disruptions-0 auth=Bearer token-of-force-wmp:dev-force-wmp-secret body={\"n\":2}");
        assertThat(output.toString(StandardCharsets.UTF_8).lines())
                .hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("010-ocgs.json", "2 requests", "1 already present"))
                .anySatisfy(line -> assertThat(line).contains("020-disruptions.json", "1 requests", "0 already present"));
    }

    @Test
    void stopsAtTheFirstFailureNamingTheRequestStatusAndAnswer() throws IOException {
        Files.writeString(demo.resolve("010-bad.json"), """
                [
                  {"service": "cyber", "method": "POST", "path": "/api/v1/referrals", "as": "cyber.officer", "body": {}},
                  {"service": "cyber", "method": "POST", "path": "/api/v1/broken", "as": "cyber.officer", "body": {}},
                  {"service": "cyber", "method": "POST", "path": "/api/v1/never-sent", "as": "cyber.officer", "body": {}}
                ]
                """);

        assertThatThrownBy(() -> loader().load())
                .isInstanceOf(DemoDataLoader.DemoDataException.class)
                .hasMessageContaining("010-bad.json request #1")
                .hasMessageContaining("/api/v1/broken")
                .hasMessageContaining("HTTP 422")
                .hasMessageContaining("name must not be blank");
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void rejectsAMalformedRequestBeforeSendingIt() throws IOException {
        Files.writeString(demo.resolve("010-odd.json"), """
                [{"service": "rocu", "method": "DELETE", "path": "/api/v1/ocgs/1", "as": "admin"}]
                """);

        assertThatThrownBy(() -> loader().load()).hasMessageContaining("method must be POST or PUT");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void anEmptyFolderIsFine() {
        assertThat(loader().load()).isEqualTo(new DemoDataLoader.Summary(0, 0, 0));
    }

    private DemoDataLoader loader() {
        Map<RcsService, String> urls = Map.of(RcsService.ROCU, baseUrl, RcsService.CTU, baseUrl, RcsService.CYBER, baseUrl);
        return new DemoDataLoader(demo, urls, new KeycloakTokens(baseUrl + "/realms/west-midlands"),
                new PrintStream(output, true, StandardCharsets.UTF_8));
    }
}
