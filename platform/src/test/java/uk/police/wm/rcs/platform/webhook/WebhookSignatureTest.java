package uk.police.wm.rcs.platform.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Standard Webhooks signing, against the specification's published example. */
class WebhookSignatureTest {

    @Test
    void signsTheStandardWebhooksReferenceExample() {
        assertThat(WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsThirtyTwoRandomBytesInTheStandardForm() {
        String secret = WebhookSignature.newSecret();
        assertThat(secret).matches("whsec_[A-Za-z0-9+/]{43}=");
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
    }
}
