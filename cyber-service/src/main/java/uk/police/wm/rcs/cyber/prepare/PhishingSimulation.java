package uk.police.wm.rcs.cyber.prepare;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** An internal phishing-simulation campaign: emails sent, clicked and reported. */
@Entity
public class PhishingSimulation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public LocalDate sentOn;

    @Column(nullable = false)
    public int sent;

    @Column(nullable = false)
    public int clicked;

    @Column(nullable = false)
    public int reported;
}
