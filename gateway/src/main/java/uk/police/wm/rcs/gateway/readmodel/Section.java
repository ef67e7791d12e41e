package uk.police.wm.rcs.gateway.readmodel;

import java.util.Optional;

/** The parts of the governance view, one per domain service, each fed by that service's topic. */
public enum Section {
    CTU("ctu.events", "/west-midlands/ctu-service"),
    ROCU("rocu.events", "/west-midlands/rocu-service"),
    CYBER("cyber.events", "/west-midlands/cyber-service");

    private final String topic;
    private final String source;

    Section(String topic, String source) {
        this.topic = topic;
        this.source = source;
    }

    public String topic() {
        return topic;
    }

    /** The CloudEvents source of the service that owns this section. */
    public String source() {
        return source;
    }

    public static Optional<Section> ofTopic(String topic) {
        for (Section section : values()) {
            if (section.topic.equals(topic)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
