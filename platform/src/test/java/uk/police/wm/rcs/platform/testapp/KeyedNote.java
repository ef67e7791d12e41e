package uk.police.wm.rcs.platform.testapp;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Test-only entity: a record held under a natural key of two columns (owner, reference), as a force's records are. */
@Entity
@Table(name = "keyed_note")
public class KeyedNote extends PanacheEntityBase {

    @Id
    public UUID id;

    public String owner;

    public String reference;

    public String body;
}
