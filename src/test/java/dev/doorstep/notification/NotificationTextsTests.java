package dev.doorstep.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every locale has every text of the English file, with the same Mustache placeholders (a
 * missing or misspelt variable would print nothing), and Spring Boot reads the files as
 * UTF-8, so accents survive as written.
 */
class NotificationTextsTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[#^/]?\\s*([^}\\s]+)\\s*}}");

	@ParameterizedTest
	@ValueSource(strings = { "de", "fr", "es", "it", "nl", "pl" })
	void everyKeyWithTheSamePlaceholders(String locale) throws IOException {
		Properties english = load("messages/notification.properties");
		Properties translated = load("messages/notification_" + locale + ".properties");
		assertThat(translated.stringPropertyNames()).as("keys of %s", locale)
			.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		for (String key : english.stringPropertyNames()) {
			assertThat(placeholders(translated.getProperty(key))).as("placeholders of %s in %s", key, locale)
				.isEqualTo(placeholders(english.getProperty(key)));
			assertThat(translated.getProperty(key)).as("%s in %s", key, locale).isNotBlank();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "de", "fr", "es", "it", "nl", "pl" })
	void springBootReadsTheTextsAsUtf8(String locale) {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MessageSourceAutoConfiguration.class))
			.withPropertyValues("spring.messages.basename=messages/notification",
					"spring.messages.fallback-to-system-locale=false")
			.run(context -> {
				MessageSource messages = context.getBean(MessageSource.class);
				Properties raw = load("messages/notification_" + locale + ".properties");
				for (String key : List.of("notification.cta", "notification.footer.why",
						"notification.delivered-to.DELIVERED_MAILBOX", "notification.stop")) {
					// No arguments: the text comes back as stored, placeholders
					// untouched.
					assertThat(messages.getMessage(key, null, Locale.forLanguageTag(locale)))
						.as("%s in %s", key, locale)
						.isEqualTo(raw.getProperty(key));
				}
			});
	}

	/** Loads a file strictly as UTF-8: a byte that is not UTF-8 fails the test. */
	private static Properties load(String path) throws IOException {
		try (InputStream in = NotificationTextsTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			String text;
			try {
				text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(in.readAllBytes()))
					.toString();
			}
			catch (CharacterCodingException ex) {
				throw new AssertionError(path + " is not UTF-8", ex);
			}
			Properties properties = new Properties();
			properties.load(new StringReader(text));
			return properties;
		}
	}

	private static Set<String> placeholders(String value) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(value);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
