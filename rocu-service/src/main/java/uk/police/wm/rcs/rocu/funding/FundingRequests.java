package uk.police.wm.rcs.rocu.funding;

import uk.police.wm.rcs.rocu.events.Contributor;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Requests and responses of the funding API; money is pounds with pence (two decimals). */
public final class FundingRequests {
    private FundingRequests() {
    }

    /** Kinds of funding (para 49). */
    public enum SourceKind {
        MAIN_GRANT, SPECIFIC_GRANT, FORCE_CONTRIBUTION
    }

    public record FundingSource(String id, @NotBlank String financialYear, @NotNull SourceKind kind,
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount) {
    }

    /** A year's contribution formula: percentages per contributor that add up to 100. */
    public record Formula(@NotBlank String financialYear, @NotEmpty Map<Contributor, BigDecimal> shares,
            @NotBlank @Size(max = 200) String endorsedBy) {
    }

    /** Staffing a force bore in a quarter. */
    public record Staffing(@NotNull @DecimalMin("0") @Digits(integer = 6, fraction = 2) BigDecimal staffFte,
            @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal staffCost) {
    }

    /** A period's reconciliation, with the formula year it used; {@code issuedAt} once issued. */
    public record ReconciliationView(String quarter, String formulaYear, Reconciler.Result reconciliation,
            Instant issuedAt) {
    }
}
