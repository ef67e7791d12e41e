package uk.police.wm.rcs.rehearsal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A force system's access token, renewed as a client renews it (every {@link #RENEW_AFTER}); while Keycloak cannot
 * issue one the client keeps the token it has, which the services accept until it expires (15 minutes in the realm).
 */
final class RenewingToken implements Supplier<String> {

    static final Duration RENEW_AFTER = Duration.ofMinutes(4);

    private final Supplier<String> issue;
    private final AtomicInteger renewalsRefused;
    private volatile String token;
    private volatile long issuedAt;

    /**
     * @param issue asks Keycloak for a new token (throws when it cannot)
     * @param renewalsRefused counts renewals that failed (Keycloak away)
     */
    RenewingToken(Supplier<String> issue, AtomicInteger renewalsRefused) {
        this.issue = issue;
        this.renewalsRefused = renewalsRefused;
        this.token = issue.get();
        this.issuedAt = System.nanoTime();
    }

    @Override
    public String get() {
        if (System.nanoTime() - issuedAt > RENEW_AFTER.toNanos()) {
            synchronized (this) {
                if (System.nanoTime() - issuedAt > RENEW_AFTER.toNanos()) {
                    renewNow();
                }
            }
        }
        return token;
    }

    /** Renews at once (before a phase that needs a token with its whole life ahead); false when Keycloak refused. */
    synchronized boolean renewNow() {
        try {
            token = issue.get();
            issuedAt = System.nanoTime();
            return true;
        } catch (RuntimeException keycloakAway) {
            renewalsRefused.incrementAndGet();
            issuedAt = System.nanoTime() - RENEW_AFTER.toNanos() + Duration.ofSeconds(10).toNanos(); // try again in 10 s
            return false;
        }
    }
}
