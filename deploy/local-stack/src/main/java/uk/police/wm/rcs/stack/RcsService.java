package uk.police.wm.rcs.stack;

import java.util.Arrays;
import java.util.Locale;

/** Our four services: the key used in demo files, the Maven module, the database and the default port. */
public enum RcsService {

    /** The regional governance view; routes to the three domain services. */
    GATEWAY("gateway", "gateway", "gateway", 8080),
    /** Counter Terrorism Unit. */
    CTU("ctu", "ctu-service", "ctu", 8081),
    /** Regional Organised Crime Unit. */
    ROCU("rocu", "rocu-service", "rocu", 8082),
    /** Cybercrime. */
    CYBER("cyber", "cyber-service", "cyber", 8083);

    private final String key;
    private final String module;
    private final String database;
    private final int defaultPort;

    RcsService(String key, String module, String database, int defaultPort) {
        this.key = key;
        this.module = module;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    /** The service named by a demo file's {@code "service"} field: ctu, rocu, cyber or gateway. */
    public static RcsService fromKey(String key) {
        return Arrays.stream(values())
                .filter(s -> s.key.equals(key.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service \"" + key + "\" (ctu, rocu, cyber or gateway)"));
    }

    /** The short name: ctu, rocu, cyber, gateway. */
    public String key() {
        return key;
    }

    /** The Maven module folder, e.g. {@code ctu-service}. */
    public String module() {
        return module;
    }

    /** The service's own PostgreSQL database. */
    public String database() {
        return database;
    }

    /** The port of the developer stack. */
    public int defaultPort() {
        return defaultPort;
    }
}
