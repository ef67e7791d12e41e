package uk.police.wm.rcs.platform.security;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A record that carries a protective marking: the {@code classification} column and the {@code caveats text[]}
 * column, in the one shape every service stores them in. Lists and counts filter these columns with
 * {@link VisibleRows}; a single record is checked with {@link Visibility}; a new or changed marking with
 * {@link Visibility#requireMayMark}.
 */
@MappedSuperclass
public abstract class MarkedEntity extends PanacheEntityBase {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Classification classification;

    /** Handling caveats, sorted; an empty array for none. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] caveats = new String[0];

    /** The record's marking as one value. */
    public SecurityMarking marking() {
        return new SecurityMarking(classification, caveats == null ? Set.of() : Set.of(caveats));
    }

    /** Sets both columns from one marking. */
    public void mark(SecurityMarking marking) {
        classification = marking.classification();
        caveats = marking.caveatArray();
    }
}
