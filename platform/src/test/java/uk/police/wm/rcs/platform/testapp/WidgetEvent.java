package uk.police.wm.rcs.platform.testapp;

import java.util.UUID;

/** Test event record written to the outbox. */
public record WidgetEvent(UUID id, String name, Impact impact, long version) {
}
