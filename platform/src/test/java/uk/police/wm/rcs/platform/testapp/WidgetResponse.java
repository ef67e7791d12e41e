package uk.police.wm.rcs.platform.testapp;

import java.util.UUID;

/** Test response record. */
public record WidgetResponse(UUID id, String name, Impact impact, long version) {

    static WidgetResponse of(Widget widget) {
        return new WidgetResponse(widget.id, widget.name, widget.impact, widget.version);
    }
}
