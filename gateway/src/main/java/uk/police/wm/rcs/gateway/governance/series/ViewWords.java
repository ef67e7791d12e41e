package uk.police.wm.rcs.gateway.governance.series;

import java.util.Locale;
import java.util.Map;

/**
 * The words a person reads for the parts of the governance view that the series, the exports and an issued pack's
 * list of changes name by their JSON path: section names in full, field names as phrases. Keys (crime types, forces)
 * are shown as the view gives them.
 */
public final class ViewWords {

    private static final Map<String, String> SECTIONS = Map.of("ctu", "Counter Terrorism Unit", "rocu",
            "Regional Organised Crime Unit", "cyber", "Cybercrime", "fourPMatrix", "4 P matrix");

    private ViewWords() {
    }

    /** A JSON member name as words: {@code approvedDisruptions} is "approved disruptions"; sections in full. */
    public static String of(String member) {
        String section = SECTIONS.get(member);
        if (section != null) {
            return section;
        }
        String spaced = member.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        return spaced.toLowerCase(Locale.UK).replace("four p", "4 P").replace("pcso", "Digital PCSO")
                .replace("ocgs", "OCGs").replace("p90", "90th percentile");
    }

    /** A sentence's first letter in upper case. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
