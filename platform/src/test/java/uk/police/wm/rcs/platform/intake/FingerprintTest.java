package uk.police.wm.rcs.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The one notion of "the same record": the fingerprint of the checked request's fields. */
class FingerprintTest {

    record Claim(String reference, LocalDate on, String narrative, boolean highlight, Set<String> caveats) {
    }

    record Loss(String reference, BigDecimal amount, List<String> steps) {
    }

    private static final Claim CLAIM = new Claim("R-1", LocalDate.of(2018, 5, 1), "text", false,
            new TreeSet<>(Set.of("A", "B")));

    @Test
    void isSha256OverTheFieldsInDeclarationOrderAsText() {
        // rocu-service keeps fingerprints of this shape with every disruption it stored: it must not change
        assertThat(Fingerprint.of(CLAIM))
                .isEqualTo(sha256("R-1\u001f2018-05-01\u001ftext\u001ffalse\u001fA,B"));
    }

    @Test
    void anyFieldThatDiffersMakesAnotherFingerprint() {
        assertThat(Fingerprint.of(new Claim("R-1", LocalDate.of(2018, 5, 1), "text", true, Set.of("A", "B"))))
                .isNotEqualTo(Fingerprint.of(CLAIM));
        assertThat(Fingerprint.of(new Claim("R-1", LocalDate.of(2018, 5, 1), null, false, Set.of("A", "B"))))
                .isNotEqualTo(Fingerprint.of(CLAIM));
        assertThat(Fingerprint.of(new Claim("R-1", LocalDate.of(2018, 5, 1), "text", false, Set.of("A"))))
                .isNotEqualTo(Fingerprint.of(CLAIM));
    }

    @Test
    void aSetsOrderAndADecimalsTrailingZerosSayNothing() {
        assertThat(Fingerprint.of(new Claim("R-1", LocalDate.of(2018, 5, 1), "text", false, Set.of("B", "A"))))
                .isEqualTo(Fingerprint.of(CLAIM));
        assertThat(Fingerprint.of(new Loss("L", new BigDecimal("10.50"), List.of("x"))))
                .isEqualTo(Fingerprint.of(new Loss("L", new BigDecimal("10.5"), List.of("x"))))
                .isNotEqualTo(Fingerprint.of(new Loss("L", new BigDecimal("10.51"), List.of("x"))));
    }

    record ClaimWithOperation(String reference, LocalDate on, String narrative, boolean highlight, Set<String> caveats,
            String operationName) {
    }

    @Test
    void aNullableFieldAddedAtTheEndKeepsTheFingerprintsStoredBeforeIt() {
        assertThat(Fingerprint.of(new ClaimWithOperation("R-1", LocalDate.of(2018, 5, 1), "text", false,
                Set.of("A", "B"), null))).isEqualTo(Fingerprint.of(CLAIM));
        assertThat(Fingerprint.of(new ClaimWithOperation("R-1", LocalDate.of(2018, 5, 1), "text", false,
                Set.of("A", "B"), "Op Kestrel"))).isNotEqualTo(Fingerprint.of(CLAIM));
        // inside the record an empty field is still a field
        assertThat(Fingerprint.of(new Claim("R-1", LocalDate.of(2018, 5, 1), null, false, Set.of("A", "B"))))
                .isEqualTo(sha256("R-1\u001f2018-05-01\u001fnull\u001ffalse\u001fA,B"));
    }

    @Test
    void aListsOrderIsContent() {
        assertThat(Fingerprint.of(new Loss("L", BigDecimal.ONE, List.of("x", "y"))))
                .isNotEqualTo(Fingerprint.of(new Loss("L", BigDecimal.ONE, List.of("y", "x"))));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
