package uk.police.wm.rcs.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.police.wm.rcs.platform.problem.ProblemException;

/** The callback URL rule: https, or plain http to loopback only; no credentials, no fragment. */
class CallbackUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://force-system.example/rcs/hooks", "https://10.1.2.3:8443/hooks?topic=rocu",
            "http://127.0.0.1:8089/hooks", "http://localhost/hooks", "http://[::1]:9000/hooks"})
    void accepts(String url) {
        assertThat(CallbackUrls.require(url, "url", false)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://force-system.example/hooks", "http://127.0.0.1.nip.io/hooks",
            "http://10.0.0.1/hooks", "https://user:secret@force-system.example/hooks", "https://user@example.org/h",
            "https://force-system.example/hooks#x", "ftp://force-system.example/f", "/relative", "https:opaque",
            "https:///no-host", "not a url", " "})
    void refusesNamingTheField(String url) {
        assertThatThrownBy(() -> CallbackUrls.require(url, "url", false)).isInstanceOfSatisfying(ProblemException.class,
                problem -> {
                    assertThat(problem.status()).isEqualTo(422);
                    assertThat(problem.extensions()).containsEntry("field", "url");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8089/hooks", "https://localhost/hooks"})
    void loopbackOnlyAcceptsThisMachine(String url) {
        assertThat(CallbackUrls.require(url, "url", true)).hasToString(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://force-system.example/rcs/hooks", "https://10.1.2.3:8443/hooks"})
    void loopbackOnlyRefusesEveryOtherHost(String url) {
        assertThatThrownBy(() -> CallbackUrls.require(url, "url", true)).isInstanceOfSatisfying(
                ProblemException.class, problem -> assertThat(problem.extensions()).containsEntry("field", "url"));
    }
}
