package uk.police.wm.rcs.rocu.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.webhook.WebhookOutbox;
import uk.police.wm.rcs.rocu.disruption.Disruption;
import uk.police.wm.rcs.rocu.disruption.DisruptionService;

/** What a force learns of the panel's decisions on its disruptions: by reading them, and by webhook. */
@ApplicationScoped
public class ForceFeedbackService {

    @Inject
    DisruptionService disruptions;

    @Inject
    WebhookOutbox webhooks;

    /**
     * The decisions on a disruption the caller may read (a force system its own force's; another's is 404, as a
     * missing one), oldest first; reading one that names a priority individual needs a justification and is audited.
     */
    @Transactional
    public List<ForceDecisionView> decisions(UUID disruptionId, Caller caller) {
        Disruption d = disruptions.read(disruptionId, caller);
        return ModerationDecision.<ModerationDecision>list("disruptionId = ?1 order by seq", d.id).stream()
                .map(decision -> ForceDecisionView.read(d, decision, heldOn(decision.panelId))).toList();
    }

    /** Queues the decision for the force's webhooks, in the decision's transaction (version after the flush). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifyForce(Disruption d, ModerationDecision decision, ModerationPanel panel) {
        webhooks.enqueue(d.force, d.marking(), ForceDecisionView.EVENT_TYPE, d.id.toString(),
                ForceDecisionView.event(d, decision, panel.heldOn));
    }

    private static LocalDate heldOn(UUID panelId) {
        return ModerationPanel.<ModerationPanel>findByIdOptional(panelId).map(p -> p.heldOn).orElse(null);
    }
}
