package uk.police.wm.rcs.ctu;

import uk.police.wm.rcs.stack.testing.TestTokens;

/** Signed test tokens for the callers the ctu-service tests use (synthetic subjects). */
public final class Callers {
    private Callers() {
    }

    /** A CTU officer cleared SECRET with the UK_EYES_ONLY caveat. */
    public static String secretOfficer() {
        return TestTokens.forSubject("ctu-officer-secret").person("SECRET", "ctu-officer").caveats("UK_EYES_ONLY")
                .sign();
    }

    /** A CTU officer cleared SECRET without caveats. */
    public static String secretOfficerWithoutCaveats() {
        return TestTokens.forSubject("ctu-officer-nocaveat").person("SECRET", "ctu-officer").sign();
    }

    /** A CTU officer cleared only OFFICIAL_SENSITIVE. */
    public static String officialSensitiveOfficer() {
        return TestTokens.forSubject("ctu-officer-os").person("OFFICIAL_SENSITIVE", "ctu-officer").sign();
    }

    /** An administrator holding every role, but cleared only OFFICIAL. */
    public static String admin() {
        return TestTokens.forSubject("admin-1").person("OFFICIAL", "admin", "ctu-officer", "governance-viewer",
                "auditor").sign();
    }

    public static String viewer(String clearance) {
        return TestTokens.forSubject("viewer-" + clearance.toLowerCase()).person(clearance, "governance-viewer")
                .sign();
    }

    public static String auditor() {
        return TestTokens.forSubject("auditor-1").person("OFFICIAL_SENSITIVE", "auditor").sign();
    }

    public static String forceSystem(String force) {
        return TestTokens.forSubject("service-account-force-" + force.toLowerCase()).forceSystem(force).sign();
    }
}
