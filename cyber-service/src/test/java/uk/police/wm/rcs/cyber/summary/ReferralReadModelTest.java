package uk.police.wm.rcs.cyber.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.wm.rcs.cyber.referral.Referrals.ECU;
import static uk.police.wm.rcs.cyber.referral.Referrals.VIEWER;
import static uk.police.wm.rcs.cyber.referral.Referrals.as;
import static uk.police.wm.rcs.cyber.referral.Referrals.body;
import static uk.police.wm.rcs.cyber.referral.Referrals.reference;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.http.HttpStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.police.wm.rcs.cyber.referral.ReferralRequests.ReferralView;
import uk.police.wm.rcs.cyber.referral.Referrals;

/**
 * The summary's read model (per-quarter counts kept by each write, percentiles read at their positions from an
 * index) gives exactly what scanning the referrals gives, through triage, correction and victim contact; and the
 * migration's rebuild function gives the same counts as the writes kept.
 */
@QuarkusTest
class ReferralReadModelTest {

    private static final String[] OUTCOMES = {"ECU_INVESTIGATION", "FORCE_CID", "PUBLIC_PROTECTION_UNIT",
        "VICTIM_CARE_ONLY", "NO_FURTHER_ACTION"};

    @Inject
    AgroalDataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theReadModelAgreesWithAScanOfTheReferrals() throws SQLException {
        // 2011-12 Q2 (July-September 2011) and Q1 beside it; fractional seconds, ties and an untriaged share
        Instant july = Instant.parse("2011-07-01T08:00:00Z");
        for (int i = 0; i < 23; i++) {
            Instant received = july.plus(Duration.ofHours(61L * i)).plusMillis(137L * i);
            Map<String, Object> referral = body(reference(), received, i % 4 == 0);
            referral.put("crimeClass", i % 3 == 0 ? "CYBER_DEPENDENT" : "CYBER_ENABLED");
            ReferralView r = Referrals.receive(referral);
            if (i % 6 != 5) {
                Duration toTriage = Duration.ofMinutes(37L * (i % 7) + 5).plusMillis(250L * i);
                ReferralView triaged = Referrals.triage(r.id(), OUTCOMES[i % 5], "Synthetic unit",
                        received.plus(toTriage));
                if (i % 5 == 1) {
                    as(ECU).header("If-Match", "\"" + triaged.version() + "\"").body(Map.of("outcome",
                            "ECU_INVESTIGATION", "receivingUnit", "ECU", "reason", "Synthetic correction")).when()
                            .post("/api/v1/referrals/" + r.id() + "/triage-correction").then()
                            .statusCode(HttpStatus.SC_OK);
                }
            }
            if (i % 2 == 0) {
                as(ECU).body(Map.of("contactedOn", received.plus(Duration.ofDays(1)).toString().substring(0, 10)))
                        .when().post("/api/v1/referrals/" + r.id() + "/victim-contact").then()
                        .statusCode(HttpStatus.SC_OK);
            }
        }
        Referrals.receive(body(reference(), Instant.parse("2011-05-20T10:00:00Z"), false));

        QuarterSummary summary = as(VIEWER).when().get("/api/v1/summary/2011-12/Q2").then()
                .statusCode(HttpStatus.SC_OK).extract().as(QuarterSummary.class);

        assertThat(summary.referralsByOutcome().current()).isEqualTo(scanByOutcome("2011-07-01", "2011-10-01"));
        assertThat(summary.referralsByOutcome().previous()).isEqualTo(scanByOutcome("2011-04-01", "2011-07-01"));
        assertThat(summary.referralsByOutcome().current().get("ECU_INVESTIGATION")).isGreaterThan(5);
        assertThat(summary.victimContact().current().contacted())
                .isEqualTo(scan("SELECT count(victim_contacted_on) FROM referral WHERE " + quarter("2011-07-01",
                        "2011-10-01")).get(0).longValue());
        List<BigDecimal> times = scan("""
                SELECT count(*),
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM triaged_at - received_at)),
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM triaged_at - received_at))
                  FROM referral WHERE triaged_at IS NOT NULL AND\s""" + quarter("2011-07-01", "2011-10-01"));
        assertThat(summary.timeToTriage().current().triaged()).isEqualTo(times.get(0).longValue()).isEqualTo(20);
        assertThat(summary.timeToTriage().current().medianHours()).isEqualTo(hours(times.get(1)));
        assertThat(summary.timeToTriage().current().p90Hours()).isEqualTo(hours(times.get(2)));
        assertThat(summary.timeToTriage().previous().triaged()).isZero();
        assertThat(summary.timeToTriage().previous().medianHours()).isNull();
    }

    @Test
    void rebuildingTheCountsFromTheReferralsChangesNothing() throws SQLException {
        Referrals.receive(body(reference(), Instant.parse("2011-08-20T10:00:00Z"), true));
        Set<List<Object>> kept = counts();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT referral_quarter_count_rebuild()");
        }
        assertThat(counts()).isNotEmpty().isEqualTo(kept);
    }

    private static BigDecimal hours(BigDecimal seconds) {
        return BigDecimal.valueOf(seconds.doubleValue()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }

    private static String quarter(String from, String to) {
        return "received_at >= timestamp '" + from + "' AT TIME ZONE 'Europe/London'"
                + " AND received_at < timestamp '" + to + "' AT TIME ZONE 'Europe/London'";
    }

    private Map<String, Long> scanByOutcome(String from, String to) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        for (String o : OUTCOMES) {
            counts.put(o, 0L);
        }
        counts.put(QuarterSummaryService.UNTRIAGED, 0L);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(triage_outcome, 'UNTRIAGED'), count(*) FROM referral"
                        + " WHERE " + quarter(from, to) + " GROUP BY 1")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private List<BigDecimal> scan(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            List<BigDecimal> row = new java.util.ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getBigDecimal(i));
            }
            return row;
        }
    }

    private Set<List<Object>> counts() throws SQLException {
        Set<List<Object>> rows = new HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        SELECT quarter_start, crime_class, outcome, sum(referrals), sum(contacted)
                          FROM referral_quarter_count GROUP BY 1, 2, 3
                        HAVING sum(referrals) <> 0 OR sum(contacted) <> 0""")) {
            while (rs.next()) {
                rows.add(List.of(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)));
            }
        }
        return rows;
    }
}
