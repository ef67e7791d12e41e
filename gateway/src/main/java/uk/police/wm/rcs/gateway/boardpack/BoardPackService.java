package uk.police.wm.rcs.gateway.boardpack;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.gateway.governance.Disclosure;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.governance.GovernanceService;
import uk.police.wm.rcs.gateway.governance.GovernanceView;
import uk.police.wm.rcs.gateway.governance.RocuGovernance;
import uk.police.wm.rcs.gateway.governance.Trend;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * The quarterly board pack: the governance view of a quarter laid out like the report it replaces, as XHTML (the
 * page) and PDF (the same XHTML rendered by openhtmltopdf). Every figure comes from {@link GovernanceView}, so the
 * pack and the API agree for the same quarter and caller.
 */
@ApplicationScoped
public class BoardPackService {

    @Inject
    GovernanceService governance;

    @Inject
    RocuGovernance rocu;

    @Inject
    Clock clock;

    /** The pack as an XHTML document. */
    public String html(FinancialQuarter quarter, Caller caller) {
        return html(quarter, caller, "");
    }

    /** The pack as an XHTML document with a header (well-formed XHTML, e.g. the web page's quarter picker). */
    public String html(FinancialQuarter quarter, Caller caller, String header) {
        return html(governance.view(quarter, caller), caller, header);
    }

    /**
     * A given view as the pack (e.g. an issued pack's figures as at the quarter's end), opening with the sentence
     * that says whether its figures are live or issued.
     */
    public String html(GovernanceView view, Caller caller, String header) {
        FinancialQuarter quarter = FinancialQuarter.parse(view.quarter());
        header = "<p class=\"basis\">" + BoardPackPage.esc(view.basis().statement()) + "</p>" + header;
        BoardPackPage page = new BoardPackPage(quarter, caller.clearance().name(), OffsetDateTime.now(clock), header);
        page.ctu(view);
        page.rocu(view, Charts.pie("Active OCGs per predominant crime type",
                        values(view.rocu().figures().activeOcgsByCrimeType())),
                Charts.bars("Approved disruptions by crime type, last five quarters", "disruptions",
                        lastFiveQuarters(quarter), disruptionsOverFiveQuarters(quarter, caller)));
        page.cyber(view, Charts.bars("Referrals by triage outcome", "referrals", List.of(quarter.toString()),
                Map.of(quarter.toString(), values(view.cyber().figures().referralsByOutcome().stream()
                        .map(Trend::current).toList()))),
                Charts.bars("Digital PCSO reach by month", "people reached", List.of("reach"),
                        Map.of("reach", values(view.cyber().figures().pcsoReachByMonth().stream()
                                .map(m -> new Count(m.month(), m.reach().value(), m.reach().suppressed())).toList()))));
        page.matrixAndWithheld(view);
        return page.finish();
    }

    /** The pack as PDF. */
    public byte[] pdf(FinancialQuarter quarter, Caller caller) {
        return render(html(quarter, caller));
    }

    /** A given view as the PDF, with a header (the one entry point an issued pack renders through). */
    public byte[] pdf(GovernanceView view, Caller caller, String header) {
        return render(html(view, caller, header));
    }

    private static byte[] render(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lastFiveQuarters(FinancialQuarter quarter) {
        List<String> quarters = new ArrayList<>();
        FinancialQuarter q = quarter;
        for (int i = 0; i < 5; i++) {
            quarters.add(0, q.toString());
            q = q.previous();
        }
        return quarters;
    }

    private Map<String, Map<String, Long>> disruptionsOverFiveQuarters(FinancialQuarter quarter, Caller caller) {
        Map<String, Map<String, Long>> series = new LinkedHashMap<>();
        rocu.approvedByCrimeType(lastFiveQuarters(quarter), new Disclosure(caller))
                .forEach((q, counts) -> series.put(q, values(counts)));
        return series;
    }

    /** Disclosed, non-zero figures by key (a suppressed figure is left out of a chart; the tables show it). */
    static Map<String, Long> values(List<Count> counts) {
        Map<String, Long> values = new LinkedHashMap<>();
        counts.stream().filter(c -> !c.suppressed() && c.value() > 0).forEach(c -> values.put(c.key(), c.value()));
        return values;
    }
}
