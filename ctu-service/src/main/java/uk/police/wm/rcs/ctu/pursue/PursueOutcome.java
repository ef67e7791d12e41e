package uk.police.wm.rcs.ctu.pursue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** Arrests, charges or convictions of an operation on one date (counted, the people are never named). */
@Embeddable
public class PursueOutcome {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutcomeKind kind;

    @Column(nullable = false)
    public int people;

    @Column(nullable = false)
    public LocalDate occurredOn;
}
