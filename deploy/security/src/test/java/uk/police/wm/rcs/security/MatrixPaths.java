package uk.police.wm.rcs.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import uk.police.wm.rcs.security.Attack.Answer;
import uk.police.wm.rcs.security.MarkingMatrix.Reader;
import uk.police.wm.rcs.security.MatrixRecords.Marked;
import uk.police.wm.rcs.stack.LocalStack;
import uk.police.wm.rcs.stack.RcsService;

/**
 * How a reader's view of one matrix record is read through each path: get by id, the list, a figure (a count of the
 * record's quarter or crime type), a text (the board pack's HTML or PDF text) searched for the record's marker.
 * Answers are fetched once per reader and URL.
 */
final class MatrixPaths {

    enum Seen { SEEN, NOT_SEEN, ERROR }

    /**
     * What one path showed one reader of one record: seen or not, the HTTP status, and for a figure its count
     * ({@code -1} when the figure is suppressed as a small count, which still means it counted something).
     */
    record Obs(Seen seen, int status, boolean problem, Long count, String detail) {
        boolean refused() {
            return (status == 403 || status == 404) && problem;
        }
    }

    /** A path of the matrix: its name, the roles that may use it, and how it shows a record to a reader. */
    record PathDef(String name, List<String> roles, boolean partnerRule, Observer observer) {
    }

    interface Observer {
        Obs observe(Reader reader, Marked record);
    }

    private static final Map<String, String> JUSTIFIED = Map.of("X-Justification", "Security suite: marking matrix",
            "Accept", "application/json, application/problem+json, text/html");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final LocalStack stack;
    private final Attack attack;
    private final Ledger ledger;
    private final Map<String, Answer> answers = new HashMap<>();
    private final Map<String, Object> lists = new HashMap<>();
    private final Map<String, String> pdfTexts = new HashMap<>();

    MatrixPaths(LocalStack stack, Attack attack, Ledger ledger) {
        this.stack = stack;
        this.attack = attack;
        this.ledger = ledger;
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** {@code GET path/{id}}: 200 is seen, a 403/404 problem not seen. */
    Observer get(RcsService service, String path) {
        return (reader, record) -> {
            Answer answer = fetch(reader, stack.serviceUrl(service) + path + "/" + record.id());
            if (answer.status() == 200) {
                return new Obs(Seen.SEEN, 200, false, null, "");
            }
            boolean problem = answer.isProblem();
            Seen seen = (answer.status() == 403 || answer.status() == 404) && problem ? Seen.NOT_SEEN : Seen.ERROR;
            return new Obs(seen, answer.status(), problem, null, answer.summary());
        };
    }

    /** A list paged through to its end (following {@code nextCursor}): seen when the record's id is in it. */
    Observer list(RcsService service, Function<Marked, String> pathAndQuery) {
        return (reader, record) -> {
            String url = stack.serviceUrl(service) + pathAndQuery.apply(record);
            Object ids = lists.computeIfAbsent(reader.name() + " " + url, k -> listIds(url, reader));
            if (ids instanceof Answer refused) {
                return new Obs(Seen.ERROR, refused.status(), refused.isProblem(), null, refused.summary());
            }
            return new Obs(((List<?>) ids).contains(record.id()) ? Seen.SEEN : Seen.NOT_SEEN, 200, false, null, "");
        };
    }

    /** A figure read from a JSON answer: seen when it counts something (the count is checked by the matrix). */
    Observer figure(RcsService service, Function<Marked, String> path, FigureReader figure) {
        return (reader, record) -> {
            Answer answer = fetch(reader, stack.serviceUrl(service) + path.apply(record));
            if (answer.status() != 200) {
                return new Obs(Seen.ERROR, answer.status(), answer.isProblem(), null, answer.summary());
            }
            long count;
            try {
                count = figure.count(SchemaSamples.JSON.readTree(answer.body()), record);
            } catch (IOException | RuntimeException e) {
                return new Obs(Seen.ERROR, 200, false, null, "unreadable figure: " + e);
            }
            return new Obs(count != 0 ? Seen.SEEN : Seen.NOT_SEEN, 200, false, count, "");
        };
    }

    interface FigureReader {
        long count(JsonNode json, Marked record);
    }

    /** A text answer (HTML or JSON) searched for the record's marker. */
    Observer text(RcsService service, Function<Marked, String> path) {
        return (reader, record) -> {
            Answer answer = fetch(reader, stack.serviceUrl(service) + path.apply(record));
            if (answer.status() != 200) {
                return new Obs(Seen.ERROR, answer.status(), answer.isProblem(), null, answer.summary());
            }
            return new Obs(answer.body().contains(record.marker()) ? Seen.SEEN : Seen.NOT_SEEN, 200, false, null, "");
        };
    }

    /**
     * A figure of the board pack's HTML: the "this quarter" column of the table {@code data-figure="title"}, the
     * row whose {@code data-key} is the key (or all rows but the total summed when the key is null); "withheld" is a
     * suppressed count.
     */
    Observer boardPackFigure(RcsService service, Function<Marked, String> path, String title,
                             Function<Marked, String> key) {
        return (reader, record) -> {
            Answer answer = fetch(reader, stack.serviceUrl(service) + path.apply(record));
            if (answer.status() != 200) {
                return new Obs(Seen.ERROR, answer.status(), answer.isProblem(), null, answer.summary());
            }
            String body = answer.body();
            // the pack's templates mark each figure table (or its "none" paragraph) with data-figure="<title>"
            int heading = body.indexOf("data-figure=\"" + title + "\"");
            if (heading < 0) {
                return new Obs(Seen.ERROR, 200, false, null, "no table headed " + title);
            }
            int tableEnd = body.indexOf("</table>", heading);
            int paragraphEnd = body.indexOf("</p>", heading);
            String table = tableEnd < 0 || (paragraphEnd >= 0 && paragraphEnd < tableEnd) ? ""
                    : body.substring(heading, tableEnd);
            // rows carry their code in data-key; a total row (pack-total) repeats the others and is not added
            java.util.regex.Matcher row = java.util.regex.Pattern
                    .compile("<tr class=\"govuk-table__row\" data-key=\"([^\"]*)\"><th[^>]*>[^<]*</th><td[^>]*>([^<]*)</td>")
                    .matcher(table);
            long total = 0;
            boolean suppressed = false;
            String wanted = key == null ? null : key.apply(record);
            while (row.find()) {
                if (wanted != null && !row.group(1).equals(wanted)) {
                    continue;
                }
                if (row.group(2).equals("withheld")) {
                    suppressed = true;
                } else {
                    total += Long.parseLong(row.group(2).replace(",", ""));
                }
            }
            long count = suppressed ? -1 : total;
            return new Obs(count != 0 ? Seen.SEEN : Seen.NOT_SEEN, 200, false, count, "");
        };
    }

    /** A PDF's text (Apache PDFBox), whitespace removed so a wrapped marker is still found, searched for the marker. */
    Observer pdf(RcsService service, Function<Marked, String> path) {
        return (reader, record) -> {
            String url = stack.serviceUrl(service) + path.apply(record);
            String text = pdfTexts.computeIfAbsent(reader.name() + " " + url, k -> pdfText(url, reader));
            if (text.startsWith("!")) {
                String[] status = text.substring(1).split(" ", 3);
                return new Obs(Seen.ERROR, Integer.parseInt(status[0]), Boolean.parseBoolean(status[1]), null, text);
            }
            return new Obs(text.contains(record.marker()) ? Seen.SEEN : Seen.NOT_SEEN, 200, false, null, "");
        };
    }

    /** An answer as fetched (or re-used) for this reader. */
    Answer fetch(Reader reader, String url) {
        return answers.computeIfAbsent(reader.name() + " " + url, k -> attack.send("GET", url, reader.token(), JUSTIFIED, null));
    }

    /** Forgets fetched answers (figures change once records are moderated). */
    void forget() {
        answers.clear();
        lists.clear();
        pdfTexts.clear();
    }

    private String pdfText(String url, Reader reader) {
        ledger.sent();
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + reader.token()).header("Accept", "application/pdf, application/problem+json")
                    .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200) {
                return "!" + response.statusCode() + " " + type.startsWith("application/problem+json") + " "
                        + Ledger.excerpt(new String(response.body(), StandardCharsets.UTF_8));
            }
            try (PDDocument document = Loader.loadPDF(response.body())) {
                return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            }
        } catch (IOException e) {
            return "!-2 false " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "!-2 false interrupted";
        }
    }

    /** Every id of a list (following cursors), or the answer that refused it. */
    private Object listIds(String url, Reader reader) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        String separator = url.contains("?") ? "&" : "?";
        for (int page = 0; page < 200; page++) {
            Answer answer = attack.send("GET", url + separator + "limit=100" + (cursor == null ? "" : "&cursor=" + encoded(cursor)),
                    reader.token(), JUSTIFIED, null);
            if (answer.status() != 200) {
                return answer;
            }
            try {
                JsonNode json = SchemaSamples.JSON.readTree(answer.body());
                json.path("items").forEach(item -> ids.add(item.path("id").asText()));
                cursor = json.path("nextCursor").isTextual() ? json.path("nextCursor").asText() : null;
            } catch (IOException e) {
                return answer;
            }
            if (cursor == null) {
                break;
            }
        }
        return ids;
    }

    /** A gateway or partner {@code Count} ({@code value}, {@code suppressed}): 0 when absent, -1 when suppressed. */
    static long count(JsonNode count) {
        if (count == null || count.isMissingNode() || count.isNull()) {
            return 0;
        }
        if (count.path("suppressed").asBoolean(false)) {
            return -1;
        }
        JsonNode value = count.has("value") ? count.get("value") : count;
        return value.isNumber() ? value.asLong() : value.isNull() ? -1 : 0;
    }

    /** The sum of several counts; -1 (it counts something, how much is withheld) when any is suppressed. */
    static long sum(Iterable<JsonNode> counts) {
        long total = 0;
        boolean suppressed = false;
        for (JsonNode c : counts) {
            long n = count(c);
            if (n < 0) {
                suppressed = true;
            } else {
                total += n;
            }
        }
        return suppressed ? -1 : total;
    }

    /** The element of an array whose {@code field} equals {@code key} (ignoring case), or a missing node. */
    static JsonNode keyed(JsonNode array, String field, String key) {
        for (JsonNode item : array) {
            if (item.path(field).asText().equalsIgnoreCase(key)) {
                return item;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
}
