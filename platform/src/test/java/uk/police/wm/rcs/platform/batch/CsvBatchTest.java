package uk.police.wm.rcs.platform.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.platform.problem.ProblemException;

/** CSV batches read into the JSON records a JSON batch holds, and the problems of a whole file. */
class CsvBatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A synthetic request type: its fields are the columns. */
    record Sample(@NotBlank String reference, @NotNull LocalDate on, Boolean flagged, Integer count,
            BigDecimal loss, Set<String> caveats, String note) {
    }

    private static List<JsonNode> parse(String csv) {
        return BatchBodies.parse(csv.getBytes(StandardCharsets.UTF_8), "text/csv", Sample.class, 3, JSON);
    }

    private static ProblemException refused(byte[] body, String contentType, int max) {
        return (ProblemException) org.assertj.core.api.Assertions.catchThrowable(
                () -> BatchBodies.parse(body, contentType, Sample.class, max, JSON));
    }

    @Test
    void rowsBecomeTheRecordsAJsonBatchWouldHoldWithTypedValuesAndEmptyCellsAbsent() {
        List<JsonNode> records = parse("\uFEFFnote,reference,on,flagged,count,loss,caveats\r\n"
                + "\"a, \"\"quoted\"\"\nnote\",R-1,2018-08-14,true,3,12.50,NCA; LEA\r\n"
                + "\r\n"
                + ",R-2,2018-08-15,,,,\r\n");

        assertThat(records).hasSize(2);
        JsonNode first = records.get(0);
        assertThat(first.get("note").asText()).isEqualTo("a, \"quoted\"\nnote");
        assertThat(first.get("flagged").isBoolean()).isTrue();
        assertThat(first.get("count").isIntegralNumber()).isTrue();
        assertThat(first.get("loss").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(first.get("caveats")).extracting(JsonNode::asText).containsExactly("NCA", "LEA");
        assertThat(records.get(1).has("note")).isFalse();
        assertThat(records.get(1).has("flagged")).isFalse();
    }

    @Test
    void aValueOfTheWrongKindStaysTextSoTheRecordIsRefusedNamingTheField() {
        JsonNode row = parse("reference,on,flagged,count\nR-1,2018-08-14,yes,2.5\n").get(0);

        assertThat(row.get("flagged").isTextual()).isTrue();
        assertThat(row.get("count").isIntegralNumber()).isFalse();
    }

    @Test
    void extraCellsBecomeFieldsTheRecordDoesNotHave() {
        assertThat(parse("reference,on\nR-1,2018-08-14,surplus\n").get(0).has("column 3")).isTrue();
    }

    @Test
    void aColumnTheRecordDoesNotHaveOrARequiredColumnMissingIsA400NamingIt() {
        ProblemException unknown = refused("reference,on,colour\n".getBytes(StandardCharsets.UTF_8), "text/csv", 3);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.slug()).isEqualTo("unknown-column");
        assertThat(unknown.extensions()).containsEntry("field", "colour");

        ProblemException missing = refused("reference,note\nR-1,x\n".getBytes(StandardCharsets.UTF_8), "text/csv", 3);
        assertThat(missing.slug()).isEqualTo("missing-column");
        assertThat(missing.extensions()).containsEntry("field", "on");

        ProblemException twice = refused("reference,on,on\n".getBytes(StandardCharsets.UTF_8), "text/csv", 3);
        assertThat(twice.slug()).isEqualTo("invalid-csv-header");
    }

    @Test
    void tooManyRowsIs413AndNotUtf8Is400Or415() {
        String four = "reference,on\nA,2018-01-01\nB,2018-01-01\nC,2018-01-01\nD,2018-01-01\n";
        ProblemException tooMany = refused(four.getBytes(StandardCharsets.UTF_8), "text/csv", 3);
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.slug()).isEqualTo("batch-too-large");

        byte[] latin1 = "reference,on\nCaf\u00e9,2018-01-01\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refused(latin1, "text/csv", 3).slug()).isEqualTo("invalid-encoding");
        assertThat(refused(latin1, "text/csv; charset=ISO-8859-1", 3).status()).isEqualTo(415);
        assertThat(parse("reference,on\nCaf\u00e9,2018-01-01\n").get(0).get("reference").asText()).isEqualTo("Caf\u00e9");
    }

    @Test
    void anUnclosedQuoteIsMalformed() {
        assertThatThrownBy(() -> parse("reference,on\n\"R-1,2018-01-01\n"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.slug()).isEqualTo("malformed-csv"));
    }

    @Test
    void theColumnSpecificationIsTheRequestTypeWithItsRequiredFields() {
        assertThat(CsvBatch.columns(Sample.class)).containsEntry("reference", true).containsEntry("on", true)
                .containsEntry("note", false).hasSize(7);
    }
}
