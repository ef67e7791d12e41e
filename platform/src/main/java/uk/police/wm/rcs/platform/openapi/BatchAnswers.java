package uk.police.wm.rcs.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import uk.police.wm.rcs.platform.batch.BatchBodies;

/**
 * The error answers of the platform's batch intake ({@code BatchBodies}, {@code CsvBatch}) on every operation that
 * reads a batch, so a batch resource states only its own: its success answers and what "not a batch" means for its
 * record type.
 */
final class BatchAnswers {

    /** What a body that is not a batch can be refused with, besides what refuses any JSON body. */
    static final String NOT_A_BATCH = "malformed-csv invalid-csv-header unknown-column missing-column invalid-encoding";
    static final String TOO_MANY_RECORDS = "More records than a batch may hold.";

    private BatchAnswers() {
    }

    /** A batch operation is one that reads CSV: every batch endpoint reads JSON, NDJSON and CSV alike. */
    static boolean isBatch(Operation op) {
        return op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().getMediaTypes() != null
                && op.getRequestBody().getContent().getMediaTypes().containsKey(BatchBodies.CSV);
    }

    /** Adds the batch problems to the operation's own 400 (made if it has none) and the 413 for too many records. */
    static void addTo(APIResponses responses) {
        APIResponse bad = responses.getAPIResponse("400");
        if (bad == null) {
            bad = OASFactory.createAPIResponse();
            responses.addAPIResponse("400", bad);
        }
        Object own = bad.getExtensions() == null ? null : bad.getExtensions().get(ProblemTypes.EXTENSION);
        bad.addExtension(ProblemTypes.EXTENSION, own == null ? NOT_A_BATCH : own + " " + NOT_A_BATCH);
        if (responses.getAPIResponse("413") == null) {
            responses.addAPIResponse("413", OASFactory.createAPIResponse().description(TOO_MANY_RECORDS)
                    .addExtension(ProblemTypes.EXTENSION, "batch-too-large"));
        }
    }
}
