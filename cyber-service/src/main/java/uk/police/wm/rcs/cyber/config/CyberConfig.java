package uk.police.wm.rcs.cyber.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed configuration of the cyber-service's own rules ({@code rcs.cyber.*}). */
@ConfigMapping(prefix = "rcs.cyber")
public interface CyberConfig {

    /** {@code rcs.cyber.vulnerable-contact-days}: days after receipt within which a vulnerable victim must be contacted. */
    @WithDefault("2")
    int vulnerableContactDays();
}
