package uk.police.wm.rcs.gateway.export;

import java.util.stream.Collectors;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.SecurityMarking;

/**
 * The protective marking an export carries, as Government Security Classifications write it (OFFICIAL,
 * OFFICIAL-SENSITIVE, SECRET, then the caveats in words): the reader's clearance and caveats, the highest marking
 * any figure of the export can have, since every figure in it is disclosed at them.
 */
public final class ExportMarking {

    private ExportMarking() {
    }

    public static SecurityMarking of(Caller reader) {
        return new SecurityMarking(reader.clearance(), reader.caveats());
    }

    public static String words(SecurityMarking marking) {
        String level = marking.classification().name().replace('_', '-');
        String caveats = marking.caveats().stream().sorted().map(c -> c.replace('_', ' '))
                .collect(Collectors.joining(" "));
        return caveats.isEmpty() ? level : level + " " + caveats;
    }
}
