package uk.police.wm.rcs.ctu.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;

/** The ctu-service's own settings, under {@code rcs.ctu.*}. */
@ConfigMapping(prefix = "rcs.ctu")
public interface CtuConfig {

    /** Counts from 1 to this minus one are withheld from anything that leaves the service. */
    @WithDefault("5")
    int smallCountThreshold();

    /** Last day of the Multi-Agency Centre pilot (report para 20: "until March 2020"). */
    @WithDefault("2020-03-31")
    LocalDate macPilotEnds();
}
