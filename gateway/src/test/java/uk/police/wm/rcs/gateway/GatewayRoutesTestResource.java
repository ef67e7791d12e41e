package uk.police.wm.rcs.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Gives the gateway under test a fixed free port and routes ctu to the gateway itself (a real service behind the
 * front door) and rocu and cyber to a port where nothing listens.
 */
public class GatewayRoutesTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int self = freePort();
        int nobody = freePort();
        return Map.of("quarkus.http.test-port", Integer.toString(self),
                "rcs.routes.ctu.url", "http://127.0.0.1:" + self,
                "rcs.routes.rocu.url", "http://127.0.0.1:" + nobody,
                "rcs.routes.cyber.url", "http://127.0.0.1:" + nobody);
    }

    @Override
    public void stop() {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
