package dev.doorstep.notification.channel.email;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Receipts;
import dev.doorstep.notification.internal.MessageRepository;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Reads the bounce mailbox: each mail is parsed as a bounce or complaint, matched to the
 * email it is about (by the VERP address it was delivered to, else by the quoted
 * Message-ID), applied through {@link Receipts}, and then marked seen (IMAP) or deleted,
 * so it is read once. Reading one twice changes nothing either: {@link Receipts#report}
 * applies a report once per message. Logs carry counts, never addresses.
 */
@Component
public class BounceMailbox {

	private static final Logger log = LoggerFactory.getLogger(BounceMailbox.class);

	/** Mails per reading, so one reading stays short; the rest come next time. */
	private static final int MAX_PER_POLL = 500;

	/** Bounces quote at most the original; anything bigger is not one. */
	private static final int MAX_SIZE = 10 * 1024 * 1024;

	/** What one reading found. */
	public record Poll(int read, int applied, int ignored) {
	}

	private final EmailProperties.BounceMailbox settings;

	private final BounceAddresses addresses;

	private final MessageRepository messages;

	private final Receipts receipts;

	BounceMailbox(EmailProperties properties, BounceAddresses addresses, MessageRepository messages,
			Receipts receipts) {
		this.settings = properties.bounceMailbox();
		this.addresses = addresses;
		this.messages = messages;
		this.receipts = receipts;
	}

	public boolean configured() {
		return this.settings.configured();
	}

	/**
	 * Reads the mails not read before. A mail whose report could not be applied (the
	 * database was away) stays unread for the next time.
	 */
	public Poll poll() throws MessagingException {
		if (!configured()) {
			return new Poll(0, 0, 0);
		}
		String protocol = this.settings.store();
		Properties properties = new Properties();
		properties.put("mail." + protocol + ".connectiontimeout", "10000");
		properties.put("mail." + protocol + ".timeout", "30000");
		// Reading a mail must not mark it seen: only a mail that was applied is.
		properties.put("mail." + protocol + ".peek", "true");
		Session session = Session.getInstance(properties);
		int read = 0;
		int applied = 0;
		int ignored = 0;
		try (Store store = session.getStore(protocol)) {
			store.connect(this.settings.host(), this.settings.port() == 0 ? -1 : this.settings.port(),
					this.settings.username(), this.settings.password());
			Folder folder = store.getFolder(this.settings.pop3() ? "INBOX" : this.settings.folder());
			folder.open(Folder.READ_WRITE);
			boolean delete = this.settings.delete() || this.settings.pop3();
			try {
				Message[] unread = this.settings.pop3() ? folder.getMessages()
						: folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
				for (Message mail : unread) {
					if (read >= MAX_PER_POLL) {
						break;
					}
					read++;
					Outcome outcome = read(session, mail);
					if (outcome == Outcome.AGAIN) {
						continue;
					}
					if (outcome == Outcome.APPLIED) {
						applied++;
					}
					else {
						ignored++;
					}
					mail.setFlag(delete ? Flags.Flag.DELETED : Flags.Flag.SEEN, true);
				}
			}
			finally {
				folder.close(delete);
			}
		}
		if (read > 0) {
			log.info("Bounce mailbox: {} mails read, {} applied to messages, {} ignored", read, applied, ignored);
		}
		return new Poll(read, applied, ignored);
	}

	/** What became of one mail. */
	private enum Outcome {

		/** A new report about an email of ours. */
		APPLIED,
		/** Not a report, about no email of ours, read before, or unreadable. */
		IGNORED,
		/** Not finished (the server or the database was away): read it next time. */
		AGAIN

	}

	private Outcome read(Session session, Message mail) {
		MimeMessage local;
		byte[] raw;
		try {
			if (mail.getSize() > MAX_SIZE) {
				return Outcome.IGNORED;
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			mail.writeTo(bytes);
			raw = bytes.toByteArray();
			local = new MimeMessage(session, new ByteArrayInputStream(raw));
		}
		catch (MessagingException | IOException ex) {
			// The server dropped us: the mail stays unread and the next reading takes it.
			log.warn("Bounce mailbox: a mail could not be fetched ({})", ex.getClass().getSimpleName());
			return Outcome.AGAIN;
		}
		try {
			return apply(local, raw) ? Outcome.APPLIED : Outcome.IGNORED;
		}
		catch (DataAccessException ex) {
			log.warn("Bounce mailbox: a report could not be stored, trying again later ({})",
					ex.getClass().getSimpleName());
			return Outcome.AGAIN;
		}
		catch (MessagingException | IOException | RuntimeException ex) {
			// Malformed beyond reading: it will not read better next time.
			log.warn("Bounce mailbox: a mail could not be parsed ({})", ex.getClass().getSimpleName());
			return Outcome.IGNORED;
		}
	}

	/**
	 * Applies one mail from the bounce mailbox.
	 * @param raw the mail as received, to tell it from others when it has no Message-ID
	 * @return whether it changed a message (a report new for an email of ours)
	 */
	boolean apply(MimeMessage mail, byte[] raw) throws MessagingException, IOException {
		BounceReport report = BounceReport.parse(mail);
		if (report.kind() == BounceReport.Kind.NONE) {
			return false;
		}
		Optional<MessageRepository.Claimed> target = report.envelopeHints()
			.stream()
			.map(this.addresses::messageIn)
			.flatMap(Optional::stream)
			.findFirst()
			.flatMap(this.messages::findAnyShop)
			.or(() -> report.originalMessageId() == null ? Optional.empty()
					: this.messages.findByProviderId(EmailSender.PROVIDER, report.originalMessageId()));
		if (target.isEmpty()) {
			return false;
		}
		MessageStatus status = switch (report.kind()) {
			case HARD -> MessageStatus.BOUNCED;
			case COMPLAINT -> MessageStatus.COMPLAINED;
			case DELIVERED -> MessageStatus.DELIVERED;
			case SOFT, NONE -> null;
		};
		String id = mail.getMessageID();
		String key = id != null && !id.isBlank() ? "message-id:" + id.strip() : "sha256:" + sha256(raw);
		return this.receipts.report(target.get().shop(), target.get().message().id(), status, report.detail(), key);
	}

	private static String sha256(byte[] raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
