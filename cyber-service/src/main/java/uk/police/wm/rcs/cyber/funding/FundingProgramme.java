package uk.police.wm.rcs.cyber.funding;

import uk.police.wm.rcs.cyber.events.FundingEvents.Code;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A national funding programme for cybercrime (NCSP, PTF), with any match-funding condition and its end date. */
@Entity
public class FundingProgramme extends PanacheEntityBase {

    @Id
    @Enumerated(EnumType.STRING)
    public Code code;

    @Column(nullable = false)
    public String name;

    public BigDecimal amount;

    public String eligibleSpend;

    @Column(nullable = false)
    public boolean matchFunded;

    public String matchCondition;

    public LocalDate confirmedOn;

    public LocalDate endsOn;

    @Version
    public long version;
}
