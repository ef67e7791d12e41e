package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.text;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import uk.police.wm.rcs.gateway.partner.PartnerFeed;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.partner.PartnerService;
import uk.police.wm.rcs.platform.security.Visibility;

/**
 * Passes ROCU's decisions on partner regions' cross-border notices ({@code cross-border-notice.decided.v1}) on to
 * the partner feed. It keeps nothing in the read model: the governance view does not count notices. An event marked
 * above what a partner may read is set aside (rocu-service marks every decision OFFICIAL).
 */
@ApplicationScoped
public class CrossBorderNoticeProjector implements EventProjector {

    static final String DECIDED = "uk.police.wm.rocu.cross-border-notice.decided.v1";

    @Inject
    PartnerFeed partnerFeed;

    @Override
    public Set<String> types() {
        return Set.of(DECIDED);
    }

    @Override
    public void apply(Applied event) {
        if (!Visibility.canSee(PartnerService.PARTNER, event.marking())) {
            throw new RejectedEventException("notice decision marked " + event.marking() + ", more than a partner"
                    + " may read");
        }
        String decision = text(event.data(), "decision");
        if (!Set.of("ACCEPTED", "REJECTED").contains(decision)) {
            throw new RejectedEventException("notice decision is neither ACCEPTED nor REJECTED: " + decision);
        }
        Instant decidedAt;
        try {
            decidedAt = Instant.parse(text(event.data(), "decidedAt"));
        } catch (DateTimeParseException e) {
            throw new RejectedEventException("notice decision with a malformed decidedAt: " + e.getMessage());
        }
        partnerFeed.noticeDecided(uuid(event.data(), "noticeId"), text(event.data(), "partnerRegion"),
                decision, decidedAt);
    }

    @Override
    public void reset() {
        // nothing kept: what was published to partners stays published (partner_published)
    }
}
