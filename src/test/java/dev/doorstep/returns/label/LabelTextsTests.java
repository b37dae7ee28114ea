package dev.doorstep.returns.label;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LabelTextsTests {

	@ParameterizedTest
	@CsvSource({ "de, RÜCKSENDUNG, 2 Artikel", "fr, RETOUR, 2 articles", "es, DEVOLUCIÓN, 2 artículos",
			"it, RESO, 2 articoli", "nl, RETOUR, 2 artikelen", "pl, ZWROT, Liczba artykułów: 2" })
	void everyLanguageHasEveryTextAndPrintsIt(String language, String title, String items) throws IOException {
		Properties english = bundle("messages.properties");
		Properties translated = bundle("messages_" + language + ".properties");
		assertThat(translated.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
		for (String key : english.stringPropertyNames()) {
			// Same placeholders, so no argument goes missing in a language.
			assertThat(placeholders(translated.getProperty(key))).as(language + " " + key)
				.isEqualTo(placeholders(english.getProperty(key)));
		}

		Address shopper = new Address("Zoë Łukasiewicz", "Rue de l’Église 4", "1000", "Bruxelles", "BE");
		Address shop = new Address("Ñandú Store", "Calle Mayor 1", "28013", "Madrid", "ES");
		byte[] pdf = ReturnLabels
			.pdf(new ReturnLabelRequest("R-2", shopper, shop, "DHL", 2, Locale.forLanguageTag(language), "123", null));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains(title, items, "Zoë Łukasiewicz",
					"Rue de l’Église 4", "Ñandú Store");
		}
	}

	private static Set<String> placeholders(String text) {
		return Pattern.compile("\\{\\d").matcher(text).results().map(MatchResult::group).collect(Collectors.toSet());
	}

	private static Properties bundle(String file) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = LabelTextsTests.class.getResourceAsStream("/returns/label/" + file)) {
			assertThat(in).as(file).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
