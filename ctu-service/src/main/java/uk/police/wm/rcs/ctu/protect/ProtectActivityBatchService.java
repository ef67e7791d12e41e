package uk.police.wm.rcs.ctu.protect;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.police.wm.rcs.ctu.protect.ProtectRequests.RecordActivity;
import uk.police.wm.rcs.platform.batch.BatchRecordType;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * Protect activities as a batch record type of the platform's batch intake: each record checked and written as a
 * single post is; one recorded before (same force, reference and marking) with the same content is a DUPLICATE, so
 * a batch can be sent again safely, and with other content that record's 409.
 */
@ApplicationScoped
public class ProtectActivityBatchService implements BatchRecordType<RecordActivity> {

    @Inject
    ProtectService protect;

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
        List<Written> written = new ArrayList<>(chunk.size());
        for (RecordActivity activity : chunk) {
            Optional<ProtectActivity> before = protect.recordedBefore(activity);
            if (before.isEmpty()) {
                written.add(Written.created(protect.write(activity, caller).id.toString()));
            } else if (ProtectService.sameContent(before.get(), activity)) {
                written.add(Written.duplicate(before.get().id.toString()));
            } else {
                written.add(Written.refused(Problems.conflict("Activity " + activity.reference()
                        + " was recorded before with other details.").with("field", referenceField())));
            }
        }
        return written;
    }
}
