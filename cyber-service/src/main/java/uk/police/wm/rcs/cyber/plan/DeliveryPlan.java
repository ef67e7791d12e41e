package uk.police.wm.rcs.cyber.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.io.Serializable;
import uk.police.wm.rcs.cyber.events.PlanEnums.Strand;

/** A 4P strand's delivery plan for a financial year, and its lead. */
@Entity
public class DeliveryPlan extends PanacheEntityBase {

    /** A plan is identified by its year and strand. */
    @Embeddable
    public record Key(int financialYear,
            @Enumerated(EnumType.STRING) Strand strand) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String lead;

    @Version
    public long version;
}
