package uk.police.wm.rcs.gateway.boardpack;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/** The board pack's charts, drawn by JFreeChart as PNG and embedded as data URIs (so HTML and PDF share them). */
final class Charts {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 380;

    private Charts() {
    }

    /** A pie of counts by label, like the report's Figure 3; null when there is nothing to draw. */
    static String pie(String title, Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return null;
        }
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        counts.forEach((label, value) -> data.setValue(label + " (" + value + ")", value));
        return png(ChartFactory.createPieChart(title, data, true, false, false));
    }

    /** Bars of counts per category for each series (e.g. crime types per quarter); null when all are empty. */
    static String bars(String title, String axis, List<String> seriesOrder, Map<String, Map<String, Long>> series) {
        if (series.values().stream().allMatch(Map::isEmpty)) {
            return null;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String name : seriesOrder) {
            series.getOrDefault(name, Map.of()).forEach((category, value) -> data.addValue(value, name, category));
        }
        return png(ChartFactory.createBarChart(title, null, axis, data, PlotOrientation.HORIZONTAL, true, false,
                false));
    }

    private static String png(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        BufferedImage image = chart.createBufferedImage(WIDTH, HEIGHT);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
