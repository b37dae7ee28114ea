package dev.doorstep.returns.label;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReturnLabelsTests {

	private static final String RMA = "R-7K4P-92QX";

	private static final Address SHOPPER = new Address("Jürgen Groß", "Königstraße 12", "Hinterhaus, 2. OG", "70173",
			"Stuttgart", "DE");

	private static final Address SHOP = new Address("Möbelhaus Süd GmbH – Retouren", "Schloßallee 3", "80331",
			"München", "DE");

	@Test
	void rendersAGermanLabelOnOne4x6PageWithUmlautsAndSharpS() throws IOException {
		byte[] pdf = ReturnLabels.pdf(ReturnLabelRequest.withoutCarrier(RMA, SHOPPER, SHOP, 3, Locale.GERMANY));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDRectangle size = document.getPage(0).getMediaBox();
			assertThat(size.getWidth()).isEqualTo(288f);
			assertThat(size.getHeight()).isEqualTo(432f);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(RMA, "RÜCKSENDUNG", "Jürgen Groß", "Königstraße 12", "Hinterhaus, 2. OG",
					"70173 Stuttgart", "Möbelhaus Süd GmbH – Retouren", "Schloßallee 3", "80331 München", "DEUTSCHLAND",
					"RETOURENNUMMER (RMA)", "ABSENDER", "EMPFÄNGER", "3 Artikel", "Abgabe in der Filiale",
					"Entlang der Linie abschneiden", "Kein Drucker?", "Beleg");
			for (PDFont font : fonts(document.getPage(0))) {
				// Embedded, so umlauts print the same on every printer and viewer.
				assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				assertThat(font.getName()).contains("DejaVuSans");
			}
		}
	}

	@Test
	void theQrCodeAndTheBarcodeOnTheRenderedPageDecodeToTheRma() throws IOException {
		byte[] pdf = ReturnLabels.pdf(ReturnLabelRequest.withoutCarrier(RMA, SHOPPER, SHOP, 1, Locale.GERMANY));

		BufferedImage page = LabelScans.render(pdf, 0, LabelScans.THERMAL_DPI);

		assertThat(LabelScans.decode(page, BarcodeFormat.QR_CODE)).isEqualTo(RMA);
		assertThat(LabelScans.decode(page, BarcodeFormat.CODE_128)).isEqualTo(RMA);
		assertThat(ReturnLabels.qrContent(RMA)).isEqualTo(RMA);
	}

	@Test
	void theLongestRmaPrintsWholeAndScansAtThermalPrinterResolutionWithTheLongestAddresses() throws IOException {
		String rma = "RET-2026-11-23-0001234567890123456789AB";
		Address shopper = new Address("Prof. Dr. Maximiliane Schmidt-Übermüller-Großkopf", "Königin-Luise-Straße 123a",
				"c/o Firma Beispiel GmbH & Co. KG, 3. Etage links", "70173", "Stuttgart-Bad Cannstatt", "DE");
		Address shop = new Address("Möbelhaus Süd GmbH – Retourenabteilung Lager 4", "Industriestraße 3-5",
				"Tor 7, Rampe 12", "80331", "München", "DE");
		byte[] pdf = ReturnLabels.pdf(new ReturnLabelRequest(rma, shopper, shop, "DHL", 12, Locale.forLanguageTag("pl"),
				"00340434161094042557", null));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(rma, "Tor 7, Rampe 12", "NIEMCY",
					"Liczba artykułów: 12", "00340434161094042557");
		}
		BufferedImage page = LabelScans.render(pdf, 0, LabelScans.THERMAL_DPI);
		assertThat(LabelScans.decode(page, BarcodeFormat.QR_CODE)).isEqualTo(rma);
		assertThat(LabelScans.decode(page, BarcodeFormat.CODE_128)).isEqualTo(rma);
	}

	@Test
	void aCarrierLabelNamesTheCarrierAndTheTrackingNumberAndFollowsAsTheNextPage() throws IOException {
		byte[] carrierLabel = carrierPdf("DHL RETOURE 999991587211");
		byte[] pdf = ReturnLabels
			.pdf(new ReturnLabelRequest(RMA, SHOPPER, SHOP, "DHL", 2, Locale.ENGLISH, "999991587211", carrierLabel));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			assertThat(stripper.getText(document)).contains("RETURN", "Send with DHL", "Tracking no. 999991587211",
					"2 items", "GERMANY", "Stick the DHL label from the next page on the parcel");
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			assertThat(stripper.getText(document)).contains("DHL RETOURE 999991587211");
			assertThat(document.getPage(1).getMediaBox().getWidth()).isEqualTo(PDRectangle.A6.getWidth());
		}
		assertThat(LabelScans.decodeOnPage(pdf, BarcodeFormat.QR_CODE)).isEqualTo(RMA);
	}

	@Test
	void aLanguageWithoutTranslationGetsEnglishWhateverTheServersLocale() throws IOException {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
		try {
			byte[] pdf = ReturnLabels.pdf(ReturnLabelRequest.withoutCarrier(RMA, SHOPPER, SHOP, 1, Locale.JAPAN));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("RETURN", "1 item", "Drop off in store")
					.doesNotContain("RÜCKSENDUNG");
			}
		}
		finally {
			Locale.setDefault(before);
		}
	}

	@Test
	void charactersTheFontLacksPrintAsQuestionMarksAndLongLinesStillFit() throws IOException {
		Address faraway = new Address("王小明",
				"Very Long Street Name That Does Not Fit On A Four Inch Label Even When Printed Small 1234567",
				"100000", "Beijing", "CN");
		byte[] pdf = ReturnLabels.pdf(ReturnLabelRequest.withoutCarrier(RMA, faraway, SHOP, 1, Locale.ENGLISH));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("???", "Very Long Street", "…", "CHINA");
		}
		assertThat(LabelScans.decodeOnPage(pdf, BarcodeFormat.QR_CODE)).isEqualTo(RMA);
	}

	@Test
	void rejectsWhatCode128CannotHoldAndUnreadableCarrierLabels() {
		assertThatThrownBy(() -> ReturnLabelRequest.withoutCarrier("R 1", SHOPPER, SHOP, 1, Locale.ENGLISH))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ReturnLabelRequest.withoutCarrier("RÜ-1", SHOPPER, SHOP, 1, Locale.ENGLISH))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Address("A", "B", "1", "C", "Germany"))
			.isInstanceOf(IllegalArgumentException.class);
		ReturnLabelRequest broken = new ReturnLabelRequest(RMA, SHOPPER, SHOP, "DHL", 1, Locale.ENGLISH, "1",
				"not a pdf".getBytes());
		assertThatThrownBy(() -> ReturnLabels.pdf(broken)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("carrier label");
	}

	@Test
	void addressesStayOutOfToString() {
		assertThat(SHOPPER.toString()).doesNotContain("Jürgen", "Königstraße", "70173").contains("DE");
		assertThat(ReturnLabelRequest.withoutCarrier(RMA, SHOPPER, SHOP, 1, Locale.ENGLISH).toString())
			.doesNotContain("Jürgen");
	}

	@Test
	void qrCodePngsDecodeToTheirText() throws IOException {
		byte[] png = QrCodes.png(ReturnLabels.qrContent(RMA), 256);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(256);
		assertThat(image.getHeight()).isEqualTo(256);
		assertThat(LabelScans.decode(image, BarcodeFormat.QR_CODE)).isEqualTo(RMA);
		assertThat(QrCodes.dataUri(RMA, 64)).startsWith("data:image/png;base64,iVBORw0KGgo");
		assertThatThrownBy(() -> QrCodes.png(RMA, 32)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> QrCodes.png(RMA, 4096)).isInstanceOf(IllegalArgumentException.class);
	}

	private static List<PDFont> fonts(PDPage page) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (var name : page.getResources().getFontNames()) {
			fonts.add(page.getResources().getFont(name));
		}
		assertThat(fonts).isNotEmpty();
		return fonts;
	}

	private static byte[] carrierPdf(String text) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A6);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(20, 300);
				content.showText(text);
				content.endText();
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
	}

}
