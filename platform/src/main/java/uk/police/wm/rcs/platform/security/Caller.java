package uk.police.wm.rcs.platform.security;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Who is calling, as read from the verified token: identity, roles, force, clearance and caveats held.
 *
 * @param subject   the token's {@code sub} (for an anonymous caller, {@value #ANONYMOUS_SUBJECT})
 * @param clientId  the OAuth2 client ({@code azp}, else {@code client_id}); {@code null} when the token names none
 * @param roles     realm roles
 * @param force     the caller's force ({@code force} claim), if any
 * @param clearance the highest level the caller may see ({@code clearance} claim; missing means {@code OFFICIAL})
 * @param caveats   handling caveats the caller holds ({@code caveats} claim)
 */
public record Caller(String subject, String clientId, Set<String> roles, Optional<Force> force,
        Classification clearance, Set<String> caveats) {

    /** Realm role that marks a machine (client-credentials) caller such as a force system. */
    public static final String MACHINE_ROLE = "machine";
    public static final String ANONYMOUS_SUBJECT = "anonymous";

    public Caller {
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(roles));
        force = force == null ? Optional.empty() : force;
        clearance = clearance == null ? Classification.OFFICIAL : clearance;
        caveats = caveats == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(caveats));
    }

    /** An unauthenticated caller: no roles, OFFICIAL clearance, no caveats. */
    public static Caller anonymous() {
        return new Caller(ANONYMOUS_SUBJECT, null, Set.of(), Optional.empty(), Classification.OFFICIAL, Set.of());
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** True for a machine-to-machine caller, i.e. one holding the {@value #MACHINE_ROLE} realm role. */
    @JsonIgnore
    public boolean isMachine() {
        return roles.contains(MACHINE_ROLE);
    }

    @JsonIgnore
    public boolean isAnonymous() {
        return ANONYMOUS_SUBJECT.equals(subject) && roles.isEmpty();
    }

    /**
     * The partner region a {@code region-partner} caller speaks for: its OAuth2 client (each partner region has its
     * own client in the realm), else the token's subject. The one definition rocu-service (who sent a cross-border
     * notice) and the gateway (whose notice decisions a partner's stream carries) use.
     */
    @JsonIgnore
    public String partnerRegion() {
        return clientId == null ? subject : clientId;
    }

    /** True when the caller belongs to {@code other} (a caller without a force belongs to none). */
    public boolean belongsTo(Force other) {
        return force.isPresent() && force.get() == other;
    }
}
