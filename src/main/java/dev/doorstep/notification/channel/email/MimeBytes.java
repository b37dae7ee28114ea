package dev.doorstep.notification.channel.email;

import java.io.ByteArrayOutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import org.jspecify.annotations.Nullable;

/**
 * Writes an email as the bytes that go over SMTP: headers, then a
 * {@code multipart/alternative} body of text and HTML, each part in {@code 7bit} when it
 * is plain ASCII with short lines and in {@code base64} otherwise. Built in one pass
 * instead of through Jakarta Mail's part tree, whose content-type look-ups, encoding
 * scans and quoted-printable streams were a third of the CPU of an email
 * ({@code bench/run-notify.sh}, JFR). Base64 only where needed, so an ASCII text is never
 * disguised (spam filters count that against a sender).
 */
final class MimeBytes {

	/** RFC 5322 date-time, numeric zone. */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US)
		.withZone(ZoneOffset.UTC);

	/** RFC 5322: lines of at most 998 characters, CRLF excluded. */
	private static final int MAX_LINE = 998;

	private static final byte[] CRLF = { '\r', '\n' };

	private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, CRLF);

	private MimeBytes() {
	}

	/**
	 * @param from the sender, already with the shop as display name
	 * @param headers extra headers (e.g. {@code List-Unsubscribe}), ASCII values
	 * @throws AddressException when the recipient is not an address
	 */
	static byte[] write(InternetAddress from, String recipient, @Nullable String subject, String text,
			@Nullable String html, String messageId, Map<String, String> headers, Instant date)
			throws AddressException, UnsupportedEncodingException {
		InternetAddress to = new InternetAddress(recipient, true);
		StringBuilder head = new StringBuilder(512);
		header(head, "Date", DATE.format(date));
		header(head, "From", MimeUtility.fold(6, from.toString()));
		header(head, "To", MimeUtility.fold(4, to.toString()));
		header(head, "Message-ID", messageId);
		header(head, "Subject",
				MimeUtility.fold(9, MimeUtility.encodeText(subject == null ? "" : subject, "UTF-8", null)));
		for (Map.Entry<String, String> extra : headers.entrySet()) {
			header(head, extra.getKey(), MimeUtility.fold(extra.getKey().length() + 2, extra.getValue()));
		}
		header(head, "MIME-Version", "1.0");
		ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + 2 * (text.length() + length(html)));
		if (html == null) {
			part(head, out, "text/plain", text);
			return out.toByteArray();
		}
		String boundary = "=_doorstep_" + UUID.randomUUID();
		header(head, "Content-Type", "multipart/alternative;\r\n\tboundary=\"" + boundary + "\"");
		head.append("\r\n");
		ascii(out, head);
		StringBuilder partHead = new StringBuilder(128);
		for (String[] alternative : new String[][] { { "text/plain", text }, { "text/html", html } }) {
			partHead.setLength(0);
			partHead.append("--").append(boundary).append("\r\n");
			ascii(out, partHead);
			partHead.setLength(0);
			part(partHead, out, alternative[0], alternative[1]);
			out.writeBytes(CRLF);
		}
		partHead.setLength(0);
		partHead.append("--").append(boundary).append("--\r\n");
		ascii(out, partHead);
		return out.toByteArray();
	}

	/** A part's own headers (appended to {@code head}), a blank line, its content. */
	private static void part(StringBuilder head, ByteArrayOutputStream out, String type, String content) {
		boolean plain = sevenBit(content);
		header(head, "Content-Type", type + "; charset=UTF-8");
		header(head, "Content-Transfer-Encoding", plain ? "7bit" : "base64");
		head.append("\r\n");
		ascii(out, head);
		if (plain) {
			crlfLines(out, content);
		}
		else {
			out.writeBytes(BASE64.encode(content.getBytes(StandardCharsets.UTF_8)));
			out.writeBytes(CRLF);
		}
	}

	/** ASCII without control characters other than line breaks and tabs, short lines. */
	static boolean sevenBit(String content) {
		int line = 0;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (c == '\n' || c == '\r') {
				line = 0;
			}
			else if (c >= 0x7f || (c < 0x20 && c != '\t') || ++line > MAX_LINE) {
				return false;
			}
		}
		return true;
	}

	/** The text with every line break as CRLF, ending with one. */
	private static void crlfLines(ByteArrayOutputStream out, String content) {
		int start = 0;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (c == '\r' || c == '\n') {
				out.write(content.substring(start, i).getBytes(StandardCharsets.US_ASCII), 0, i - start);
				out.writeBytes(CRLF);
				if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < content.length()) {
			out.writeBytes(content.substring(start).getBytes(StandardCharsets.US_ASCII));
			out.writeBytes(CRLF);
		}
	}

	private static void header(StringBuilder head, String name, String value) {
		head.append(name).append(": ").append(value).append("\r\n");
	}

	private static void ascii(ByteArrayOutputStream out, CharSequence value) {
		out.writeBytes(value.toString().getBytes(StandardCharsets.US_ASCII));
	}

	private static int length(@Nullable String value) {
		return value == null ? 0 : value.length();
	}

}
