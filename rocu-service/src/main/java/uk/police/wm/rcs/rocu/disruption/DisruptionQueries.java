package uk.police.wm.rcs.rocu.disruption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.wm.rcs.platform.paging.Cursor;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.rocu.common.VisibleRows;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionFilter;

/** Filtered, cursor-paginated lists of the disruptions a caller may see (clearance, caveats, own force). */
@ApplicationScoped
public class DisruptionQueries {

    @Inject
    EntityManager em;

    /** One page in insertion order; a force system asking for another force's data gets an empty page. */
    public Page<Disruption> list(DisruptionFilter filter, PageRequest page, Caller caller) {
        Force force = filter.force();
        if (caller.isMachine()) {
            if (caller.force().isEmpty() || (force != null && force != caller.force().get())) {
                return new Page<>(List.of(), null);
            }
            force = caller.force().get();
        }
        StringBuilder where = new StringBuilder(" where ").append(VisibleRows.CONDITION);
        Map<String, Object> params = new LinkedHashMap<>(VisibleRows.parameters(caller));
        add(where, params, "force", force == null ? null : force.name(), "force = :force");
        add(where, params, "ocg", filter.ocgReference(), "ocg_reference = :ocg");
        add(where, params, "crimeType", name(filter.crimeType()), "crime_type = :crimeType");
        add(where, params, "impact", name(filter.impact()), "coalesce(moderated_impact, claimed_impact) = :impact");
        add(where, params, "status", name(filter.status()), "status = :status");
        add(where, params, "agency", name(filter.agency()), "lead_agency = :agency");
        if (filter.quarter() != null) {
            where.append(" and disrupted_on >= :from and disrupted_on < :to");
            params.put("from", filter.quarter().start());
            params.put("to", filter.quarter().endExclusive());
        }
        if (page.after().isPresent()) {
            where.append(" and seq > :after");
            params.put("after", afterSeq(page.after().get()));
        }
        Query query = em.createNativeQuery("select * from disruption" + where + " order by seq limit :limit",
                Disruption.class);
        params.forEach(query::setParameter);
        query.setParameter("limit", page.fetchSize());
        @SuppressWarnings("unchecked")
        List<Disruption> rows = query.getResultList();
        return Page.of(rows, page, d -> new Cursor(String.valueOf(d.seq), d.id.toString()));
    }

    private static long afterSeq(Cursor cursor) {
        try {
            return Long.parseLong(cursor.sortKey());
        } catch (NumberFormatException e) {
            throw Cursor.invalid();
        }
    }

    private static void add(StringBuilder where, Map<String, Object> params, String name, Object value, String sql) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.put(name, value);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
