package uk.police.wm.rcs.stack;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A taken port is reported before anything starts, with what it was wanted for. */
class PortsTest {

    @Test
    void takenPortFailsEarlyWithAClearMessage() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertThat(Ports.isFree(port)).isFalse();
            assertThatThrownBy(() -> Ports.requireFree(port, "Kafka"))
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("wanted for Kafka")
                    .hasMessageContaining("deploy/stack down");
        }
    }

    @Test
    void freePortIsBindable() {
        assertThat(Ports.isFree(Ports.freePort())).isTrue();
    }

    /** Outgoing connections take their local ports from the ephemeral range: a chosen port must not be there. */
    @Test
    void freePortsAreBelowTheEphemeralRangeAndNeverHandedOutTwice() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            int port = Ports.freePort();
            assertThat(port).isBetween(10_000, Ports.ephemeralRangeStart() - 1);
            assertThat(ports.add(port)).as("port %d handed out twice", port).isTrue();
        }
    }
}
