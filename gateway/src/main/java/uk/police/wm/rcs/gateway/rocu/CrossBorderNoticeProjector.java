package uk.police.wm.rcs.gateway.rocu;

import static uk.police.wm.rcs.gateway.readmodel.EventData.required;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.police.wm.rcs.gateway.partner.PartnerFeed;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.partner.PartnerService;
import uk.police.wm.rcs.platform.security.Visibility;
import uk.police.wm.rcs.rocu.events.CrossBorderNoticeEvents;
import uk.police.wm.rcs.rocu.events.CrossBorderNoticeEvents.NoticeDecided;

/**
 * Passes ROCU's decisions on partner regions' cross-border notices ({@code cross-border-notice.decided.v1}) on to
 * the partner feed. It keeps nothing in the read model: the governance view does not count notices. An event marked
 * above what a partner may read is set aside (rocu-service marks every decision OFFICIAL).
 */
@ApplicationScoped
public class CrossBorderNoticeProjector implements EventProjector {

    @Inject
    PartnerFeed partnerFeed;

    @Override
    public Set<String> types() {
        return Set.of(NoticeDecided.TYPE);
    }

    @Override
    public void apply(Applied event) {
        if (!Visibility.canSee(PartnerService.PARTNER, event.marking())) {
            throw new RejectedEventException("notice decision marked " + event.marking() + ", more than a partner"
                    + " may read");
        }
        NoticeDecided notice = event.as(NoticeDecided.class);
        CrossBorderNoticeEvents.Status decision = required(notice.decision(), "decision");
        if (decision == CrossBorderNoticeEvents.Status.PENDING) {
            throw new RejectedEventException("notice decision is neither ACCEPTED nor REJECTED: " + decision);
        }
        partnerFeed.noticeDecided(uuid(notice.noticeId(), "noticeId"), required(notice.partnerRegion(),
                "partnerRegion"), decision.name(), required(notice.decidedAt(), "decidedAt"));
    }

    @Override
    public void reset() {
        // nothing kept: what was published to partners stays published (partner_published)
    }
}
