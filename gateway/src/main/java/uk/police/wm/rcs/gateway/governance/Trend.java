package uk.police.wm.rcs.gateway.governance;

import uk.police.wm.rcs.gateway.governance.Disclosure.Count;

/** One figure for the quarter, with the previous quarter and the same quarter a year before beside it. */
public record Trend(String key, Count current, Count previousQuarter, Count sameQuarterLastYear) {
}
