package uk.police.wm.rcs.ctu.summary;

/** The four strands of CONTEST every CTU activity belongs to. */
public enum FourP {
    PURSUE, PREVENT, PROTECT, PREPARE
}
