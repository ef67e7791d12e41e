package uk.police.wm.rcs.gateway.governance;

import java.util.List;
import java.util.TreeSet;
import uk.police.wm.rcs.gateway.rocu.RocuHighlights.Highlight;
import uk.police.wm.rcs.platform.security.Caller;
import uk.police.wm.rcs.platform.security.Classification;

/**
 * The protective marking of a view as disclosed to one reader (Government Security Classifications): the highest
 * classification of what it shows, and the caveats it may carry. The figure tables do not say which caveats the
 * records they count carried, so the reader's own caveats are included whenever the reader holds any (a figure may
 * count records carrying them): a document may be marked above what it holds, never below.
 */
public record ProtectiveMarking(String classification, List<String> caveats) {

    static ProtectiveMarking of(Disclosure disclosure, List<Highlight> highlights, Caller reader) {
        TreeSet<String> caveats = new TreeSet<>(reader.caveats());
        highlights.forEach(h -> caveats.addAll(h.caveats()));
        Classification highest = disclosure.highestCounted();
        return new ProtectiveMarking(highest.name(), List.copyOf(caveats));
    }
}
