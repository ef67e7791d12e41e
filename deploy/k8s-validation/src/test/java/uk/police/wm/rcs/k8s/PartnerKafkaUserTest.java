package uk.police.wm.rcs.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.k8s.K8sFixture.append;
import static uk.police.wm.rcs.k8s.K8sFixture.broken;
import static uk.police.wm.rcs.k8s.K8sFixture.replace;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.wm.rcs.k8s.Violation.Rule;

/**
 * A partner region's KafkaUser may read partner.events (and its own consumer groups) and nothing else, through an
 * external listener with TLS and SCRAM: each way of widening it, or of opening the listener, fails validation.
 */
class PartnerKafkaUserTest {

    private static final String KAFKA = "platform/kafka.yaml";
    /** The partner user's topic ACL as committed (the gateway's partner.events ACL writes, so this one is unique). */
    private static final String PARTNER_TOPIC_ACL = "          name: partner.events\n          patternType: literal\n"
            + "        operations:\n          - Read\n          - Describe\n";
    private static final String PARTNER_GROUP_ACL = "          type: group\n          name: region-partner-em\n"
            + "          patternType: prefix\n        operations:\n          - Read\n";

    @TempDir
    Path dir;

    @Test
    void theCommittedPartnerUserReadsPartnerEventsThroughAnExternalScramListener() throws Exception {
        String kafka = java.nio.file.Files.readString(K8sFixture.K8S.resolve(KAFKA));
        assertThat(kafka).contains("name: region-partner-em").contains(PARTNER_TOPIC_ACL).contains(PARTNER_GROUP_ACL)
                .contains("name: external\n        port: 9094\n        type: loadbalancer\n        tls: true\n"
                        + "        authentication:\n          type: scram-sha-512\n");
    }

    static Stream<Arguments> widenedPartners() {
        return Stream.of(
                broken("a partner that may write partner.events", Rule.KAFKA, "partner user may Write topic partner.events",
                        k -> replace(k.resolve(KAFKA), PARTNER_TOPIC_ACL, PARTNER_TOPIC_ACL + "          - Write\n")),
                broken("a partner with every operation on partner.events", Rule.KAFKA, "partner user may All",
                        k -> replace(k.resolve(KAFKA), PARTNER_TOPIC_ACL, PARTNER_TOPIC_ACL + "          - All\n")),
                broken("a partner reading another topic", Rule.KAFKA, "partner user may use topic rocu.events",
                        k -> replace(k.resolve(KAFKA), PARTNER_TOPIC_ACL, PARTNER_TOPIC_ACL.replace("partner.events",
                                "rocu.events"))),
                broken("a partner reading topics by prefix", Rule.KAFKA, "partner user may use topic partner (prefix)",
                        k -> replace(k.resolve(KAFKA), PARTNER_TOPIC_ACL, PARTNER_TOPIC_ACL
                                .replace("name: partner.events\n          patternType: literal",
                                        "name: partner\n          patternType: prefix"))),
                broken("a partner using the gateway's consumer group", Rule.KAFKA,
                        "partner user may use group gateway-read-model",
                        k -> replace(k.resolve(KAFKA), PARTNER_GROUP_ACL, PARTNER_GROUP_ACL
                                .replace("name: region-partner-em\n          patternType: prefix",
                                        "name: gateway-read-model\n          patternType: literal"))),
                broken("a partner with a cluster operation", Rule.KAFKA, "partner user may use cluster",
                        k -> append(k.resolve(KAFKA), "      - resource:\n          type: cluster\n"
                                + "        operations:\n          - Describe\n")),
                broken("a partner without SCRAM", Rule.KAFKA, "partner user without SCRAM-SHA-512",
                        k -> replace(k.resolve(KAFKA), "  name: region-partner-em\n  labels:\n"
                                + "    strimzi.io/cluster: rcs-kafka\nspec:\n  authentication:\n"
                                + "    type: scram-sha-512\n", "  name: region-partner-em\n  labels:\n"
                                + "    strimzi.io/cluster: rcs-kafka\nspec:\n  authentication:\n    type: tls\n")),
                broken("an external listener without authentication", Rule.KAFKA,
                        "external listener external without TLS and SCRAM-SHA-512",
                        k -> replace(k.resolve(KAFKA), "        type: loadbalancer\n        tls: true\n"
                                + "        authentication:\n          type: scram-sha-512\n",
                                "        type: loadbalancer\n        tls: true\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("widenedPartners")
    void aWidenedPartnerFails(String what, Rule rule, String message, Consumer<Path> breakIt) {
        K8sFixture.assertBrokenCopyFails(dir, what, rule, message, breakIt);
    }
}
