package uk.police.wm.rcs.gateway.boardpack.issued;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The marking to issue a pack at (optional body): its figures are those a reader of exactly that marking may see,
 * and only a reader it covers may read the pack. Without a body, or without a classification, the issuer's own
 * clearance and caveats.
 */
public record IssueRequest(
        @Schema(description = "OFFICIAL, OFFICIAL_SENSITIVE or SECRET; not above the issuer's clearance",
                enumeration = {"OFFICIAL", "OFFICIAL_SENSITIVE", "SECRET"}) String classification,
        @Schema(description = "handling caveats; only caveats the issuer holds") List<String> caveats) {
}
