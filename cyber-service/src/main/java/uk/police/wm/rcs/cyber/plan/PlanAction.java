package uk.police.wm.rcs.cyber.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.police.wm.rcs.cyber.events.PlanEnums.Rag;
import uk.police.wm.rcs.cyber.events.PlanEnums.Strand;

/** An action of a 4P delivery plan: owner, due date and current RAG (the latest progress note's). */
@Entity
public class PlanAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int financialYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Strand strand;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String owner;

    @Column(nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Rag rag;

    public LocalDate completedOn;

    @Column(nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
