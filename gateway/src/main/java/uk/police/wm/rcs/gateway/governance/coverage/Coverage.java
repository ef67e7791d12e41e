package uk.police.wm.rcs.gateway.governance.coverage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.gateway.governance.Disclosure.Withheld;
import uk.police.wm.rcs.gateway.governance.GovernanceView.Freshness;

/**
 * The sections of the report beyond the headline figures (business plan RAG, 4 P outputs, moderation, funding,
 * reviews, the cyber plans and outputs), in one shape a generic renderer can show: titled tables of rows keyed by a
 * code (the label catalogue turns it into words), each cell a count, an amount or a status word. Every table names
 * the query behind it so a reader can reproduce its figures.
 */
public final class Coverage {

    private Coverage() {
    }

    /**
     * One section: its domain (ctu, rocu, cyber), a stable key, a title, the freshness of its domain's events, its
     * tables, and what was left out of them for this reader and why.
     */
    public record Section(String domain, String key, String title, Freshness freshness, List<Table> tables,
            List<Withheld> withheld) {

        /** The same section with its domain's freshness, added when the view is answered (never cached). */
        public Section withFreshness(Freshness now) {
            return new Section(domain, key, title, now, tables, withheld);
        }
    }

    /**
     * A titled table: {@code rowHeading} says in words what each row is (the heading of the column naming the rows:
     * "Force", "Reviewing body"); {@code columns} are the cell keys in display order; {@code source} the query
     * behind it. {@code period} says what the figures cover (a quarter, a financial year, or "as the register
     * stands").
     */
    public record Table(String key, String title, String rowHeading, String period, List<String> columns,
            List<Row> rows, Source source) {
    }

    /** A row: its code (a force, crime type, status, reviewing body...) or, for a register, the item's own text. */
    public record Row(String key, List<Cell> cells) {
    }

    /** One value of a row: a count, an amount in pounds, or a status word (a RAG colour, a review status, a date). */
    public record Cell(String column, Long count, BigDecimal amount, String status) {

        public static Cell count(String column, long value) {
            return new Cell(column, value, null, null);
        }

        public static Cell amount(String column, BigDecimal value) {
            return new Cell(column, null, value, null);
        }

        public static Cell status(String column, String value) {
            return new Cell(column, null, null, value);
        }
    }

    /**
     * The domain service's own query that answers the same figures, for the records the reader may see: a GET on
     * {@code service} at {@code path} with {@code parameters} (also reachable through the gateway's front door at
     * {@code frontDoorPath}); {@code derivation} says how the table is made from what it returns.
     */
    public record Source(String service, String method, String path, Map<String, String> parameters,
            String frontDoorPath, String derivation) {

        /** A GET on a service, also reached through the front door at {@code /api/v1/<domain>/...}. */
        public static Source get(String domain, String path, Map<String, String> parameters, String derivation) {
            return new Source(domain + "-service", "GET", path, parameters,
                    "/api/v1/" + domain + path.substring("/api/v1".length()), derivation);
        }
    }
}
