package dev.doorstep.insert.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.doorstep.runtime.PdfText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Renders insert cards: A6 portrait (105 × 148 mm), one page per order, in the shop's
 * colour, with the texts already in the shopper's language. The QR code is drawn as
 * vector squares, so it stays sharp on any printer.
 */
public final class InsertCards {

	/** DejaVu, shipped with the return labels: umlauts, ß and accents print. */
	private static final String FONTS = "/returns/label/fonts/";

	private static final float MARGIN = 22;

	private InsertCards() {
	}

	/**
	 * One card's content.
	 *
	 * @param brandColor {@code #rrggbb}
	 * @param code the discount code, or null for a card without one
	 * @param terms "10 % off until 22 January 2027", with the code
	 * @param qrUrl where the QR code leads, or null for none
	 */
	public record Card(String shopName, String brandColor, String thanks, String body, @Nullable String codeIntro,
			@Nullable String code, @Nullable String terms, @Nullable String qrUrl, @Nullable String qrCaption) {
	}

	public static byte[] pdf(List<Card> cards, IntConsumer progress) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFont regular = font(document, "DejaVuSans.ttf");
			PDFont bold = font(document, "DejaVuSans-Bold.ttf");
			int done = 0;
			for (Card card : cards) {
				PDPage page = new PDPage(PDRectangle.A6);
				document.addPage(page);
				try (PDPageContentStream canvas = new PDPageContentStream(document, page)) {
					draw(canvas, card, regular, bold, page.getMediaBox());
				}
				progress.accept(++done);
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void draw(PDPageContentStream canvas, Card card, PDFont regular, PDFont bold, PDRectangle box)
			throws IOException {
		float width = box.getWidth();
		float top = box.getHeight();
		Color brand = color(card.brandColor());
		canvas.setNonStrokingColor(brand);
		canvas.addRect(0, top - 48, width, 48);
		canvas.fill();
		canvas.setNonStrokingColor(readableOn(brand));
		text(canvas, bold, 14, MARGIN, top - 30, fit(bold, 14, width - 2 * MARGIN, card.shopName()));
		canvas.setNonStrokingColor(Color.BLACK);
		float y = top - 82;
		for (String line : wrap(bold, 17, width - 2 * MARGIN, card.thanks())) {
			text(canvas, bold, 17, MARGIN, y, line);
			y -= 21;
		}
		y -= 4;
		for (String line : wrap(regular, 10, width - 2 * MARGIN, card.body())) {
			text(canvas, regular, 10, MARGIN, y, line);
			y -= 13;
		}
		if (card.code() != null) {
			y -= 10;
			if (card.codeIntro() != null) {
				text(canvas, regular, 9, MARGIN, y, card.codeIntro());
				y -= 30;
			}
			float size = 18;
			while (size > 10 && width(bold, size, card.code()) > width - 2 * MARGIN - 16) {
				size -= 1;
			}
			canvas.setStrokingColor(brand);
			canvas.setLineWidth(1.5f);
			canvas.setLineDashPattern(new float[] { 4, 3 }, 0);
			canvas.addRect(MARGIN, y - 8, width - 2 * MARGIN, size + 16);
			canvas.stroke();
			canvas.setLineDashPattern(new float[0], 0);
			text(canvas, bold, size, (width - width(bold, size, card.code())) / 2, y, card.code());
			y -= 24;
			if (card.terms() != null) {
				for (String line : wrap(regular, 9, width - 2 * MARGIN, card.terms())) {
					text(canvas, regular, 9, MARGIN, y, line);
					y -= 12;
				}
			}
		}
		if (card.qrUrl() != null) {
			float qrSize = 86;
			qr(canvas, card.qrUrl(), (width - qrSize) / 2, MARGIN + 16, qrSize);
			if (card.qrCaption() != null) {
				String caption = fit(regular, 8, width - 2 * MARGIN, card.qrCaption());
				text(canvas, regular, 8, (width - width(regular, 8, caption)) / 2, MARGIN + 4, caption);
			}
		}
	}

	private static void qr(PDPageContentStream canvas, String content, float x, float y, float size)
			throws IOException {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.MARGIN, 0);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(content, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("not encodable as a QR code: " + content.length() + " characters", ex);
		}
		float module = size / matrix.getWidth();
		canvas.setNonStrokingColor(Color.BLACK);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int column = 0; column < matrix.getWidth(); column++) {
				if (matrix.get(column, row)) {
					canvas.addRect(x + column * module, y + size - (row + 1) * module, module, module);
				}
			}
		}
		canvas.fill();
	}

	private static void text(PDPageContentStream canvas, PDFont font, float size, float x, float y, String text)
			throws IOException {
		canvas.beginText();
		canvas.setFont(font, size);
		canvas.newLineAtOffset(x, y);
		canvas.showText(text);
		canvas.endText();
	}

	static List<String> wrap(PDFont font, float size, float maxWidth, String text) throws IOException {
		return PdfText.wrap(font, size, maxWidth, text);
	}

	private static String fit(PDFont font, float size, float maxWidth, String text) throws IOException {
		String fitted = text;
		while (fitted.length() > 1 && width(font, size, fitted) > maxWidth) {
			fitted = fitted.substring(0, fitted.length() - 2) + "…";
		}
		return fitted;
	}

	private static float width(PDFont font, float size, String text) throws IOException {
		return PdfText.width(font, size, text);
	}

	private static PDFont font(PDDocument document, String name) throws IOException {
		try (InputStream in = InsertCards.class.getResourceAsStream(FONTS + name)) {
			if (in == null) {
				throw new IOException("font missing: " + name);
			}
			return PDType0Font.load(document, in);
		}
	}

	static Color color(String hex) {
		try {
			return Color.decode(hex);
		}
		catch (NumberFormatException ex) {
			return new Color(0x1f3a5f);
		}
	}

	/** White on dark brand colours, black on light ones (WCAG relative luminance). */
	static Color readableOn(Color background) {
		double luminance = (0.2126 * channel(background.getRed()) + 0.7152 * channel(background.getGreen())
				+ 0.0722 * channel(background.getBlue()));
		return luminance > 0.4 ? Color.BLACK : Color.WHITE;
	}

	private static double channel(int value) {
		double c = value / 255.0;
		return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

}
