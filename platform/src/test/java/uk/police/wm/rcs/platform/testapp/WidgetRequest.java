package uk.police.wm.rcs.platform.testapp;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Test request with nested, listed and typed fields. */
public record WidgetRequest(@NotBlank @Size(max = 100) String name, @NotNull Impact impact,
        List<@Valid @NotNull Item> items, @PositiveOrZero Integer count) {

    /** A listed element with its own constraints. */
    public record Item(@NotNull LocalDate date, @NotBlank String label) {
    }
}
