import java.io.File;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders one page (1-based) of a PDF to a PNG at the given DPI. */
public class Render {
    public static void main(String[] args) throws Exception {
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            ImageIO.write(new PDFRenderer(doc).renderImageWithDPI(Integer.parseInt(args[1]) - 1,
                    Float.parseFloat(args[3])), "png", new File(args[2]));
        }
    }
}
