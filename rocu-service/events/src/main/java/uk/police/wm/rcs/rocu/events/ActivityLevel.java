package uk.police.wm.rcs.rocu.events;

/** The five levels of activity against serious and organised crime (para 57), from local to national. */
public enum ActivityLevel {
    LOCAL, FORCE_THEME_OR_DEMAND, FORCE_OCG, REGIONAL, NATIONAL
}
