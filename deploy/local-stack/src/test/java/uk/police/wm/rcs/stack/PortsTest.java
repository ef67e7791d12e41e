package uk.police.wm.rcs.stack;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;

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
}
