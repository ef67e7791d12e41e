package uk.police.wm.rcs.rocu.ocg;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.rocu.events.CrimeType;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.CrimeTypeCount;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgCounts;
import uk.police.wm.rcs.rocu.ocg.OcgRequests.OcgFilter;

/** Lists of the OCGs a caller may see, and the count of active OCGs per predominant crime type. */
@ApplicationScoped
public class OcgQueries {

    @Inject
    EntityManager em;

    private static final Keyset.Order<Ocg> REGISTER_ORDER = Keyset.Order.bySeq(o -> o.seq);

    /** One page in register order. */
    public Page<Ocg> list(OcgFilter filter, PageRequest page, Caller caller) {
        SqlFilter where = SqlFilter.visibleTo(caller)
                .andIfPresent("owning_force = :force", "force", name(filter.force()))
                .andIfPresent("predominant_crime_type = :crimeType", "crimeType", name(filter.crimeType()))
                .andIfPresent("activity_level = :activityLevel", "activityLevel", name(filter.activityLevel()))
                .andIfPresent("status = :status", "status", name(filter.status()))
                .andIfPresent("threat_band = :band", "band", filter.band());
        return Keyset.page(em, Ocg.class, "ocg", where, REGISTER_ORDER, page);
    }

    /** Active OCGs the caller may see, per predominant crime type, largest first (the report's Figure 3). */
    public OcgCounts activeByCrimeType(Caller caller) {
        SqlFilter where = SqlFilter.visibleTo(caller).and("status = 'ACTIVE'");
        Query query = where.bind(em.createNativeQuery("select predominant_crime_type, count(*) from ocg" + where.sql()
                + " group by predominant_crime_type order by count(*) desc, 1", CrimeTypeRow.class));
        @SuppressWarnings("unchecked")
        List<CrimeTypeRow> rows = query.getResultList();
        List<CrimeTypeCount> counts = rows.stream()
                .map(r -> new CrimeTypeCount(CrimeType.valueOf(r.crimeType()), r.counted())).toList();
        return new OcgCounts(counts.stream().mapToLong(CrimeTypeCount::count).sum(), counts);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private record CrimeTypeRow(String crimeType, long counted) {
    }
}
