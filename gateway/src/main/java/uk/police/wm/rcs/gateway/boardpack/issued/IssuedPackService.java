package uk.police.wm.rcs.gateway.boardpack.issued;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import uk.police.wm.rcs.gateway.boardpack.BoardPackService;
import uk.police.wm.rcs.gateway.governance.GovernanceView;
import uk.police.wm.rcs.gateway.governance.GovernanceView.Basis;
import uk.police.wm.rcs.gateway.governance.QuarterEndFigures;
import uk.police.wm.rcs.gateway.governance.QuarterEndFigures.AsAtEnd;
import uk.police.wm.rcs.gateway.governance.series.HeadlineFigures;
import uk.police.wm.rcs.gateway.governance.series.HeadlineFigures.Figure;
import uk.police.wm.rcs.gateway.governance.series.ViewWords;
import uk.police.wm.rcs.gateway.partner.PartnerFeed;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.Visibility;

/**
 * Issues board packs and reads them back. A pack is issued at a marking (the issuer's clearance and caveats unless
 * the issuer asks for a lower one, never above them): its figures are computed for a reader of exactly that marking,
 * as at the quarter's end ({@link QuarterEndFigures}), rendered once to PDF and stored with the SHA-256 of the bytes;
 * it is read back byte for byte, only by a reader the marking covers ({@link Visibility}: anyone else gets the 404 of
 * a pack that does not exist). Versions count per quarter and marking, so a version's list of changes compares
 * figures of one audience and never tells a reader of one marking what another's pack held.
 */
@ApplicationScoped
public class IssuedPackService {

    private static final Keyset.Order<IssuedBoardPack> NEWEST_FIRST = Keyset.Order.byInstantThenId("issued_at",
            p -> p.issuedAt, p -> p.id, Keyset.Direction.DESCENDING);
    private static final String NOT_FOUND = "No such issued board pack.";

    @Inject
    QuarterEndFigures quarterEnd;

    @Inject
    HeadlineFigures headlines;

    @Inject
    BoardPackService boardPack;

    @Inject
    EntityManager em;

    @Inject
    IssuedPackJson columns;

    @Inject
    Clock clock;

    @Inject
    PartnerFeed partnerFeed;

    @Transactional
    public IssuedPack issue(FinancialQuarter quarter, SecurityMarking marking, Caller issuer) {
        Visibility.requireMayMark(issuer, marking);
        Caller audience = new Caller(issuer.subject(), issuer.clientId(), issuer.roles(), issuer.force(),
                marking.classification(), marking.caveats());
        // one issuer at a time per quarter and marking, so versions are consecutive (the unique key backs this)
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "issued-pack/" + quarter + "/" + marking).getSingleResult();
        List<Figure> previousFigures = List.of();
        int version = 1;
        Optional<IssuedBoardPack> previous = latest(quarter, marking);
        if (previous.isPresent()) {
            version = previous.get().version + 1;
            previousFigures = columns.figures(previous.get());
        }
        // to the microsecond PostgreSQL keeps: the list orders versions by this instant, and two issued within one
        // second (a quick issuer, a fast machine) must still list the newer first
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<IssuedPack.Offset> offsets = offsets();
        AsAtEnd figures = quarterEnd.asAtEnd(quarter, audience, now);
        List<Figure> headline = headlines.of(figures.view());
        List<String> changes = version == 1 ? List.of() : FigureChanges.between(previousFigures, headline, version - 1);
        GovernanceView view = figures.view().with(figures.view().rocu(), figures.view().withheld(),
                new Basis(false, "Issued board pack, version " + version + ", marked " + marking + ", issued by "
                        + issuer.subject() + " on " + now.atZoneSameInstant(QuarterEndFigures.UK)
                        .format(DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm")) + ". "
                        + figures.view().basis().statement()));
        byte[] pdf = boardPack.pdf(view, audience, changes.stream().map(ViewWords::capitalised).toList(), version);

        IssuedBoardPack pack = new IssuedBoardPack();
        pack.id = UUID.randomUUID();
        pack.quarter = quarter.toString();
        pack.version = version;
        pack.mark(marking);
        pack.issuedBy = issuer.subject();
        pack.issuedAt = now.toInstant();
        pack.asAt = figures.asAt().toInstant();
        pack.statement = view.basis().statement();
        pack.eventOffsets = columns.write(offsets);
        pack.figures = columns.write(headline);
        pack.changes = columns.write(changes);
        pack.pdf = pdf;
        pack.pdfSha256 = sha256(pdf);
        em.persist(pack);
        // the quarter's figures as partners may see them go on the partner feed when they changed (PartnerFeed)
        partnerFeed.quarterIssued(quarter);
        return toView(pack);
    }

    /** The pack, if it exists for this quarter and the reader may read it (else the 404 of one that does not). */
    @Transactional
    public IssuedBoardPack find(FinancialQuarter quarter, UUID id, Caller reader) {
        IssuedBoardPack pack = em.find(IssuedBoardPack.class, id);
        if (pack == null || !pack.quarter.equals(quarter.toString())) {
            throw uk.police.wm.rcs.platform.problem.Problems.notFound(NOT_FOUND);
        }
        Visibility.requireVisible(reader, pack.marking(), NOT_FOUND);
        return pack;
    }

    @Transactional
    public IssuedPack view(FinancialQuarter quarter, UUID id, Caller reader) {
        return toView(find(quarter, id, reader));
    }

    /** The quarter's issued packs the reader may read, newest first. */
    @Transactional
    public Page<IssuedPack.Summary> list(FinancialQuarter quarter, PageRequest page, Caller reader) {
        SqlFilter filter = SqlFilter.visibleTo(reader).and("quarter = :quarter", "quarter", quarter.toString());
        return Keyset.page(em, IssuedBoardPack.class, "issued_board_pack", filter, NEWEST_FIRST, page)
                .map(p -> new IssuedPack.Summary(p.id.toString(), p.quarter, p.version, p.classification.name(),
                        p.marking().caveats(), p.issuedBy, p.issuedAt, p.asAt, p.pdfSha256, pdfPath(p),
                        columns.changes(p).size()));
    }

    /** The URI path of an issued pack. */
    public static String path(IssuedBoardPack pack) {
        FinancialQuarter q = FinancialQuarter.parse(pack.quarter);
        return "/api/v1/board-packs/" + q.financialYear() + "/" + q.quarterLabel() + "/" + pack.id;
    }

    private static String pdfPath(IssuedBoardPack pack) {
        return path(pack) + "/pdf";
    }

    private Optional<IssuedBoardPack> latest(FinancialQuarter quarter, SecurityMarking marking) {
        return em.createQuery("FROM IssuedBoardPack WHERE quarter = :quarter AND classification = :classification"
                        + " ORDER BY version DESC", IssuedBoardPack.class)
                .setParameter("quarter", quarter.toString()).setParameter("classification", marking.classification())
                .getResultStream().filter(p -> p.marking().equals(marking)).findFirst();
    }

    /** The newest offset applied per topic and partition: the events the pack's figures were built from. */
    private List<IssuedPack.Offset> offsets() {
        return em.unwrap(Session.class).createNativeQuery("SELECT topic, partition_no, max(kafka_offset)"
                + " FROM consumed_event GROUP BY topic, partition_no ORDER BY topic, partition_no",
                IssuedPack.Offset.class).getResultList();
    }

    private IssuedPack toView(IssuedBoardPack p) {
        return new IssuedPack(p.id.toString(), p.quarter, p.version, false, p.statement, p.classification.name(),
                p.marking().caveats(), p.issuedBy, p.issuedAt, p.asAt,
                columns.eventOffsets(p), p.pdfSha256, pdfPath(p), columns.changes(p), columns.figures(p));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
