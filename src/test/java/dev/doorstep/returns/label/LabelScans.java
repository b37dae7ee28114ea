package dev.doorstep.returns.label;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Scanning labels the way a printer and a scanner would: the PDF page rasterized by
 * PDFBox, the codes found and decoded by ZXing from the pixels alone.
 */
public final class LabelScans {

	/** A thermal label printer's resolution. */
	public static final float THERMAL_DPI = 203;

	private LabelScans() {
	}

	/** The page rasterized at {@code dpi}. */
	public static BufferedImage render(byte[] pdf, int page, float dpi) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFRenderer(document).renderImageWithDPI(page, dpi, ImageType.RGB);
		}
	}

	/** The text of the first code of this symbology on the label's first page. */
	public static String decodeOnPage(byte[] pdf, BarcodeFormat format) throws IOException {
		return decode(render(pdf, 0, THERMAL_DPI), format);
	}

	/** Decodes only the wanted symbology, as a scanner configured for it would. */
	public static String decode(BufferedImage image, BarcodeFormat format) {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		BinaryBitmap bitmap = new BinaryBitmap(
				new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
		try {
			return new MultiFormatReader()
				.decode(bitmap,
						Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, true))
				.getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("No " + format + " found on the image", ex);
		}
	}

}
