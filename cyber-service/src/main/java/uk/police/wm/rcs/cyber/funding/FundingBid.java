package uk.police.wm.rcs.cyber.funding;

import uk.police.wm.rcs.cyber.events.FundingEvents.Status;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A bid for funding to a board: amount, purpose, status and the date it was decided. */
@Entity
public class FundingBid extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String board;

    @Column(nullable = false)
    public String purpose;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public LocalDate submittedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    public LocalDate decisionOn;

    @Version
    public long version;
}
