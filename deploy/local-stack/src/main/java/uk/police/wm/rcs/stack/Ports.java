package uk.police.wm.rcs.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback TCP ports: picks free ones and checks that a fixed one is not taken. */
public final class Ports {

    /** The only address anything in the local stack listens on. */
    public static final String LOOPBACK = "127.0.0.1";

    private Ports() {
    }

    /** A port that was free on 127.0.0.1 a moment ago (the usual small race applies). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + LOOPBACK, e);
        }
    }

    /** True when nothing listens on 127.0.0.1:port and we could bind it. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(LOOPBACK), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails with a message naming the port and its user when the port is taken.
     *
     * @param port the port to check
     * @param usedFor what we wanted it for, e.g. "Kafka"
     */
    public static void requireFree(int port, String usedFor) {
        if (!isFree(port)) {
            throw new IllegalStateException("Port " + port + " on " + LOOPBACK + " (wanted for " + usedFor
                    + ") is already in use. Is a stack already running (deploy/stack down), or does another program use it?"
                    + " Find it with: ss -ltnp 'sport = :" + port + "'");
        }
    }

    /** A fixed port when positive, otherwise a free one. */
    public static int fixedOrFree(int port) {
        return port > 0 ? port : freePort();
    }
}
