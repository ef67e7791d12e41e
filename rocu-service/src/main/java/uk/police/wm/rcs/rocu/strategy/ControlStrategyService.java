package uk.police.wm.rcs.rocu.strategy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import uk.police.wm.rcs.platform.problem.Problems;
import uk.police.wm.rcs.platform.quarter.FinancialQuarter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.rocu.crime.CrimeType;

/** Records the control strategy as append-only versions per year: no version, and no other year, is rewritten. */
@ApplicationScoped
public class ControlStrategyService {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** One priority set by the Regional Executive Board. */
    public record Priority(@NotBlank @Size(max = 200) String title, CrimeType crimeType,
            @Size(max = 2000) String description) {
    }

    public record NewStrategy(@NotEmpty List<@Valid Priority> priorities, @NotBlank @Size(max = 200) String approvedBy) {
    }

    public record StrategyView(String financialYear, int version, List<Priority> priorities, String approvedBy,
            Instant recordedAt) {
    }

    /** Records a new version, unless the priorities and approver equal the current version's (a replay). */
    @Transactional
    public StrategyView record(String fy, NewStrategy s, Caller caller) {
        FinancialQuarter.parseYear(fy);
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "strategy " + fy)
                .getSingleResult();
        StrategyView current = current(fy);
        if (current != null && current.priorities().equals(s.priorities())
                && current.approvedBy().equals(s.approvedBy().strip())) {
            return current;
        }
        Number latest = (Number) em.createNativeQuery("select coalesce(max(version), 0) from control_strategy"
                + " where financial_year = ?1").setParameter(1, fy).getSingleResult();
        int version = latest.intValue() + 1;
        Instant now = Instant.now(clock);
        try {
            em.createNativeQuery("insert into control_strategy (financial_year, version, priorities, approved_by,"
                    + " recorded_at, recorded_by) values (?1, ?2, ?3, ?4, ?5, ?6)").setParameter(1, fy)
                    .setParameter(2, version).setParameter(3, json.writeValueAsString(s.priorities()))
                    .setParameter(4, s.approvedBy().strip()).setParameter(5, now).setParameter(6, caller.subject())
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new StrategyView(fy, version, s.priorities(), s.approvedBy().strip(), now);
    }

    /** A version of a year's strategy, the latest when {@code version} is null. */
    public StrategyView find(String fy, Integer version) {
        FinancialQuarter.parseYear(fy);
        StrategyView found = load(fy, version);
        if (found == null) {
            throw Problems.notFound("No control strategy for " + fy + (version == null ? "" : " version " + version)
                    + ".");
        }
        return found;
    }

    private StrategyView current(String fy) {
        return load(fy, null);
    }

    private StrategyView load(String fy, Integer version) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select version, priorities, approved_by, recorded_at"
                + " from control_strategy where financial_year = ?1 and (?2 = 0 or version = ?2)"
                + " order by version desc limit 1").setParameter(1, fy)
                .setParameter(2, version == null ? 0 : version).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        try {
            List<Priority> priorities = json.readValue((String) r[1], new TypeReference<List<Priority>>() { });
            Object at = r[3];
            Instant recordedAt = at instanceof Instant i ? i : at instanceof OffsetDateTime o
                    ? o.toInstant() : ((Timestamp) at).toInstant();
            return new StrategyView(fy, ((Number) r[0]).intValue(), priorities, (String) r[2], recordedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
