package uk.police.wm.rcs.cyber.funding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A national funding programme for cybercrime (NCSP, PTF), with any match-funding condition and its end date. */
@Entity
@Table(name = "funding_programme")
public class FundingProgramme extends PanacheEntityBase {

    /** The programmes of paras 89-90. */
    public enum Code {
        NCSP, PTF
    }

    @Id
    @Enumerated(EnumType.STRING)
    public Code code;

    @Column(nullable = false)
    public String name;

    public BigDecimal amount;

    @Column(name = "eligible_spend")
    public String eligibleSpend;

    @Column(name = "match_funded", nullable = false)
    public boolean matchFunded;

    @Column(name = "match_condition")
    public String matchCondition;

    @Column(name = "confirmed_on")
    public LocalDate confirmedOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Version
    public long version;
}
