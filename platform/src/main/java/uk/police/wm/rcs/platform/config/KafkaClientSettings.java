package uk.police.wm.rcs.platform.config;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The service's {@code kafka.*} settings (bootstrap servers and, on a cluster, TLS and SASL) that one kind of Kafka
 * client knows: every producer and consumer a service builds by hand starts from these.
 */
public final class KafkaClientSettings {

    private KafkaClientSettings() {
    }

    /**
     * @param kafkaConfig the {@code default-kafka-broker} map Quarkus builds from {@code kafka.*}
     * @param configNames the client's own names, e.g. {@code ProducerConfig.configNames()}
     * @return a new mutable map of the settings that client knows
     */
    public static Map<String, Object> known(Map<String, Object> kafkaConfig, Set<String> configNames) {
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((key, value) -> {
            if (configNames.contains(key)) {
                settings.put(key, value);
            }
        });
        return settings;
    }
}
