package uk.police.wm.rcs.ctu.protect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.RecordActivity;
import uk.police.wm.rcs.platform.batch.BatchRecordType;
import uk.police.wm.rcs.platform.intake.NewRecordIntake;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * Protect activities as a batch record type of the platform's batch intake: each record checked and written as a
 * single post is (the platform's intake flow); one recorded before (same force, reference and marking) with the same
 * content is a DUPLICATE, so a batch can be sent again safely, and with other content that record's 409.
 */
@ApplicationScoped
public class ProtectActivityBatchService implements BatchRecordType<RecordActivity> {

    @Inject
    ProtectService protect;

    @Inject
    NewProtectActivities activities;

    @Inject
    NewRecordIntake newRecords;

    @Override
    public Class<RecordActivity> requestType() {
        return RecordActivity.class;
    }

    @Override
    public String recordName() {
        return "Protect activity";
    }

    @Override
    public String referenceField() {
        return "reference";
    }

    @Override
    public String reference(RecordActivity checked) {
        return checked.reference();
    }

    @Override
    public RecordActivity check(RecordActivity request, Caller caller) {
        return protect.checked(request, caller);
    }

    @Override
    public List<Written> write(List<RecordActivity> chunk, Caller caller) {
        return chunk.stream().map(activity -> newRecords.write(activities, activity, caller, referenceField()))
                .toList();
    }
}
