package uk.police.wm.rcs.platform.security;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;

/**
 * The security counters on {@code /q/metrics}: bearer tokens refused, by a bounded reason, and need-to-know refusals
 * by the rule that refused ({@link Visibility}). Every label value is one of a few fixed words, never a caller or an id.
 */
@ApplicationScoped
public class SecurityMetrics {

    /** {@code rcs_token_verification_failures_total{reason}}. */
    public static final String TOKEN_FAILURES = "rcs.token.verification.failures";
    /** {@code rcs_need_to_know_refusals_total{rule}}. */
    public static final String NEED_TO_KNOW_REFUSALS = "rcs.need.to.know.refusals";

    /** A read of one record the caller may not see, answered 404 as if it did not exist. */
    public static final String HIDDEN_RECORD = "hidden-record";
    /** A write of a marking the writer could not read back (422). */
    public static final String MARKING_ABOVE_CLEARANCE = Visibility.MARKING_ABOVE_CLEARANCE;

    static final List<String> RULES = List.of(HIDDEN_RECORD, MARKING_ABOVE_CLEARANCE);
    static final List<String> REASONS = List.of("expired", "bad-signature", "wrong-issuer", "wrong-audience",
            "malformed", "other");

    @Inject
    MeterRegistry registry;

    /** Registers every series at zero, so a rate or an increase is defined before the first refusal. */
    void registerAtZero(@Observes StartupEvent startup) {
        RULES.forEach(rule -> needToKnow(registry, rule));
        REASONS.forEach(reason -> tokenFailures(registry, reason));
    }

    void onAuthenticationFailure(@Observes AuthenticationFailureEvent event) {
        tokenFailures(registry, reason(event.getAuthenticationFailure())).increment();
    }

    /** Counts a need-to-know refusal; static because {@link Visibility} is (the application's registry is global). */
    static void refused(String rule) {
        needToKnow(Metrics.globalRegistry, rule).increment();
    }

    /** The reason a bearer token was refused, from the JWT checker's error codes in the cause chain. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidJwtException jwt) {
                if (jwt.hasExpired()) {
                    return "expired";
                }
                if (jwt.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || jwt.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
                    return "bad-signature";
                }
                if (jwt.hasErrorCode(ErrorCodes.ISSUER_INVALID) || jwt.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
                    return "wrong-issuer";
                }
                if (jwt.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || jwt.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
                    return "wrong-audience";
                }
                if (jwt.hasErrorCode(ErrorCodes.MALFORMED_CLAIM) || jwt.hasErrorCode(ErrorCodes.JSON_INVALID)
                        || jwt.hasErrorCode(ErrorCodes.MISCELLANEOUS)) {
                    return "malformed";
                }
            }
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("signature")) {
                return "bad-signature";
            }
            if (message.contains("expired")) {
                return "expired";
            }
        }
        return "other";
    }

    private static Counter tokenFailures(MeterRegistry registry, String reason) {
        return Counter.builder(TOKEN_FAILURES).tag("reason", reason)
                .description("Bearer tokens refused by verification, by reason").register(registry);
    }

    private static Counter needToKnow(MeterRegistry registry, String rule) {
        return Counter.builder(NEED_TO_KNOW_REFUSALS).tag("rule", rule)
                .description("Reads of records the caller may not see (answered 404) and writes of markings above"
                        + " the writer's clearance or caveats (422), by rule")
                .register(registry);
    }
}
