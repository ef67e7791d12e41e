package uk.police.wm.rcs.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.outreach.OutreachRequests.PcsoMonthReport;

/**
 * The Digital PCSO months of {@code deploy/demo/32-cyber-outreach.json} say what the seed says (paras 92-93): three
 * Digital PCSOs in post across the region (West Midlands Police's, the Alliance's and Staffordshire's), a reach
 * averaging 107,000 a month with a high of 200,000 in July. Each body is read as the API's request record (an unknown
 * member fails), so the file states the fields the service takes. The file is not replayed here: its months are
 * 2018-19, which other tests write (the stack's run replays it).
 */
class DigitalPcsoDemoDataTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String MONTHS = "/api/v1/digital-pcso/months/";

    @Test
    void everyMonthStatesThreeDigitalPcsosAndTheSeedsReach() throws IOException {
        Path file = Path.of(System.getProperty("rcs.repo.root"), "deploy", "demo", "32-cyber-outreach.json");
        Map<YearMonth, PcsoMonthReport> months = new TreeMap<>();
        for (JsonNode r : JSON.readTree(file.toFile())) {
            String path = r.get("path").asText();
            if (path.startsWith(MONTHS)) {
                assertThat(r.get("method").asText()).isEqualTo("PUT");
                months.put(YearMonth.parse(path.substring(MONTHS.length())),
                        JSON.treeToValue(r.get("body"), PcsoMonthReport.class));
            }
        }
        List<YearMonth> year = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            year.add(YearMonth.of(2018, 4).plusMonths(i));
        }
        assertThat(months.keySet()).containsExactlyElementsOf(year);
        assertThat(months.values()).extracting(PcsoMonthReport::digitalPcsosInPost).containsOnly(3);
        assertThat(months.values().stream().mapToInt(PcsoMonthReport::reach).sum() / 12).isEqualTo(107_000);
        assertThat(months.get(YearMonth.of(2018, 7)).reach()).isEqualTo(200_000);
        assertThat(months.values().stream().mapToInt(PcsoMonthReport::reach).max().orElseThrow()).isEqualTo(200_000);
    }
}
