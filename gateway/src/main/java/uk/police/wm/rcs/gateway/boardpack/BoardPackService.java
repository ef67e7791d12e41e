package uk.police.wm.rcs.gateway.boardpack;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.gateway.boardpack.model.PackDocument;
import uk.police.wm.rcs.gateway.boardpack.model.PackDocument.QuarterChoice;
import uk.police.wm.rcs.gateway.governance.Disclosure;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.governance.GovernanceService;
import uk.police.wm.rcs.gateway.governance.GovernanceView;
import uk.police.wm.rcs.gateway.labels.Labels;
import uk.police.wm.rcs.gateway.rocu.RocuGovernance;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;

/**
 * The quarterly board pack: the governance view of a quarter laid out like the report it replaces, rendered by one
 * set of Qute templates ({@code templates/boardpack}) as the web page and as the PDF (the same XHTML through
 * openhtmltopdf). Every figure comes from {@link GovernanceView}, so the pack and the API agree for the same
 * quarter and caller.
 */
@ApplicationScoped
public class BoardPackService {

    static final String TITLE = "Playing our part in responding to national threats";

    private static final String PRINT_CSS = resource("/boardpack/print.css");

    @Inject
    GovernanceService governance;

    @Inject
    RocuGovernance rocu;

    @Inject
    Clock clock;

    @Inject
    @Location("boardpack/pack")
    Template pack;

    /** The pack as an XHTML page (no quarter picker). */
    public String html(FinancialQuarter quarter, Caller caller) {
        return pack.data("pack", document(quarter, caller, false, null)).render();
    }

    /** The governance web page: the pack with the quarter picker and the link to the PDF. */
    public String page(FinancialQuarter quarter, Caller caller, QuarterChoice picker) {
        return pack.data("pack", document(quarter, caller, false, picker)).render();
    }

    /** The pack as PDF, from the same templates: the marking on every page, page numbers, contents with pages. */
    public byte[] pdf(FinancialQuarter quarter, Caller caller) {
        return render(pack.data("pack", document(quarter, caller, true, null)).render());
    }

    /**
     * A given view as the PDF (an issued pack's figures as at the quarter's end), its status the view's basis, and
     * {@code changes} (what moved since the previous version, in words; empty for a first version) as its first
     * section: the one entry point an issued pack renders through.
     */
    public byte[] pdf(GovernanceView view, Caller caller, List<String> changes, int version) {
        FinancialQuarter quarter = FinancialQuarter.parse(view.quarter());
        return render(pack.data("pack", document(view, quarter, caller, true, null, changes, version)).render());
    }

    private static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PackDocument document(FinancialQuarter quarter, Caller caller, boolean pdf, QuarterChoice picker) {
        return document(governance.view(quarter, caller), quarter, caller, pdf, picker, List.of(), 1);
    }

    private PackDocument document(GovernanceView view, FinancialQuarter quarter, Caller caller, boolean pdf,
            QuarterChoice picker, List<String> changes, int version) {
        List<String> quarters = lastFiveQuarters(quarter);
        Map<String, List<Count>> series = rocu.approvedByCrimeType(quarters, new Disclosure(caller));
        return new PackDocument(TITLE, quarter.toString(), Labels.quarter(quarter),
                Labels.time(OffsetDateTime.now(clock)), view.basis().statement(),
                Labels.of(view.clearance()), Labels.marking(view.marking().classification(), view.marking().caveats()),
                pdf, pdf ? PRINT_CSS : "", GovukFrontend.STYLESHEET, picker,
                new PackSections(view, series).all(changes, version));
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

    private static String resource(String name) {
        try (InputStream in = BoardPackService.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
