package uk.police.wm.rcs.stack.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange over a raw socket, for requests no HTTP client would send (a 10,000-character request target,
 * 30 KB of headers, a 12 MB body, a Content-Length larger than what follows).
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 30_000;

    private RawHttp() {
    }

    /** A raw answer: the status, the headers (names in lower case), the body and the whole text as received. */
    public record Answer(int status, Map<String, String> headers, String body, String text) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public boolean isProblem() {
            String type = header("content-type");
            return type != null && type.startsWith("application/problem+json");
        }
    }

    /** {@link #exchange(String, int, String, byte[])} with no body beyond {@code head}, to this machine. */
    public static Answer exchange(int port, String head) throws IOException {
        return exchange("localhost", port, head, new byte[0]);
    }

    /**
     * Sends {@code head} (request line, headers and the blank line, ISO-8859-1) then {@code body}, and reads the answer
     * until the server closes or the body its Content-Length declares is complete. The body is written while the
     * answer is read: a server may answer (413) and close before the body is all sent, and a client that only reads
     * after writing would see a broken pipe instead. A {@link java.net.SocketTimeoutException} after 30 s without a
     * byte; a {@link ProtocolException} when what came back is not an HTTP/1.1 answer.
     */
    public static Answer exchange(String host, int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.flush();
                } catch (IOException ignored) {
                    // the server answered and closed early: the answer is read below
                }
            }, "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0;) {
                answer.write(buffer, 0, n);
                if (complete(answer.toByteArray())) {
                    break;
                }
            }
            return parse(answer.toByteArray());
        }
    }

    /** Whether the bytes hold the headers and as many body bytes as their Content-Length says. */
    private static boolean complete(byte[] received) {
        String text = new String(received, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        String length = headers(text.substring(0, end)).get("content-length");
        return length != null && received.length - end - 4 >= Long.parseLong(length);
    }

    private static Answer parse(byte[] received) throws ProtocolException {
        String text = new String(received, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            throw new ProtocolException("not an HTTP answer: " + text);
        }
        String head = text.substring(0, end);
        return new Answer(Integer.parseInt(head.substring(9, 12)), headers(head), text.substring(end + 4), text);
    }

    private static Map<String, String> headers(String head) {
        String[] lines = head.split("\r\n");
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return headers;
    }
}
