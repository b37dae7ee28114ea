package dev.doorstep.notification.channel.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

/**
 * What a mail in the bounce mailbox says about one of our emails: an RFC 3464 delivery
 * status notification, an RFC 5965 feedback report (a complaint), or, minimally, the
 * plain-text bounce some servers still send (Exim, qmail), read only when it comes from
 * the mail system itself.
 *
 * @param kind what happened to the email
 * @param detail for the message's history, without addresses
 * @param envelopeHints texts that may hold our VERP address: the headers a bounce was
 * delivered with and the original's {@code Return-Path}
 * @param originalMessageId the {@code Message-ID} of the email the report is about, when
 * quoted
 */
record BounceReport(Kind kind, String detail, List<String> envelopeHints, @Nullable String originalMessageId) {

	enum Kind {

		/** A permanent failure (5.x.x): the address is suppressed. */
		HARD,
		/** Delayed, or failed for now (4.x.x): history only. */
		SOFT,
		/** A positive delivery notification. */
		DELIVERED,
		/** The recipient reported the email as spam. */
		COMPLAINT,
		/** Not a report (a reply, an auto-responder, something unreadable). */
		NONE

	}

	/** Headers under which a bounce names the address it was delivered to. */
	private static final List<String> DELIVERY_HEADERS = List.of("Delivered-To", "X-Original-To", "Envelope-To",
			"X-Envelope-To", "X-Rcpt-To", "To");

	/** RFC 5965 feedback types that are the recipient's complaint (not auth-failure). */
	private static final Set<String> COMPLAINTS = Set.of("abuse", "fraud", "virus", "other");

	private static final Pattern ADDRESS = Pattern.compile("[\\w.!#$%&'*+/=?^`{|}~-]+@[\\w-]+(\\.[\\w-]+)*");

	private static final Pattern REPLY_CODE = Pattern.compile("(?<![\\w.])([45])\\d\\d[ -]");

	private static final Pattern ENHANCED_CODE = Pattern.compile("(?<![\\d.])([245])\\.\\d{1,3}\\.\\d{1,3}(?![\\d.])");

	private static final Pattern QUOTED_MESSAGE_ID = Pattern.compile("(?im)^\\s*Message-ID:\\s*(<[^>\\s]+>)");

	/** Where plain-text bounces start quoting the original (Exim, qmail, Postfix). */
	private static final Pattern QUOTE_START = Pattern.compile(
			"(?im)^(-+ This is a copy of|--- Below this line is a copy|-+ Original message|Return-Path:|Received:)");

	static BounceReport none() {
		return new BounceReport(Kind.NONE, "", List.of(), null);
	}

	static BounceReport parse(MimeMessage mail) throws MessagingException, IOException {
		List<String> hints = new ArrayList<>();
		for (String name : DELIVERY_HEADERS) {
			String[] values = mail.getHeader(name);
			if (values != null) {
				hints.addAll(List.of(values));
			}
		}
		Part report = findReport(mail, 0);
		if (report != null) {
			return parseReport(report, hints);
		}
		if (!fromMailSystem(mail)) {
			return none();
		}
		String text = text(mail, 0);
		return text == null ? none() : parsePlain(text, hints);
	}

	/** A multipart/report, at the top or wrapped (some servers forward reports). */
	private static @Nullable Part findReport(Part part, int depth) throws MessagingException, IOException {
		if (part.isMimeType("multipart/report")) {
			return part;
		}
		if (depth < 3 && part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				Part found = findReport(multipart.getBodyPart(i), depth + 1);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static BounceReport parseReport(Part report, List<String> hints) throws MessagingException, IOException {
		String type = new ContentType(report.getContentType()).getParameter("report-type");
		if (!(report.getContent() instanceof Multipart multipart)) {
			return none();
		}
		Kind kind = Kind.NONE;
		String detail = "";
		String originalId = null;
		for (int i = 0; i < multipart.getCount(); i++) {
			BodyPart part = multipart.getBodyPart(i);
			if (part.isMimeType("message/delivery-status") || (part.isMimeType("message/global-delivery-status"))) {
				Status status = deliveryStatus(part.getInputStream());
				kind = status.kind();
				detail = status.detail();
			}
			else if (part.isMimeType("message/feedback-report")) {
				InternetHeaders fields = new InternetHeaders(part.getInputStream());
				String feedbackType = first(fields, "Feedback-Type");
				String normalized = feedbackType == null ? "other" : feedbackType.strip().toLowerCase(Locale.ROOT);
				if (COMPLAINTS.contains(normalized)) {
					kind = Kind.COMPLAINT;
					detail = "complaint (feedback type " + normalized + ")";
				}
			}
			else if (part.isMimeType("message/rfc822") || part.isMimeType("text/rfc822-headers")
					|| part.isMimeType("message/rfc822-headers") || part.isMimeType("message/global")
					|| part.isMimeType("message/global-headers")) {
				InternetHeaders original = new InternetHeaders(part.getInputStream());
				originalId = trimmed(first(original, "Message-ID"));
				String returnPath = first(original, "Return-Path");
				if (returnPath != null) {
					hints.add(returnPath);
				}
			}
		}
		if (kind == Kind.NONE && type != null) {
			// A report of another kind (e.g. a read receipt), or one we could not read.
			return new BounceReport(Kind.NONE, "", hints, originalId);
		}
		return new BounceReport(kind, detail, hints, originalId);
	}

	private record Status(Kind kind, String detail) {
	}

	/**
	 * RFC 3464 section 2: one group of per-message fields, then one group per recipient
	 * (Action, Status, Diagnostic-Code), separated by blank lines. The worst recipient
	 * counts: our emails have one recipient, but a report may repeat it.
	 */
	private static Status deliveryStatus(InputStream in) throws MessagingException, IOException {
		String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		Kind worst = Kind.NONE;
		String detail = "";
		for (String group : body.split("\\r?\\n[ \\t]*\\r?\\n")) {
			InternetHeaders fields = new InternetHeaders(
					new ByteArrayInputStream((group.strip() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8)));
			String action = first(fields, "Action");
			if (action == null) {
				continue;
			}
			String status = trimmed(first(fields, "Status"));
			Kind kind = switch (action.strip().toLowerCase(Locale.ROOT)) {
				case "failed" -> status != null && status.startsWith("5") ? Kind.HARD : Kind.SOFT;
				case "delayed" -> Kind.SOFT;
				case "delivered", "relayed", "expanded" -> Kind.DELIVERED;
				default -> Kind.NONE;
			};
			if (worst == Kind.NONE || kind.ordinal() < worst.ordinal()) {
				worst = kind;
				String diagnostic = first(fields, "Diagnostic-Code");
				detail = label(kind) + (status == null ? "" : " " + status)
						+ (diagnostic == null ? "" : ": " + withoutAddresses(unfold(diagnostic)));
			}
		}
		return new Status(worst, detail);
	}

	/**
	 * A bounce in prose: the SMTP reply quoted in it decides (5xx permanent, 4xx not),
	 * else an enhanced status code, else the words. Only the part before the quoted
	 * original counts, as our own email may hold anything.
	 */
	private static BounceReport parsePlain(String text, List<String> hints) {
		Matcher quote = QUOTE_START.matcher(text);
		String notice = quote.find() ? text.substring(0, quote.start()) : text;
		hints.add(text);
		Matcher id = QUOTED_MESSAGE_ID.matcher(text);
		String originalId = id.find() ? id.group(1) : null;
		Kind kind = Kind.NONE;
		String line = null;
		Matcher reply = REPLY_CODE.matcher(notice);
		Matcher enhanced = ENHANCED_CODE.matcher(notice);
		if (reply.find()) {
			kind = reply.group(1).equals("5") ? Kind.HARD : Kind.SOFT;
			line = lineAt(notice, reply.start());
		}
		else if (enhanced.find() && !enhanced.group(1).equals("2")) {
			kind = enhanced.group(1).equals("5") ? Kind.HARD : Kind.SOFT;
			line = lineAt(notice, enhanced.start());
		}
		else {
			String lower = notice.toLowerCase(Locale.ROOT);
			if (lower.contains("permanent error") || lower.contains("permanent failure")) {
				kind = Kind.HARD;
			}
			else if (lower.contains("temporary") || lower.contains("delayed")) {
				kind = Kind.SOFT;
			}
		}
		if (kind == Kind.NONE) {
			return new BounceReport(Kind.NONE, "", hints, originalId);
		}
		return new BounceReport(kind,
				label(kind) + " (plain-text report)" + (line == null ? "" : ": " + withoutAddresses(line)), hints,
				originalId);
	}

	private static String label(Kind kind) {
		return switch (kind) {
			case HARD -> "hard bounce";
			case SOFT -> "soft bounce";
			case DELIVERED -> "delivery report";
			case COMPLAINT -> "complaint";
			case NONE -> "report";
		};
	}

	/** Mail from the mail system itself: MAILER-DAEMON, postmaster, or a null sender. */
	private static boolean fromMailSystem(MimeMessage mail) throws MessagingException {
		String[] returnPath = mail.getHeader("Return-Path");
		if (returnPath != null && returnPath.length > 0 && returnPath[0].strip().equals("<>")) {
			return true;
		}
		String[] from = mail.getHeader("From");
		if (from == null || from.length == 0) {
			return false;
		}
		String sender = from[0].toLowerCase(Locale.ROOT);
		return sender.contains("mailer-daemon") || sender.contains("postmaster");
	}

	/** The first text/plain content, up to a few levels deep. */
	private static @Nullable String text(Part part, int depth) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return part.getContent() instanceof String text ? text : null;
		}
		if (depth < 3 && part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
			StringBuilder all = new StringBuilder();
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = child.isMimeType("message/rfc822") || child.isMimeType("text/rfc822-headers")
						? new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
						: text(child, depth + 1);
				if (text != null) {
					all.append(text).append('\n');
				}
			}
			return all.isEmpty() ? null : all.toString();
		}
		return null;
	}

	private static String lineAt(String text, int index) {
		int start = text.lastIndexOf('\n', index) + 1;
		int end = text.indexOf('\n', index);
		String line = text.substring(start, end < 0 ? text.length() : end).strip();
		return line.length() > 200 ? line.substring(0, 200) : line;
	}

	private static @Nullable String first(InternetHeaders headers, String name) {
		String[] values = headers.getHeader(name);
		return values == null || values.length == 0 ? null : values[0];
	}

	private static @Nullable String trimmed(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String stripped = unfold(value).strip();
		// A comment after the code (RFC 3464 allows it): "5.1.1 (bad mailbox)".
		int space = stripped.indexOf(' ');
		return stripped.isEmpty() ? null : space > 0 ? stripped.substring(0, space) : stripped;
	}

	private static String unfold(String value) {
		return value.replaceAll("\\r?\\n[ \\t]+", " ");
	}

	/** Diagnostic texts often quote the recipient; the history shows none. */
	static String withoutAddresses(String text) {
		String masked = ADDRESS.matcher(text).replaceAll("(address)");
		return masked.length() > 300 ? masked.substring(0, 300) : masked;
	}

}
