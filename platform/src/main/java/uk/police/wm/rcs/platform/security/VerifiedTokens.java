package uk.police.wm.rcs.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.stats.CacheStats;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import uk.police.wm.rcs.platform.config.TokenCacheConfig;

/**
 * Bearer tokens whose signature, issuer, audience and expiry quarkus-oidc has already verified, so that a client
 * reusing its token (a force system posting a night's records) is not verified again on every request.
 * <p>
 * The key is the exact token string and the OIDC tenant that verified it: a token differing in a single byte, or
 * presented to another tenant, is verified afresh. An entry lasts until the token expires, and never longer than
 * {@link TokenCacheConfig#maxTtl()}. Tokens bound to a DPoP proof are never remembered (each request has its own
 * proof to check). The request's routing context and authentication context are not kept: each request's identity gets its own.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** OIDC's identity attribute naming the tenant that verified the token. */
    static final String TENANT_ATTRIBUTE = "tenant-id";
    /** Marks an identity served from this cache, so it is not remembered a second time. */
    static final String FROM_CACHE_ATTRIBUTE = "rcs.verified-token-cache";
    /** Attributes holding the request's routing context, and its authentication context: never kept, rebound. */
    private static final List<String> ROUTING_CONTEXT_KEYS = List.of(RoutingContext.class.getName(),
            HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE);
    private static final String REQUEST_CONTEXT_KEY = AuthenticationRequestContext.class.getName();

    private final Clock clock;
    private final TokenCacheConfig config;
    private final Cache<Key, Entry> cache;

    @Inject
    public VerifiedTokens(Clock clock, TokenCacheConfig config, MeterRegistry registry) {
        this.clock = clock;
        this.config = config;
        this.cache = Caffeine.newBuilder().maximumSize(config.maxSize()).expireAfter(new UntilExpiry(clock))
                .recordStats().build();
        CaffeineCacheMetrics.monitor(registry, cache, "rcs-verified-tokens");
    }

    private record Key(String tenant, String token) {
    }

    private record Entry(SecurityIdentity identity, Instant expiresAt) {
    }

    /** The identity once verified for this token and tenant, rebuilt for the current request; empty on a miss. */
    public Optional<SecurityIdentity> find(String tenant, String token, RoutingContext request,
            AuthenticationRequestContext context) {
        if (!config.enabled() || tenant == null || token == null || boundToProof(request)) {
            return Optional.empty();
        }
        Entry entry = cache.getIfPresent(new Key(tenant, token));
        if (entry == null || !clock.instant().isBefore(entry.expiresAt())) {
            return Optional.empty();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(entry.identity());
        Map<String, Object> kept = entry.identity().getAttributes();
        ROUTING_CONTEXT_KEYS.stream().filter(kept::containsKey).forEach(key -> identity.addAttribute(key, request));
        if (kept.containsKey(REQUEST_CONTEXT_KEY)) {
            identity.addAttribute(REQUEST_CONTEXT_KEY, context);
        }
        return Optional.of(identity.build());
    }

    /** Remembers an identity quarkus-oidc built from a verified bearer token; anything else is ignored. */
    public void remember(SecurityIdentity identity) {
        if (!config.enabled() || identity.isAnonymous() || identity.getAttribute(FROM_CACHE_ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        AccessTokenCredential bearer = identity.getCredential(AccessTokenCredential.class);
        String tenant = identity.getAttribute(TENANT_ATTRIBUTE);
        String token = jwt.getRawToken();
        if (bearer == null || tenant == null || token == null || !token.equals(bearer.getToken())
                || jwt.getExpirationTime() <= 0 || boundToProof(HttpSecurityUtils.getRoutingContextAttribute(identity))) {
            return;
        }
        Instant now = clock.instant();
        Instant expiresAt = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant latest = now.plus(config.maxTtl());
        if (!now.isBefore(expiresAt)) {
            return;
        }
        Map<String, Object> detached = new HashMap<>();
        for (String key : identity.getAttributes().keySet()) {
            if (ROUTING_CONTEXT_KEYS.contains(key) || REQUEST_CONTEXT_KEY.equals(key)) {
                detached.put(key, null);
            }
        }
        detached.put(FROM_CACHE_ATTRIBUTE, Boolean.TRUE);
        SecurityIdentity template = QuarkusSecurityIdentity.builder(identity).addAttributes(detached).build();
        cache.put(new Key(tenant, token), new Entry(template, expiresAt.isBefore(latest) ? expiresAt : latest));
    }

    /** Hits, misses and evictions since start (also published as {@code cache_gets} etc. with this cache's name). */
    public CacheStats stats() {
        return cache.stats();
    }

    private static boolean boundToProof(RoutingContext request) {
        return request != null && request.request().getHeader("DPoP") != null;
    }

    /** Each entry lives until its own expiry instant. */
    private record UntilExpiry(Clock clock) implements Expiry<Key, Entry> {
        @Override
        public long expireAfterCreate(Key key, Entry entry, long currentTime) {
            return Math.max(0, Duration.between(clock.instant(), entry.expiresAt()).toNanos());
        }

        @Override
        public long expireAfterUpdate(Key key, Entry entry, long currentTime, long currentDuration) {
            return expireAfterCreate(key, entry, currentTime);
        }

        @Override
        public long expireAfterRead(Key key, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
