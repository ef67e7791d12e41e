package uk.police.wm.rcs.gateway.rocu;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import uk.police.wm.rcs.gateway.governance.Disclosure;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;
import uk.police.wm.rcs.platform.security.SecurityMarking;
import uk.police.wm.rcs.platform.security.SmallCounts;
import uk.police.wm.rcs.platform.security.VisibleRows;

/**
 * The ROCU's operational highlights of a quarter as one caller may read them (DOMAIN.md, classification): a
 * narrative is shown only when the caller's clearance covers its classification and it holds every caveat; the
 * response's withheld list says how many were left out and why, with the same care as the figures: a count of
 * narratives above the caller's clearance is given only from {@value Disclosure#SMALL_COUNT} up, and SECRET
 * narratives are never counted for a caller below SECRET.
 */
@ApplicationScoped
public class RocuHighlights {

    /** One operational highlight: an approved or downgraded disruption's narrative, with its marking. */
    public record Highlight(String disruptionId, String force, String crimeType, String leadAgency, String fourP,
            String moderatedImpact, String narrative, String classification, List<String> caveats) {
    }

    /** A highlight as stored, with its marking's two columns. */
    private record HighlightRow(String disruptionId, String force, String crimeType, String leadAgency, String fourP,
            String moderatedImpact, String narrative, String classification, String[] caveats) {
    }

    /** How many of the quarter's highlights of one classification the reader may not see. */
    private record HiddenRow(String classification, long count) {
    }

    @Inject
    Session session;

    /**
     * The quarter's highlights the caller may read, by force, crime type and disruption id; notes the others. Both
     * statements filter with the platform's {@link VisibleRows} condition for the caller (narratives are records,
     * never aggregates), so no narrative the caller may not read leaves the database.
     */
    public List<Highlight> of(FinancialQuarter quarter, Caller caller, Disclosure disclosure) {
        List<Highlight> shown = new ArrayList<>();
        for (HighlightRow r : VisibleRows.bind(session.createNativeQuery("SELECT cast(disruption_id AS varchar),"
                        + " force, crime_type, lead_agency, four_p, moderated_impact, narrative, classification,"
                        + " caveats"
                        + " FROM rocu_highlight WHERE quarter = :quarter AND " + VisibleRows.CONDITION
                        + " ORDER BY force, crime_type, disruption_id", HighlightRow.class), caller)
                .setParameter("quarter", quarter.toString()).getResultList()) {
            SecurityMarking marking = StoredMarking.of(r.classification(), r.caveats());
            disclosure.noteShown(marking.classification());
            shown.add(new Highlight(r.disruptionId(), r.force(), r.crimeType(), r.leadAgency(), r.fourP(),
                    r.moderatedImpact(), r.narrative(), marking.classification().name(),
                    List.copyOf(marking.caveats())));
        }
        long aboveClearance = 0;
        boolean secretLeftOut = false;
        long caveatsNotHeld = 0;
        for (HiddenRow r : VisibleRows.bind(session.createNativeQuery("SELECT classification, count(*)"
                        + " FROM rocu_highlight WHERE quarter = :quarter AND NOT " + VisibleRows.CONDITION
                        + " GROUP BY classification", HiddenRow.class), caller)
                .setParameter("quarter", quarter.toString()).getResultList()) {
            Classification classification = Classification.parseOrHighest(r.classification());
            long count = r.count();
            if (!caller.clearance().covers(classification)) {
                if (classification == Classification.SECRET) {
                    secretLeftOut = true;
                } else {
                    aboveClearance += count;
                }
            } else {
                caveatsNotHeld += count;
            }
        }
        if (aboveClearance > 0) {
            disclosure.withhold(RocuGovernance.SECTION, SmallCounts.isSuppressed(aboveClearance, Disclosure.SMALL_COUNT)
                            ? "operational highlights (fewer than " + Disclosure.SMALL_COUNT + ")"
                            : "operational highlights (" + aboveClearance + ")",
                    "their narratives are marked above your clearance");
        }
        if (secretLeftOut) {
            disclosure.withhold(RocuGovernance.SECTION, "operational highlights marked SECRET",
                    "SECRET narratives need SECRET clearance");
        }
        if (caveatsNotHeld > 0) {
            disclosure.withhold(RocuGovernance.SECTION, "operational highlights (" + caveatsNotHeld + ")",
                    "their narratives carry handling caveats your token does not hold");
        }
        return shown;
    }
}
