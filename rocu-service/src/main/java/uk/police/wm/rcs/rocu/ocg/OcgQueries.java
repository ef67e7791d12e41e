package uk.police.wm.rcs.rocu.ocg;

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
import uk.police.wm.rcs.rocu.common.VisibleRows;
import uk.police.wm.rcs.rocu.crime.CrimeType;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.CrimeTypeCount;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgCounts;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgFilter;

/** Lists of the OCGs a caller may see, and the count of active OCGs per predominant crime type. */
@ApplicationScoped
public class OcgQueries {

    @Inject
    EntityManager em;

    /** One page in register order. */
    public Page<Ocg> list(OcgFilter filter, PageRequest page, Caller caller) {
        StringBuilder where = new StringBuilder(" where ").append(VisibleRows.CONDITION);
        Map<String, Object> params = new LinkedHashMap<>(VisibleRows.parameters(caller));
        add(where, params, "force", filter.force(), "owning_force = :force");
        add(where, params, "crimeType", filter.crimeType(), "predominant_crime_type = :crimeType");
        add(where, params, "activityLevel", filter.activityLevel(), "activity_level = :activityLevel");
        add(where, params, "status", filter.status(), "status = :status");
        add(where, params, "band", filter.band(), "threat_band = :band");
        if (page.after().isPresent()) {
            where.append(" and seq > :after");
            try {
                params.put("after", Long.parseLong(page.after().get().sortKey()));
            } catch (NumberFormatException e) {
                throw Cursor.invalid();
            }
        }
        Query query = em.createNativeQuery("select * from ocg" + where + " order by seq limit :limit", Ocg.class);
        params.forEach(query::setParameter);
        query.setParameter("limit", page.fetchSize());
        @SuppressWarnings("unchecked")
        List<Ocg> rows = query.getResultList();
        return Page.of(rows, page, o -> new Cursor(String.valueOf(o.seq), o.id.toString()));
    }

    /** Active OCGs the caller may see, per predominant crime type, largest first (the report's Figure 3). */
    public OcgCounts activeByCrimeType(Caller caller) {
        return activeByCrimeType(VisibleRows.CONDITION, VisibleRows.parameters(caller));
    }

    /** Active OCGs of the whole register per predominant crime type: an aggregate for the performance document. */
    public OcgCounts activeByCrimeType() {
        return activeByCrimeType("true", Map.of());
    }

    private OcgCounts activeByCrimeType(String condition, Map<String, Object> params) {
        Query query = em.createNativeQuery("select predominant_crime_type, count(*) from ocg where status = 'ACTIVE'"
                + " and " + condition + " group by predominant_crime_type order by count(*) desc, 1");
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<CrimeTypeCount> counts = rows.stream()
                .map(r -> new CrimeTypeCount(CrimeType.valueOf((String) r[0]), ((Number) r[1]).longValue())).toList();
        return new OcgCounts(counts.stream().mapToLong(CrimeTypeCount::count).sum(), counts);
    }

    private static void add(StringBuilder where, Map<String, Object> params, String name, Object value, String sql) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.put(name, value instanceof Enum<?> e ? e.name() : value);
        }
    }
}
