package uk.police.wm.rcs.rocu.disruption;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.police.wm.rcs.platform.paging.ChangeFeed;
import uk.police.wm.rcs.platform.paging.Keyset;
import uk.police.wm.rcs.platform.paging.Page;
import uk.police.wm.rcs.platform.paging.PageRequest;
import uk.police.wm.rcs.platform.paging.SqlFilter;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Force;
import uk.police.wm.rcs.platform.security.ForceScope;
import uk.police.wm.rcs.rocu.disruption.DisruptionRequests.DisruptionFilter;

/** Filtered, cursor-paginated lists of the disruptions a caller may see (clearance, caveats, own force). */
@ApplicationScoped
public class DisruptionQueries {

    private static final Keyset.Order<Disruption> INSERTION_ORDER = Keyset.Order.bySeq(d -> d.seq);

    @Inject
    EntityManager em;

    /**
     * One page in insertion order, or, with {@code changedSince}, of the records changed since then in change order
     * (cursor-stable while records change: {@link ChangeFeed}); a force system asking for another force's data gets
     * an empty page.
     */
    public Page<Disruption> list(DisruptionFilter filter, Instant changedSince, PageRequest page, Caller caller) {
        Optional<Force> own = ForceScope.listedFor(caller);
        if (own.isPresent() && filter.force() != null && filter.force() != own.get()) {
            return new Page<>(List.of(), null);
        }
        Force force = own.orElse(filter.force());
        SqlFilter where = SqlFilter.visibleTo(caller)
                .andIfPresent("force = :force", "force", name(force))
                .andIfPresent("ocg_reference = :ocg", "ocg", filter.ocgReference())
                .andIfPresent("crime_type = :crimeType", "crimeType", name(filter.crimeType()))
                .andIfPresent("coalesce(moderated_impact, claimed_impact) = :impact", "impact", name(filter.impact()))
                .andIfPresent("status = :status", "status", name(filter.status()))
                .andIfPresent("lead_agency = :agency", "agency", name(filter.agency()));
        if (filter.quarter() != null) {
            where.and("disrupted_on >= :from", "from", filter.quarter().start())
                    .and("disrupted_on < :to", "to", filter.quarter().endExclusive());
        }
        if (changedSince != null) {
            return ChangeFeed.page(em, Disruption.class, "disruption", where, changedSince, d -> d.changeXid,
                    d -> d.id, page);
        }
        return Keyset.page(em, Disruption.class, "disruption", where, INSERTION_ORDER, page);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
