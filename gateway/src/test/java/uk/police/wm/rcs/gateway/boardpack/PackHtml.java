package uk.police.wm.rcs.gateway.boardpack;

import java.util.regex.Pattern;

/** How a test finds a figure in the board pack's markup (templates/boardpack/table.html), not by its styling. */
public final class PackHtml {

    private PackHtml() {
    }

    /** A table row by its code ({@code data-key}) whose first cells are {@code cells}, in that order. */
    public static Pattern row(String key, String... cells) {
        StringBuilder regex = new StringBuilder("data-key=\"").append(Pattern.quote(key))
                .append("\"><th[^>]*>[^<]*</th>");
        for (String cell : cells) {
            regex.append("<td[^>]*>").append(Pattern.quote(cell)).append("</td>");
        }
        return Pattern.compile(regex.toString());
    }
}
