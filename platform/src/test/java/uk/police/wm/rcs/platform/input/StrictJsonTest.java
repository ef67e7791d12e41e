package uk.police.wm.rcs.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import uk.police.wm.rcs.platform.problem.JsonProblems;
import uk.police.wm.rcs.platform.problem.ProblemException;

/** The JSON input rules on a plain mapper: each hostile value is refused with the problem that names its field. */
class StrictJsonTest {

    record Item(LocalDate date, String label) {
    }

    record Body(String name, Integer attendees, List<Item> items, Map<String, Integer> byQuarter, Instant at,
            Boolean active, BigDecimal amount, List<String> tags) {
    }

    private final ObjectMapper json = StrictJsonCustomizer.apply(JsonMapper.builder()
            .addModule(new JavaTimeModule()).build());

    @Test
    void nulInAStringNamesTheField() {
        ProblemException problem = problemFor("{\"name\":\"a\\u0000b\"}");
        assertThat(problem.slug()).isEqualTo("invalid-character");
        assertThat(problem.extensions()).containsEntry("field", "name");

        assertThat(problemFor("{\"items\":[{\"label\":\"ok\"},{\"label\":\"bell\\u0007\"}]}").extensions())
                .containsEntry("field", "items[1].label");
        assertThat(problemFor("{\"name\":\"lone \\ud800 surrogate\"}").slug()).isEqualTo("invalid-character");
        assertThat(problemFor("{\"byQuarter\":{\"Q\\u00001\":1}}").slug()).isEqualTo("invalid-character");
    }

    @Test
    void tabsNewlinesAndPairedSurrogatesAreText() throws Exception {
        Body body = json.readValue("{\"name\":\"line\\tone\\r\\nline two \\ud83d\\ude00\"}", Body.class);
        assertThat(body.name()).isEqualTo("line\tone\r\nline two \uD83D\uDE00");
    }

    @Test
    void datesOutsideYearsOneTo9999NameTheField() throws Exception {
        for (String date : List.of("-9999-01-01", "+99999-01-01", "0000-12-31", "+10000-01-01")) {
            ProblemException problem = problemFor("{\"items\":[{\"date\":\"" + date + "\"}]}");
            assertThat(problem.slug()).as(date).isEqualTo("date-out-of-range");
            assertThat(problem.extensions()).containsEntry("field", "items[0].date")
                    .containsEntry("min", "0001-01-01").containsEntry("max", "9999-12-31");
        }
        assertThat(problemFor("{\"at\":\"+99999-01-01T00:00:00Z\"}").extensions()).containsEntry("field", "at");
        Body edges = json.readValue("{\"items\":[{\"date\":\"0001-01-01\"},{\"date\":\"9999-12-31\"}],"
                + "\"at\":\"9999-12-31T23:59:59Z\"}", Body.class);
        assertThat(edges.items()).extracting(Item::date).containsExactly(LocalDate.of(1, 1, 1),
                LocalDate.of(9999, 12, 31));
    }

    @Test
    void aMemberSentTwiceIsADuplicateNamingIt() {
        ProblemException problem = problemFor("{\"name\":\"a\",\"name\":\"b\"}");
        assertThat(problem.slug()).isEqualTo("duplicate-field");
        assertThat(problem.extensions()).containsEntry("field", "name");
        assertThat(problemFor("{\"items\":[{\"label\":\"a\",\"label\":\"b\"}]}").extensions())
                .containsEntry("field", "items[0].label");
    }

    @Test
    void aFractionalNumberForAnIntegerIsTheWrongType() {
        ProblemException problem = problemFor("{\"attendees\":2.5}");
        assertThat(problem.slug()).isEqualTo("invalid-type");
        assertThat(problem.extensions()).containsEntry("field", "attendees").containsEntry("expected", "an integer");
    }

    @Test
    void bidirectionalFormattingDelAndC1ControlsAreForbiddenCharacters() {
        for (String escaped : List.of("\\u202e", "\\u202a", "\\u202b", "\\u202c", "\\u202d", "\\u2066",
                "\\u2067", "\\u2068", "\\u2069", "\\u200e", "\\u200f", "\\u061c", "\\u007f", "\\u0080",
                "\\u0085", "\\u009f")) {
            ProblemException problem = problemFor("{\"name\":\"invoice" + escaped + "fdp.exe\"}");
            assertThat(problem.slug()).as(escaped).isEqualTo("invalid-character");
            assertThat(problem.extensions()).as(escaped).containsEntry("field", "name");
        }
        assertThat(problemFor("{\"tags\":[\"ok\",\"rlo \u202e\"]}").extensions()).containsEntry("field", "tags[1]");
        assertThat(problemFor("{\"byQuarter\":{\"Q\u20661\":1}}").slug()).isEqualTo("invalid-character");
    }

    @Test
    void otherTextOutsideAsciiIsStillText() throws Exception {
        // Arabic, Hebrew, accents, a no-break space (U+00A0, just past C1), an emoji, a zero-width joiner
        String text = "\u0645\u0631\u062d\u0628\u0627 \u05e9\u05dc\u05d5\u05dd Zo\u00eb\u00a0\ud83d\udc69\u200d\ud83d\udcbb";
        Body body = json.readValue(json.writeValueAsString(Map.of("name", text)), Body.class);
        assertThat(body.name()).isEqualTo(text);
    }

    @Test
    void aMemberTheRequestDoesNotHaveIsAnUnknownFieldNamingIt() {
        ProblemException problem = problemFor("{\"name\":\"a\",\"nickname\":\"b\"}");
        assertThat(problem.slug()).isEqualTo("unknown-field");
        assertThat(problem.extensions()).containsEntry("field", "nickname");
        assertThat(problemFor("{\"items\":[{\"label\":\"a\",\"colour\":\"red\"}]}").extensions())
                .containsEntry("field", "items[0].colour");
        // a hostile member name is echoed without its control or bidirectional characters
        assertThat(problemFor("{\"evil\\u202e\\u0007\":1}").extensions()).containsEntry("field", "evil??");
    }

    @Test
    void aStringLongerThanTheCapIsTooLongNamingTheField() throws Exception {
        String longest = "x".repeat(InputRules.MAX_STRING_LENGTH);
        assertThat(json.readValue("{\"name\":\"" + longest + "\"}", Body.class).name()).hasSize(10_000);
        ProblemException problem = problemFor("{\"name\":\"" + "x".repeat(100_000) + "\"}");
        assertThat(problem.slug()).isEqualTo("value-too-long");
        assertThat(problem.extensions()).containsEntry("field", "name").containsEntry("maxLength", 10_000);
        assertThat(problemFor("{\"tags\":[\"" + longest + "y\"]}").extensions()).containsEntry("field", "tags[0]");
        assertThat(problemFor("{\"byQuarter\":{\"" + longest + "y\":1}}").slug()).isEqualTo("value-too-long");
    }

    @Test
    void aValueOfAnotherJsonTypeIsNotCoerced() throws Exception {
        for (String body : List.of("{\"name\":12345}", "{\"name\":1.5}", "{\"name\":true}")) {
            ProblemException problem = problemFor(body);
            assertThat(problem.slug()).as(body).isEqualTo("invalid-type");
            assertThat(problem.extensions()).as(body).containsEntry("field", "name")
                    .containsEntry("expected", "a string");
        }
        assertThat(problemFor("{\"attendees\":\"5\"}").extensions()).containsEntry("expected", "an integer");
        assertThat(problemFor("{\"active\":\"true\"}").extensions()).containsEntry("field", "active");
        assertThat(problemFor("{\"active\":1}").slug()).isEqualTo("invalid-type");
        assertThat(problemFor("{\"amount\":\"12.50\"}").slug()).isEqualTo("invalid-type");
        assertThat(problemFor("{\"tags\":[1]}").extensions()).containsEntry("field", "tags[0]");
        // an integer is a valid JSON form of a decimal
        assertThat(json.readValue("{\"amount\":12,\"attendees\":5,\"active\":true}", Body.class).amount())
                .isEqualByComparingTo("12");
    }

    /** What the platform's mappers answer for this body (the same translation as ProblemMappers.jsonProblem). */
    private ProblemException problemFor(String body) {
        Throwable thrown = catchThrowable(() -> json.readValue(body, Body.class));
        assertThat(thrown).as(body).isNotNull();
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            if (c instanceof StreamReadException read && JsonProblems.duplicate(read) != null) {
                return JsonProblems.duplicate(read);
            }
        }
        assertThat(thrown).as(body).isInstanceOf(MismatchedInputException.class);
        return JsonProblems.mismatched((MismatchedInputException) thrown);
    }
}
