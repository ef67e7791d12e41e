package uk.police.wm.rcs.gateway.partner;

import uk.police.wm.rcs.platform.outbox.OutboxEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import uk.police.wm.rcs.gateway.ctu.CtuGovernance;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.partner.PartnerService.ShareableQuarter;
import uk.police.wm.rcs.platform.outbox.Outbox;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/**
 * The partner regions' feed on {@code partner.events}: only what is shareable (what {@link PartnerService#PARTNER}
 * may read: OFFICIAL without caveats, not restricted, no personal data), written to the gateway's outbox in the same
 * transaction as the change that causes it, once per change. Each event is marked OFFICIAL: it is what partners may
 * see. Every partner region reads the whole topic (one topic, one ACL), so every event here is one every partner may
 * read; each is also kept in {@code partner_event_log} for the Server-Sent Events stream ({@link PartnerStream}).
 */
@ApplicationScoped
public class PartnerFeed {

    /** Event {@value #THREAT_LEVEL_CHANGED}: a threat level changed (threat levels are public). */
    @OutboxEvent.Type(value = THREAT_LEVEL_CHANGED, aggregate = "threat-level")
    public record ThreatLevelChanged(String id, @OutboxEvent.Key String scope, String level, LocalDate effectiveFrom,
            String setBy) implements OutboxEvent.Official {

    }

    /**
     * Event {@value #NOTICE_DECIDED}: the decision on a cross-border notice, for the region that sent it. It names
     * that region and the outcome only: the notice id is opaque to every other region (rocu-service answers them 404
     * for it), and the group, summary and reason are read by the sender alone from rocu-service.
     */
    @OutboxEvent.Type(value = NOTICE_DECIDED, aggregate = "cross-border-notice")
    public record NoticeDecided(@OutboxEvent.Key String noticeId, String partnerRegion, String decision,
            Instant decidedAt) implements OutboxEvent.Official {

    }

    /** The ROCU part of a quarter's published figures. */
    public record RocuFigures(List<Count> approvedDisruptionsByCrimeType) {
    }

    /** The CTU part of a quarter's published figures. */
    public record CtuFigures(List<CtuGovernance.Level> threatLevelsAtEnd, List<Count> activitiesByFourP) {
    }

    /**
     * Event {@value #QUARTER_FIGURES_PUBLISHED}: a quarter's shareable figures per section, as the partner API
     * answers them when the quarter's board pack is issued; {@code version} counts the publications of the quarter.
     */
    @OutboxEvent.Type(value = QUARTER_FIGURES_PUBLISHED, aggregate = "quarter")
    public record QuarterFiguresPublished(@OutboxEvent.Key String quarter, int version, RocuFigures rocu,
            CtuFigures ctu) implements OutboxEvent.Official {

    }

    public static final String THREAT_LEVEL_CHANGED = "uk.police.wm.partner.threat-level.changed.v1";
    public static final String NOTICE_DECIDED = "uk.police.wm.partner.cross-border-notice.decided.v1";
    public static final String QUARTER_FIGURES_PUBLISHED = "uk.police.wm.partner.quarter-figures.published.v1";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    PartnerService partners;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Publishes a threat level change to partners unless it was published before (e.g. before a rebuild) or its
     * marking is more than a partner may read.
     */
    public void threatLevelChanged(UUID id, String scope, String level, LocalDate effectiveFrom, String setBy,
            SecurityMarking marking) {
        if (Visibility.canSee(PartnerService.PARTNER, marking) && firstTime(id)) {
            publish(new ThreatLevelChanged(id.toString(), scope, level, effectiveFrom, setBy), null);
        }
    }

    /** Tells the sending region that its notice was decided, once (also across rebuilds). */
    public void noticeDecided(UUID noticeId, String partnerRegion, String decision, Instant decidedAt) {
        if (firstTime(noticeId)) {
            publish(new NoticeDecided(noticeId.toString(), partnerRegion, decision, decidedAt), partnerRegion);
        }
    }

    /**
     * Publishes the quarter's shareable figures (the partner API's, {@link PartnerService#quarter}) when they differ
     * from those last published for it; called when the quarter's board pack is issued. Why then and not at every
     * change: partners expect the region's figures for a quarter, not a running count, and a figure that moved by one
     * at a known moment would tell them about a single record, which suppressing small counts is there to prevent.
     */
    public void quarterIssued(FinancialQuarter quarter) {
        // one publisher at a time per quarter, so versions are consecutive (the primary key backs this)
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "partner-quarter/" + quarter).getSingleResult();
        ShareableQuarter shared = partners.quarter(quarter);
        RocuFigures rocu = new RocuFigures(shared.approvedDisruptionsByCrimeType());
        CtuFigures ctu = new CtuFigures(shared.threatLevelsAtEnd(), shared.ctuActivityByFourP());
        String figures = json.valueToTree(List.of(rocu, ctu)).toString();
        // compared as jsonb, so key order and number types do not make equal figures differ
        LastPublished last = em.unwrap(Session.class).createNativeQuery("SELECT coalesce(max(version), 0),"
                        + " coalesce(bool_or(figures = CAST(?2 AS jsonb) AND version = (SELECT max(version)"
                        + " FROM partner_quarter_published WHERE quarter = ?1)), false)"
                        + " FROM partner_quarter_published WHERE quarter = ?1", LastPublished.class)
                .setParameter(1, quarter.toString()).setParameter(2, figures).getSingleResult();
        if (last.sameFigures()) {
            return;
        }
        int version = last.version() + 1;
        em.createNativeQuery("INSERT INTO partner_quarter_published (quarter, version, figures, published_at)"
                        + " VALUES (?1, ?2, CAST(?3 AS jsonb), ?4)")
                .setParameter(1, quarter.toString()).setParameter(2, version).setParameter(3, figures)
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
        publish(new QuarterFiguresPublished(quarter.toString(), version, rocu, ctu), null);
    }

    /** The quarter's last published version (0: none) and whether it published the same figures. */
    private record LastPublished(int version, boolean sameFigures) {
    }

    /** True the first time a source record is published to partners (kept across rebuilds). */
    private boolean firstTime(UUID sourceId) {
        return em.createNativeQuery("INSERT INTO partner_published (source_id, published_at) VALUES (?1, ?2)"
                        + " ON CONFLICT (source_id) DO NOTHING")
                .setParameter(1, sourceId).setParameter(2, OffsetDateTime.now(clock)).executeUpdate() == 1;
    }

    /**
     * Appends the event to the outbox and copies the outbox row into the stream's log, numbered under a lock held
     * until commit: log numbers then follow commit order, so a stream resumed after number n never misses a row
     * committed later with a lower number.
     */
    private void publish(OutboxEvent event, String partnerRegion) {
        UUID id = outbox.append(event);
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('partner_event_log'))").getSingleResult();
        em.createNativeQuery("INSERT INTO partner_event_log (event_id, source, type, subject, time, data,"
                        + " partner_region) SELECT id, source, type, subject, time, data, ?2 FROM outbox_event"
                        + " WHERE id = ?1")
                .setParameter(1, id).setParameter(2, partnerRegion).executeUpdate();
    }
}
