package uk.police.wm.rcs.cyber.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReceiveReferral;
import uk.police.wm.rcs.platform.batch.BatchRecordType;
import uk.police.wm.rcs.platform.intake.NewRecordIntake;
import uk.police.wm.rcs.platform.security.Caller;

/** Referrals as a batch record type of the platform's batch intake: each record received as a single post is. */
@ApplicationScoped
public class ReferralBatchService implements BatchRecordType<ReceiveReferral> {

    @Inject
    ReferralIntakeService intake;

    @Inject
    NewReferrals newReferrals;

    @Inject
    NewRecordIntake newRecords;

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
        return chunk.stream().map(referral -> newRecords.write(newReferrals, referral, caller, referenceField()))
                .toList();
    }
}
