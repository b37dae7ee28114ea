package dev.doorstep.returns.label;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Drawing on the label page: text that never overflows its width, rules, the cut line and
 * code matrices as filled rectangles.
 */
final class LabelCanvas implements AutoCloseable {

	/** Text shrinks to this share of its size before it is shortened with "…". */
	private static final float MIN_SCALE = 0.7f;

	private static final String SCISSORS = "\u2702";

	private final PDPageContentStream content;

	private final PDFont regular;

	private final PDFont bold;

	LabelCanvas(PDPageContentStream content, PDFont regular, PDFont bold) {
		this.content = content;
		this.regular = regular;
		this.bold = bold;
	}

	PDFont regular() {
		return this.regular;
	}

	PDFont bold() {
		return this.bold;
	}

	/**
	 * One line at {@code (x, y)}: smaller when it is too wide, shortened when it is still
	 * too wide at 70 %.
	 */
	void text(PDFont font, float size, float x, float y, float maxWidth, String text) throws IOException {
		text(font, size, MIN_SCALE, x, y, maxWidth, text);
	}

	/**
	 * One line that shrinks down to {@code minScale} of its size before it is shortened:
	 * the RMA must print whole, so it may shrink much further than an address line.
	 */
	void text(PDFont font, float size, float minScale, float x, float y, float maxWidth, String text)
			throws IOException {
		String printable = printable(font, text);
		float fitted = size;
		while (width(font, fitted, printable) > maxWidth && fitted > size * minScale) {
			fitted -= 0.5f;
		}
		if (width(font, fitted, printable) > maxWidth) {
			printable = shortened(font, fitted, maxWidth, printable);
		}
		this.content.beginText();
		this.content.setFont(font, fitted);
		this.content.newLineAtOffset(x, y);
		this.content.showText(printable);
		this.content.endText();
	}

	/** One line ending at {@code right}. */
	void textRight(PDFont font, float size, float right, float y, float maxWidth, String text) throws IOException {
		String printable = printable(font, text);
		float width = Math.min(maxWidth, width(font, size, printable));
		text(font, size, right - width, y, maxWidth, printable);
	}

	/** A small grey heading above a block ("From", "To"). */
	void caption(float x, float y, String text) throws IOException {
		this.content.setNonStrokingColor(ReturnLabels.grey());
		text(this.regular, 6.5f, x, y, ReturnLabels.WIDTH, text.toUpperCase(Locale.ROOT));
		this.content.setNonStrokingColor(Color.BLACK);
	}

	void rule(float from, float y, float to, float lineWidth) throws IOException {
		this.content.setLineWidth(lineWidth);
		this.content.moveTo(from, y);
		this.content.lineTo(to, y);
		this.content.stroke();
	}

	/** A dashed line with scissors at its start and the hint above its end. */
	void cutLine(float from, float y, float to, String hint) throws IOException {
		float start = from;
		if (!printable(this.regular, SCISSORS).equals("?")) {
			text(this.regular, 9, from, y - 3, 12, SCISSORS);
			start += 13;
		}
		this.content.setLineDashPattern(new float[] { 4, 3 }, 0);
		rule(start, y, to, 0.6f);
		this.content.setLineDashPattern(new float[0], 0);
		this.content.setNonStrokingColor(ReturnLabels.grey());
		textRight(this.regular, 6, to, y + 3, to - from, hint);
		this.content.setNonStrokingColor(Color.BLACK);
	}

	/**
	 * A code's modules scaled into the box, as rectangles: one per run of dark modules in
	 * a row, so a QR code stays a few hundred operators.
	 */
	void matrix(BitMatrix matrix, float x, float y, float width, float height) throws IOException {
		float moduleWidth = width / matrix.getWidth();
		float moduleHeight = height / matrix.getHeight();
		for (int row = 0; row < matrix.getHeight(); row++) {
			int column = 0;
			while (column < matrix.getWidth()) {
				if (!matrix.get(column, row)) {
					column++;
					continue;
				}
				int end = column;
				while (end < matrix.getWidth() && matrix.get(end, row)) {
					end++;
				}
				float top = y + height - row * moduleHeight;
				this.content.addRect(x + column * moduleWidth, top - moduleHeight, (end - column) * moduleWidth,
						moduleHeight);
				column = end;
			}
		}
		this.content.fill();
	}

	/** Words wrapped to lines no wider than {@code maxWidth}. */
	List<String> wrap(PDFont font, float size, float maxWidth, String text) throws IOException {
		return dev.doorstep.runtime.PdfText.wrap(font, size, maxWidth, printable(font, text));
	}

	@Override
	public void close() throws IOException {
		this.content.close();
	}

	private static float width(PDFont font, float size, String text) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	private static String shortened(PDFont font, float size, float maxWidth, String text) throws IOException {
		String shortened = text;
		while (!shortened.isEmpty() && width(font, size, shortened + "…") > maxWidth) {
			shortened = shortened.substring(0, shortened.offsetByCodePoints(shortened.length(), -1));
		}
		return shortened + "…";
	}

	/**
	 * The text with control characters as spaces and every character the font cannot show
	 * as "?": a Chinese name must not fail a whole label.
	 */
	static String printable(PDFont font, String text) {
		StringBuilder result = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			if (Character.isISOControl(codePoint)) {
				result.append(' ');
				return;
			}
			String character = Character.toString(codePoint);
			try {
				font.encode(character);
				result.append(character);
			}
			catch (IOException | IllegalArgumentException ex) {
				result.append('?');
			}
		});
		return result.toString();
	}

}
