package uk.police.wm.rcs.gateway.cyber;

import static uk.police.wm.rcs.gateway.readmodel.EventData.optionalText;
import static uk.police.wm.rcs.gateway.readmodel.EventData.text;
import static uk.police.wm.rcs.gateway.readmodel.EventData.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import uk.police.wm.rcs.gateway.readmodel.EventProjector;
import uk.police.wm.rcs.gateway.readmodel.RejectedEventException;
import uk.police.wm.rcs.gateway.readmodel.StoredMarking;

/**
 * Keeps the cybercrime strategy's five-point plan (para 64) and the 4 P delivery plans' actions (para 65) as they
 * stand, from {@code five-point-commitment.updated} and {@code plan-action.updated}: the last event of a
 * commitment or an action replaces it, marking included.
 */
@ApplicationScoped
public class CyberPlanProjector implements EventProjector {

    static final String COMMITMENT = "uk.police.wm.cyber.five-point-commitment.updated.v1";
    static final String ACTION = "uk.police.wm.cyber.plan-action.updated.v1";

    @Inject
    EntityManager em;

    @Override
    public Set<String> types() {
        return Set.of(COMMITMENT, ACTION);
    }

    @Override
    public void apply(Applied event) {
        JsonNode data = event.data();
        String classification = event.marking().classification().name();
        String caveats = StoredMarking.caveatsLiteral(event.marking());
        if (COMMITMENT.equals(event.event().type())) {
            em.createNativeQuery("INSERT INTO cyber_five_point (financial_year, area, status, commitment,"
                            + " classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS text[]))"
                            + " ON CONFLICT (financial_year, area) DO UPDATE SET status = EXCLUDED.status,"
                            + " commitment = EXCLUDED.commitment, classification = EXCLUDED.classification,"
                            + " caveats = EXCLUDED.caveats")
                    .setParameter(1, text(data, "financialYear")).setParameter(2, text(data, "area"))
                    .setParameter(3, text(data, "status")).setParameter(4, text(data, "commitment"))
                    .setParameter(5, classification).setParameter(6, caveats).executeUpdate();
            return;
        }
        em.createNativeQuery("INSERT INTO cyber_plan_action (id, financial_year, strand, title, owner, due_on, rag,"
                        + " completed_on, classification, caveats) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
                        + " CAST(?10 AS text[])) ON CONFLICT (id) DO UPDATE SET financial_year ="
                        + " EXCLUDED.financial_year, strand = EXCLUDED.strand, title = EXCLUDED.title,"
                        + " owner = EXCLUDED.owner, due_on = EXCLUDED.due_on, rag = EXCLUDED.rag,"
                        + " completed_on = EXCLUDED.completed_on, classification = EXCLUDED.classification,"
                        + " caveats = EXCLUDED.caveats")
                .setParameter(1, uuid(data, "id")).setParameter(2, text(data, "financialYear"))
                .setParameter(3, text(data, "strand")).setParameter(4, text(data, "title"))
                .setParameter(5, text(data, "owner")).setParameter(6, date(text(data, "dueOn")))
                .setParameter(7, text(data, "rag")).setParameter(8, date(optionalText(data, "completedOn")))
                .setParameter(9, classification).setParameter(10, caveats).executeUpdate();
    }

    /** A date of an event's data; null stays null. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RejectedEventException("not a date: " + value);
        }
    }

    @Override
    public void reset() {
        em.createNativeQuery("TRUNCATE cyber_five_point, cyber_plan_action").executeUpdate();
    }
}
