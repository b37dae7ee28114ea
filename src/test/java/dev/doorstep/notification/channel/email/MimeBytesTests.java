package dev.doorstep.notification.channel.email;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The hand-written MIME bytes read back by Jakarta Mail's own parser as the message that
 * was meant: headers, display name and subject outside ASCII, both parts exactly.
 */
class MimeBytesTests {

	private static final Session SESSION = Session.getInstance(new Properties());

	@Test
	void textAndHtmlReadBackExactlyWithEncodedSubjectAndSender() throws Exception {
		String text = "Hallo Jörg,\n\nvielen Dank für Ihre Bestellung N-1.\n.\nEine Zeile mit Punkt.\n";
		String html = "<p>Grüße aus <b>München</b> &amp; € – " + "x".repeat(1200) + "</p>";
		byte[] raw = MimeBytes.write(
				new InternetAddress("notifications@shop.test", "Bäckerei Süß", "UTF-8"), "anna@example.com",
				"Vielen Dank für Ihre Bestellung N-1", text, html, "<id-1@doorstep.local>", Map.of("List-Unsubscribe",
						"<https://shop.test/n/u/abc.def>", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
				Instant.parse("2026-11-23T12:00:00Z"));

		MimeMessage mail = new MimeMessage(SESSION, new ByteArrayInputStream(raw));

		assertThat(mail.getSubject()).isEqualTo("Vielen Dank für Ihre Bestellung N-1");
		InternetAddress from = (InternetAddress) mail.getFrom()[0];
		assertThat(from.getPersonal()).isEqualTo("Bäckerei Süß");
		assertThat(from.getAddress()).isEqualTo("notifications@shop.test");
		assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("anna@example.com");
		assertThat(mail.getMessageID()).isEqualTo("<id-1@doorstep.local>");
		assertThat(mail.getSentDate()).isEqualTo(java.util.Date.from(Instant.parse("2026-11-23T12:00:00Z")));
		assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<https://shop.test/n/u/abc.def>");
		assertThat(mail.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(mail.getContentType()).startsWith("multipart/alternative");
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		assertThat(parts.getCount()).isEqualTo(2);
		BodyPart plain = parts.getBodyPart(0);
		BodyPart rich = parts.getBodyPart(1);
		assertThat(plain.getContentType()).startsWith("text/plain").contains("UTF-8");
		assertThat(rich.getContentType()).startsWith("text/html").contains("UTF-8");
		assertThat(((MimeBodyPart) plain).getEncoding()).isEqualTo("base64");
		assertThat(((String) plain.getContent()).replace("\r\n", "\n")).isEqualTo(text);
		assertThat(((String) rich.getContent()).replace("\r\n", "\n").strip()).isEqualTo(html);
		// Every line of the message fits SMTP's limit, and the bytes are 7-bit.
		String all = new String(raw, StandardCharsets.US_ASCII);
		assertThat(all.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(998));
		assertThat(all.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
		for (byte b : raw) {
			assertThat(b).isNotNegative();
		}
	}

	@Test
	void asciiTextStaysReadableAndLongLinesGoToBase64() throws Exception {
		String text = "Hello Anna,\r\nyour order N-2 is confirmed.\n";
		byte[] raw = MimeBytes.write(new InternetAddress("n@shop.test", "Shop", "UTF-8"), "anna@example.com", "Thanks",
				text, "<p>" + "y".repeat(2000) + "</p>", "<id-2@doorstep.local>", Map.of(),
				Instant.parse("2026-11-23T12:00:00Z"));

		MimeMessage mail = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
		MimeMultipart parts = (MimeMultipart) mail.getContent();

		assertThat(((MimeBodyPart) parts.getBodyPart(0)).getEncoding()).isEqualTo("7bit");
		assertThat(new String(raw, StandardCharsets.US_ASCII))
			.contains("Hello Anna,\r\nyour order N-2 is confirmed.\r\n");
		assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
			.isEqualTo("Hello Anna,\nyour order N-2 is confirmed.\n");
		assertThat(((MimeBodyPart) parts.getBodyPart(1)).getEncoding()).isEqualTo("base64");
		assertThat(((String) parts.getBodyPart(1).getContent()).strip()).isEqualTo("<p>" + "y".repeat(2000) + "</p>");
	}

	@Test
	void withoutHtmlTheMessageIsOnePlainPart() throws Exception {
		byte[] raw = MimeBytes.write(new InternetAddress("n@shop.test", "Shop", "UTF-8"), "anna@example.com", null,
				"Only text\n", null, "<id-3@doorstep.local>", Map.of(), Instant.parse("2026-11-23T12:00:00Z"));

		MimeMessage mail = new MimeMessage(SESSION, new ByteArrayInputStream(raw));

		assertThat(mail.getContentType()).startsWith("text/plain");
		assertThat(mail.getSubject()).isEmpty();
		assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo("Only text\n");
	}

	@Test
	void anAddressThatIsNoneIsRefused() {
		assertThatExceptionOfType(AddressException.class)
			.isThrownBy(() -> MimeBytes.write(new InternetAddress("n@shop.test", "Shop", "UTF-8"), "not an address",
					"Hi", "x\n", null, "<id-4@doorstep.local>", Map.of(), Instant.now()));
	}

	@Test
	void sevenBitMeansAsciiAndShortLines() {
		assertThat(MimeBytes.sevenBit("plain\ttext\r\nmore")).isTrue();
		assertThat(MimeBytes.sevenBit("Grüße")).isFalse();
		assertThat(MimeBytes.sevenBit("bell\u0007")).isFalse();
		assertThat(MimeBytes.sevenBit("z".repeat(998))).isTrue();
		assertThat(MimeBytes.sevenBit("z".repeat(999))).isFalse();
	}

}
