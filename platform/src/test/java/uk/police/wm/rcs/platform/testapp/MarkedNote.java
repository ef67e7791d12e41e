package uk.police.wm.rcs.platform.testapp;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import uk.police.wm.rcs.platform.security.MarkedEntity;

/** Test-only marked record: proves the one stored shape of a marking, the need-to-know SQL and keyset paging. */
@Entity
public class MarkedNote extends MarkedEntity {

    @Id
    public UUID id;

    public LocalDate writtenOn;

    public String body;
}
