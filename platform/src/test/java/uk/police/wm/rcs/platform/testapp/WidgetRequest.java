package uk.police.wm.rcs.platform.testapp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Test request with nested, listed and typed fields, and free-form {@code attributes} (any JSON: where a hostile
 * body's depth, not its shape, is what the parser meets first).
 */
public record WidgetRequest(@NotBlank @Size(max = 100) String name, @NotNull Impact impact,
        List<@Valid @NotNull Item> items, @PositiveOrZero Integer count, Map<String, Object> attributes) {

    /** A listed element with its own constraints. */
    public record Item(@NotNull LocalDate date, @NotBlank String label) {
    }
}
