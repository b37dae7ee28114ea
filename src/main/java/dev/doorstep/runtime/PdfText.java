package dev.doorstep.runtime;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text measuring for the PDFs Doorstep prints (return labels, claim packs, insert cards):
 * PDFBox places text but does not wrap it.
 */
public final class PdfText {

	private PdfText() {
	}

	/** The width of {@code text} in points. */
	public static float width(PDFont font, float size, String text) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/**
	 * Words wrapped to lines no wider than {@code maxWidth}; a single word wider than
	 * that gets a line of its own. {@code text} must hold only characters the font has.
	 */
	public static List<String> wrap(PDFont font, float size, float maxWidth, String text) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (width(font, size, candidate) <= maxWidth || line.isEmpty()) {
				line.setLength(0);
				line.append(candidate);
			}
			else {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

}
