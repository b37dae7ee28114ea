package dev.doorstep.returns.label;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * Renders Doorstep return labels: one 4×6 inch page (the common thermal label size, and a
 * quarter of A4 or Letter for home printers), laid out top to bottom as
 * <ol>
 * <li>a header with "RETURN" and the carrier (or "drop off in store"),</li>
 * <li>the sender (the shopper), small,</li>
 * <li>the shop's return address, large,</li>
 * <li>the RMA number in large type and as a Code 128 barcode,</li>
 * <li>the QR code of the RMA with the items count, the carrier's tracking number and a
 * hint for shoppers without a printer,</li>
 * <li>a dashed cut line and the instructions below it.</li>
 * </ol>
 * Codes are drawn as vector rectangles, so they stay sharp at any printer resolution.
 * Text uses the embedded DejaVu Sans (subset), so umlauts, ß and most Latin, Greek and
 * Cyrillic names print; a character the font lacks prints as "?" instead of failing the
 * label.
 */
public final class ReturnLabels {

	/** 4 inches in PDF points. */
	public static final float WIDTH = 288;

	/** 6 inches in PDF points. */
	public static final float HEIGHT = 432;

	private static final float MARGIN = 14;

	private static final float CONTENT_WIDTH = WIDTH - 2 * MARGIN;

	/** Where the cut line runs: above it the label, below it the shopper's part. */
	private static final float CUT_Y = 64;

	private static final Color GREY = new Color(0x55, 0x55, 0x55);

	private static final byte[] REGULAR = font("DejaVuSans.ttf");

	private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

	private ReturnLabels() {
	}

	/**
	 * What the QR code and the barcode hold: the RMA as it is, no prefix and no URL. A
	 * keyboard-wedge scanner at a till or a phone at a drop-off point then yields exactly
	 * the number the console and {@code /api/v1/returns} look a return up by, and the
	 * code does not date when the shop's domain changes.
	 */
	public static String qrContent(String rma) {
		return rma;
	}

	/**
	 * The label as PDF bytes: the Doorstep page first, then every page of
	 * {@link ReturnLabelRequest#carrierLabel()} when there is one.
	 * @throws IllegalArgumentException when the carrier label is not a readable PDF
	 */
	public static byte[] pdf(ReturnLabelRequest request) {
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle("Return " + request.rma());
			document.getDocumentInformation().setCreator("Doorstep");
			PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
			document.addPage(page);
			PDFont regular = PDType0Font.load(document, new ByteArrayInputStream(REGULAR), true);
			PDFont bold = PDType0Font.load(document, new ByteArrayInputStream(BOLD), true);
			try (LabelCanvas canvas = new LabelCanvas(new PDPageContentStream(document, page), regular, bold)) {
				draw(canvas, request, new LabelTexts(request.locale()));
			}
			return withCarrierLabel(document, request.carrierLabel());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render return label " + request.rma(), ex);
		}
	}

	private static byte[] withCarrierLabel(PDDocument document, byte @Nullable [] carrierLabel) throws IOException {
		if (carrierLabel == null) {
			return save(document);
		}
		PDDocument carrier;
		try {
			carrier = Loader.loadPDF(carrierLabel);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException("The carrier label is not a readable PDF", ex);
		}
		// The carrier's pages must stay open until the combined document is written.
		try (carrier) {
			for (PDPage page : carrier.getPages()) {
				document.importPage(page);
			}
			return save(document);
		}
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	private static void draw(LabelCanvas canvas, ReturnLabelRequest request, LabelTexts texts) throws IOException {
		float y = HEIGHT - MARGIN - 11;
		canvas.text(canvas.bold(), 13, MARGIN, y, CONTENT_WIDTH * 0.45f, texts.text("title"));
		String carrier = request.carrier() == null ? texts.text("noCarrier") : texts.text("carrier", request.carrier());
		canvas.textRight(canvas.bold(), 9, WIDTH - MARGIN, y, CONTENT_WIDTH * 0.5f, carrier);
		y -= 8;
		canvas.rule(MARGIN, y, WIDTH - MARGIN, 1.2f);

		y -= 10;
		canvas.caption(MARGIN, y, texts.text("from"));
		for (String line : lines(request.from(), texts)) {
			y -= 10;
			canvas.text(canvas.regular(), 8.5f, MARGIN, y, CONTENT_WIDTH, line);
		}

		y -= 14;
		canvas.caption(MARGIN, y, texts.text("to"));
		List<String> to = lines(request.to(), texts);
		y -= 14;
		canvas.text(canvas.bold(), 12, MARGIN, y, CONTENT_WIDTH, to.getFirst());
		for (String line : to.subList(1, to.size())) {
			y -= 13.5f;
			canvas.text(canvas.regular(), 11, MARGIN, y, CONTENT_WIDTH, line);
		}
		y -= 8;
		canvas.rule(MARGIN, y, WIDTH - MARGIN, 0.6f);

		y -= 10;
		canvas.caption(MARGIN, y, texts.text("rma"));
		y -= 24;
		// 40 characters still fit whole at about 9 pt.
		canvas.text(canvas.bold(), 24, 0.3f, MARGIN, y, CONTENT_WIDTH, request.rma());

		y -= 10;
		float barcodeHeight = 40;
		BitMatrix barcode = Codes.code128(qrContent(request.rma()));
		// Code 128 wants a quiet zone of 10 modules each side (the page edge counts: the
		// label is cut or peeled there); modules no wider than 2.5 pt keep a short RMA's
		// code compact.
		float module = Math.min(2.5f, (WIDTH - 8) / (barcode.getWidth() + 20));
		float barcodeWidth = barcode.getWidth() * module;
		canvas.matrix(barcode, (WIDTH - barcodeWidth) / 2, y - barcodeHeight, barcodeWidth, barcodeHeight);
		y -= barcodeHeight + 8;

		float qrSide = Math.min(96, y - (CUT_Y + 8));
		canvas.matrix(Codes.qr(qrContent(request.rma())), MARGIN, y - qrSide, qrSide, qrSide);
		float textX = MARGIN + qrSide + 10;
		float textWidth = WIDTH - MARGIN - textX;
		float ty = y - 10;
		canvas.text(canvas.bold(), 10, textX, ty, textWidth, texts.text("items", request.items()));
		if (request.carrierTrackingNumber() != null) {
			ty -= 12;
			canvas.text(canvas.regular(), 8, textX, ty, textWidth,
					texts.text("tracking", request.carrierTrackingNumber()));
		}
		ty -= 4;
		for (String line : canvas.wrap(canvas.regular(), 7.5f, textWidth, texts.text("qrHint"))) {
			ty -= 9;
			canvas.text(canvas.regular(), 7.5f, textX, ty, textWidth, line);
		}

		canvas.cutLine(MARGIN, CUT_Y, WIDTH - MARGIN, texts.text("cut"));
		String instructions = request.carrierLabel() != null && request.carrier() != null
				? texts.text("carrierInstructions", request.carrier()) : texts.text("instructions");
		float iy = CUT_Y - 4;
		for (String line : canvas.wrap(canvas.regular(), 7, CONTENT_WIDTH, instructions)) {
			iy -= 8.5f;
			if (iy < 8) {
				break;
			}
			canvas.text(canvas.regular(), 7, MARGIN, iy, CONTENT_WIDTH, line);
		}
	}

	/** Name, street, second line, postcode and city, country: the order posts read. */
	private static List<String> lines(Address address, LabelTexts texts) {
		List<String> lines = new ArrayList<>();
		lines.add(address.name());
		lines.add(address.street());
		if (address.line2() != null) {
			lines.add(address.line2());
		}
		lines.add(address.postcode() + " " + address.city());
		lines.add(texts.country(address.country()));
		return lines;
	}

	private static byte[] font(String file) {
		try (InputStream in = ReturnLabels.class.getResourceAsStream("/returns/label/fonts/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Font " + file + " is missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Color grey() {
		return GREY;
	}

}
