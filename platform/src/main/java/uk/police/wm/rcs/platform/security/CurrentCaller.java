package uk.police.wm.rcs.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Request-scoped source of the current {@link Caller}, read once per request from the verified token.
 * <p>
 * {@code Caller} is a record and so cannot be a normal-scoped bean itself; inject this bean and call {@link #get()}.
 */
@RequestScoped
public class CurrentCaller {

    public static final String CLAIM_FORCE = "force";
    public static final String CLAIM_CLEARANCE = "clearance";
    public static final String CLAIM_CAVEATS = "caveats";

    private static final Logger LOG = Logger.getLogger(CurrentCaller.class);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    /** The caller of the current request ({@link Caller#anonymous()} when unauthenticated). */
    public Caller get() {
        if (caller == null) {
            caller = fromIdentity(identity);
        }
        return caller;
    }

    /** Builds a caller from a security identity; claims come from the JWT when there is one, else from attributes. */
    public static Caller fromIdentity(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Caller.anonymous();
        }
        JsonWebToken jwt = identity.getPrincipal() instanceof JsonWebToken token ? token : null;
        String subject = firstString(claim(identity, jwt, "sub"));
        if (subject == null) {
            subject = identity.getPrincipal().getName();
        }
        String clientId = firstString(claim(identity, jwt, "azp"));
        if (clientId == null) {
            clientId = firstString(claim(identity, jwt, "client_id"));
        }
        Optional<Force> force = Optional.empty();
        String forceClaim = firstString(claim(identity, jwt, CLAIM_FORCE));
        if (forceClaim != null) {
            force = Force.parse(forceClaim);
            if (force.isEmpty()) {
                LOG.warnf("Caller %s has an unknown force claim; treated as no force", subject);
            }
        }
        Classification clearance = Classification.OFFICIAL;
        String clearanceClaim = firstString(claim(identity, jwt, CLAIM_CLEARANCE));
        if (clearanceClaim != null) {
            // an unreadable clearance must never widen access: fall back to the lowest level
            clearance = Classification.parse(clearanceClaim).orElseGet(() -> {
                LOG.warnf("Caller has an unknown clearance claim; treated as OFFICIAL");
                return Classification.OFFICIAL;
            });
        }
        Set<String> caveats = strings(claim(identity, jwt, CLAIM_CAVEATS));
        return new Caller(subject, clientId, identity.getRoles(), force, clearance, caveats);
    }

    private static Object claim(SecurityIdentity identity, JsonWebToken jwt, String name) {
        Object value = jwt == null ? null : jwt.getClaim(name);
        return value != null ? value : identity.getAttribute(name);
    }

    private static String firstString(Object value) {
        Set<String> values = strings(value);
        return values.isEmpty() ? null : values.iterator().next();
    }

    /** A claim as strings: a JSON array, a collection, or one string (comma- or space-separated). */
    static Set<String> strings(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value == null) {
            return out;
        }
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                add(out, item);
            }
        } else if (value instanceof Collection<?> collection) {
            for (Object item : collection) {
                add(out, item);
            }
        } else if (value instanceof String[] array) {
            for (String item : array) {
                add(out, item);
            }
        } else {
            add(out, value);
        }
        return out;
    }

    private static void add(Set<String> out, Object item) {
        String text;
        if (item == null || item == JsonValue.NULL) {
            return;
        } else if (item instanceof JsonString string) {
            text = string.getString();
        } else if (item instanceof JsonArray nested) {
            out.addAll(strings(nested));
            return;
        } else {
            text = item.toString();
        }
        for (String part : LIST_SEPARATOR.split(text.trim())) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
    }
}
