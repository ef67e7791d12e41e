package uk.police.wm.rcs.cyber.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.police.wm.rcs.cyber.referral.ReferralIntakeService.Intake;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReceiveReferral;
import uk.police.wm.rcs.platform.batch.BatchRecordType;
import uk.police.wm.rcs.platform.problem.ProblemException;
import uk.police.wm.rcs.platform.security.Caller;

/** Referrals as a batch record type of the platform's batch intake: each record received as a single post is. */
@ApplicationScoped
public class ReferralBatchService implements BatchRecordType<ReceiveReferral> {

    @Inject
    ReferralIntakeService intake;

    @Override
    public Class<ReceiveReferral> requestType() {
        return ReceiveReferral.class;
    }

    @Override
    public String recordName() {
        return "referral";
    }

    @Override
    public String referenceField() {
        return "actionFraudReference";
    }

    @Override
    public String reference(ReceiveReferral checked) {
        return checked.actionFraudReference();
    }

    @Override
    public ReceiveReferral check(ReceiveReferral request, Caller caller) {
        return intake.checked(request, caller);
    }

    @Override
    public List<Written> write(List<ReceiveReferral> chunk, Caller caller) {
        List<Written> written = new ArrayList<>(chunk.size());
        for (ReceiveReferral referral : chunk) {
            try {
                Intake result = intake.store(referral, caller);
                String id = result.referral().id.toString();
                written.add(result.created() ? Written.created(id) : Written.duplicate(id));
            } catch (ProblemException e) {
                // received before with other details: this record's 409, the chunk goes on
                written.add(Written.refused(e));
            }
        }
        return written;
    }
}
