package uk.police.wm.rcs.platform.review;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.police.wm.rcs.platform.audit.AuditLog;
import uk.police.wm.rcs.platform.audit.AuditOperation;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.review.ReviewEvents.RecordDisposedEvent;

/**
 * The one way a record about a person is erased (DPA 2018 s.47), in the caller's transaction: the service's fields
 * about the person are overwritten, the stored answers to the POSTs that carried them (idempotent replays) are
 * replaced by a "gone" problem, the {@code ERASURE} entry is written to the s.62 log (who, when, why, which record)
 * and the disposal event is appended with the record's marking, so every consumer removes what it derived.
 */
@ApplicationScoped
public class Erasure {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** What a replay of a POST that created a disposed record answers instead of the record. */
    static final byte[] GONE = ("{\"type\":\"https://rcs.wm.police.uk/problems/record-disposed\","
            + "\"title\":\"Record disposed of\",\"status\":410,\"detail\":\"The record this request created was"
            + " disposed of at its review; its personal data is erased.\"}").getBytes(StandardCharsets.UTF_8);

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(ReviewedTable table, ReviewedRecord record, String reason) {
        Instant now = clock.instant();
        record.erasePersonalData(now);
        // a stored idempotent response is a copy of the record as it was created: it goes with the record, and a
        // replay of the key answers 410 rather than running the POST again
        em.createNativeQuery("update idempotency_record set response_status = 410,"
                + " response_headers = cast(:goneHeaders as jsonb), response_body = :gone"
                + " where state = 'COMPLETED' and (position(convert_to(:recordId, 'UTF8') in response_body) > 0"
                + " or strpos(response_headers::text, :recordId) > 0)")
                .setParameter("goneHeaders", "{\"Content-Type\":\"application/problem+json\"}")
                .setParameter("gone", GONE)
                .setParameter("recordId", record.id())
                .executeUpdate();
        audit.record(AuditOperation.ERASURE, table.recordType(), List.of(record.id()), reason, List.of());
        outbox.append(new RecordDisposedEvent(table, record.marking(), record.id(), table.recordType(),
                record.quarter(), FinancialQuarter.of(LocalDate.ofInstant(now, LONDON)).toString()));
    }
}
