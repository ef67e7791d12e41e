package uk.police.wm.rcs.rocu;

import uk.police.wm.rcs.stack.testing.TestTokens;

/** Signed test tokens for the callers rocu-service knows (synthetic identities). */
public final class Tokens {

    private Tokens() {
    }

    public static String force(String force) {
        return TestTokens.forSubject("service-account-force-" + force.toLowerCase()).forceSystem(force).sign();
    }

    /** A force system that also holds handling caveats (it may mark its records with them). */
    public static String force(String force, String... caveats) {
        return TestTokens.forSubject("service-account-force-" + force.toLowerCase()).forceSystem(force)
                .caveats(caveats).sign();
    }

    public static String analyst() {
        return TestTokens.forSubject("rocu-analyst-1").person("SECRET", "rocu-analyst").caveats("UK_EYES_ONLY").sign();
    }

    public static String officialAnalyst() {
        return TestTokens.forSubject("rocu-analyst-official").person("OFFICIAL", "rocu-analyst").sign();
    }

    public static String moderator() {
        return TestTokens.forSubject("moderator-1").person("SECRET", "moderator").caveats("UK_EYES_ONLY").sign();
    }

    /**
     * The realm's demo user {@code rocu.moderator} (OFFICIAL_SENSITIVE, moderator and analyst): the demo-data tests
     * replay the same files as this one caller, so their Idempotency-Keys replay each other's answers.
     */
    public static String demoModerator() {
        return TestTokens.forSubject("rocu.moderator").person("OFFICIAL_SENSITIVE", "moderator", "rocu-analyst").sign();
    }

    public static String auditor() {
        return TestTokens.forSubject("auditor-1").person("OFFICIAL", "auditor").sign();
    }

    public static String viewer() {
        return TestTokens.forSubject("viewer-1").person("OFFICIAL", "governance-viewer").sign();
    }

    public static String partner() {
        return TestTokens.forSubject("service-account-region-partner-em").person("OFFICIAL", "region-partner", "machine")
                .claim("azp", "region-partner-em").sign();
    }
}
