package uk.police.wm.rcs.gateway.boardpack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import uk.police.wm.rcs.gateway.boardpack.model.PackFigure;
import uk.police.wm.rcs.gateway.governance.Disclosure.Count;
import uk.police.wm.rcs.gateway.labels.Labels;

/**
 * The board pack's charts, drawn by JFreeChart as PNG and embedded as data URIs (so the page and the PDF show the
 * same picture), in one colour-blind-safe palette (Okabe and Ito), and honest under suppression: a figure withheld
 * from the reader is drawn as a labelled, withheld category and said in the notes, never left out; a pie is drawn
 * only when every share is known (with one share unknown, the others' shares of the whole are not).
 */
public final class Charts {

    /** Okabe and Ito's palette, distinguishable with every common colour-vision deficiency, black last. */
    static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000));

    private static final Color INK = new Color(0x0B0C0C);
    private static final Color GRID = new Color(0xB1B4B6);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final int WIDTH = 760;
    private static final int HEIGHT = 400;

    private Charts() {
    }

    /** What a chart will draw: its categories in order, each with its value or null when withheld. */
    record Drawn(boolean pie, Map<String, Long> values) {

        List<String> withheld() {
            return values.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey).toList();
        }
    }

    /** Shares of a whole (like the report's Figure 3): a pie when every share is known, otherwise labelled bars. */
    static Drawn shares(List<Count> counts) {
        Map<String, Long> values = values(counts);
        boolean allKnown = values.values().stream().allMatch(v -> v != null);
        return new Drawn(allKnown, values);
    }

    /** A chart of shares, with its text alternative and notes. */
    public static PackFigure sharesFigure(String title, String unit, List<Count> counts, List<String> sectionWithheld) {
        Drawn drawn = shares(counts);
        List<String> notes = notes(drawn.withheld(), sectionWithheld);
        if (!drawn.pie()) {
            notes.add(0, "Drawn as bars, not a pie: with a figure withheld, the shares of the whole are not known.");
        }
        if (drawn.values().isEmpty()) {
            return new PackFigure(title, null, title + ": nothing recorded for this period.", notes);
        }
        JFreeChart chart;
        if (drawn.pie()) {
            DefaultPieDataset<String> data = new DefaultPieDataset<>();
            drawn.values().forEach((label, value) -> data.setValue(label, value));
            chart = pie(title, data);
        } else {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            drawn.values().forEach((label, value) -> data.addValue(value, unit,
                    value == null ? label + " (withheld)" : label));
            chart = bars(title, unit, data, false);
        }
        return new PackFigure(title, png(chart), alt(title, unit, Map.of("", drawn.values())), notes);
    }

    /** Counts per category for each series in order (e.g. crime types over five quarters), as grouped bars. */
    public static PackFigure barsFigure(String title, String unit, Map<String, List<Count>> series,
            List<String> sectionWithheld) {
        Map<String, Map<String, Long>> drawn = new LinkedHashMap<>();
        List<String> withheld = new ArrayList<>();
        series.forEach((name, counts) -> {
            Map<String, Long> values = values(counts);
            drawn.put(name, values);
            values.forEach((category, value) -> {
                if (value == null) {
                    withheld.add(category + " in " + name);
                }
            });
        });
        List<String> notes = notes(withheld, sectionWithheld);
        if (drawn.values().stream().allMatch(Map::isEmpty)) {
            return new PackFigure(title, null, title + ": nothing recorded for this period.", notes);
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // a withheld figure is a null value: no bar and no number, under a category that says it is withheld
        drawn.forEach((name, values) -> values.forEach((category, value) -> data.addValue(value, name,
                value == null ? category + " (withheld)" : category)));
        return new PackFigure(title, png(bars(title, unit, data, series.size() > 1)), alt(title, unit, drawn), notes);
    }

    /** Categories in words, largest first, withheld (null) after the known ones; zeros left out (nothing to draw). */
    private static Map<String, Long> values(List<Count> counts) {
        Map<String, Long> values = new LinkedHashMap<>();
        counts.stream().filter(c -> c.suppressed() || c.value() == null || c.value() > 0)
                .sorted((a, b) -> Long.compare(size(b), size(a)))
                .forEach(c -> values.put(Labels.of(c.key()), c.suppressed() ? null : c.value()));
        return values;
    }

    private static long size(Count c) {
        return c.suppressed() || c.value() == null ? -1 : c.value();
    }

    private static List<String> notes(List<String> withheldCategories, List<String> sectionWithheld) {
        List<String> notes = new ArrayList<>();
        if (!withheldCategories.isEmpty()) {
            notes.add("Withheld from this reader, drawn without a bar: " + String.join("; ", withheldCategories) + ".");
        }
        if (!sectionWithheld.isEmpty()) {
            notes.add("Counts only the records your clearance and caveats cover; left out: "
                    + String.join("; ", sectionWithheld) + ".");
        }
        return notes;
    }

    private static String alt(String title, String unit, Map<String, Map<String, Long>> series) {
        StringBuilder out = new StringBuilder(title).append(", ").append(unit).append(':');
        series.forEach((name, values) -> {
            if (!name.isEmpty()) {
                out.append(' ').append(name).append(':');
            }
            values.forEach((category, value) -> out.append(' ').append(category).append(' ')
                    .append(value == null ? Tables.WITHHELD : Labels.number(value)).append(';'));
        });
        return out.toString();
    }

    private static JFreeChart pie(String title, DefaultPieDataset<String> data) {
        PiePlot<String> plot = new PiePlot<>(data);
        for (int i = 0; i < data.getItemCount(); i++) {
            plot.setSectionPaint(data.getKey(i), PALETTE.get(i % PALETTE.size()));
        }
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})"));
        plot.setLabelFont(TEXT);
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setShadowPaint(null);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(2f));
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(Color.WHITE);
        return styled(new JFreeChart(title, TITLE, plot, false));
    }

    private static JFreeChart bars(String title, String unit, DefaultCategoryDataset data, boolean legend) {
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(TEXT);
        categories.setTickLabelPaint(INK);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = new NumberAxis(unit);
        values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        values.setLabelFont(TEXT);
        values.setTickLabelFont(TEXT);
        values.setTickLabelPaint(INK);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.05);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TEXT);
        renderer.setDefaultItemLabelPaint(INK);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
        }
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        if (legend) {
            LegendTitle key = chart.getLegend();
            key.setItemFont(TEXT);
            key.setPosition(RectangleEdge.BOTTOM);
            key.setFrame(BlockBorder.NONE);
        }
        return styled(chart);
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(INK);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        return chart;
    }

    private static String png(JFreeChart chart) {
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
