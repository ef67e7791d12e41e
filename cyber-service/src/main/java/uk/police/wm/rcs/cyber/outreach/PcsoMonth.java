package uk.police.wm.rcs.cyber.outreach;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The Digital PCSO's month: social-media reach and events supported by audience. */
@Entity
public class PcsoMonth extends PanacheEntityBase {

    /** The first day of the month. */
    @Id
    public LocalDate month;

    @Column(nullable = false)
    public int reach;

    /** Events supported, by audience name. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> events;

    /** Digital PCSOs in post across the region that month (para 92); null when the report did not state it. */
    public Integer digitalPcsosInPost;

    @Version
    public long version;
}
