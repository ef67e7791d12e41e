package uk.police.wm.rcs.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the suite sent and what it found: requests, operations exercised, violations. */
final class Ledger {

    /** A request whose answer broke a rule. */
    record Violation(String phase, String operation, String attack, String answer, String excerpt) {
        String line() {
            return "[" + phase + "] " + operation + " | " + attack + " | " + answer + " | " + excerpt;
        }
    }

    private final AtomicInteger requests = new AtomicInteger();
    private final Set<String> exercised = ConcurrentHashMap.newKeySet();
    private final List<Violation> violations = Collections.synchronizedList(new ArrayList<>());

    void sent() {
        requests.incrementAndGet();
    }

    void exercised(ApiOperation operation) {
        exercised.add(operation.name());
    }

    void violation(String phase, String operation, String attack, String answer, String body) {
        violations.add(new Violation(phase, operation, attack, answer, excerpt(body)));
    }

    int requests() {
        return requests.get();
    }

    Set<String> exercised() {
        return new TreeSet<>(exercised);
    }

    List<Violation> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    List<Violation> violations(String phase) {
        return violations().stream().filter(v -> v.phase().equals(phase)).toList();
    }

    static String excerpt(String body) {
        if (body == null) {
            return "(no body)";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        if (flat.isEmpty()) {
            return "(empty body)";
        }
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
