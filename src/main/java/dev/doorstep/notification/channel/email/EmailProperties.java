package dev.doorstep.notification.channel.email;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email settings beyond Spring's {@code spring.mail.*} (host, port, user, password).
 *
 * @param from sender address; the shop's name is the display name; default
 * {@code notifications@doorstep.local}
 * @param messageIdDomain right-hand side of our Message-IDs; default
 * {@code doorstep.local}
 * @param bounceAddress the mailbox bounces go to, e.g. {@code bounces@shop-mail.example};
 * when set, each email's envelope sender (SMTP {@code MAIL FROM}, the
 * {@code Return-Path}) is {@code bounces+<signed message token>@shop-mail.example}, so a
 * bounce names its message (VERP). The mail server must deliver {@code bounces+anything}
 * to {@code bounces} (Postfix {@code recipient_delimiter = +}); at most 24 characters
 * before the {@code @}, as the token takes 40 of the 64 allowed. Empty (default): the
 * envelope sender is {@code from}, as before
 * @param bounceMailbox where bounces and complaints are read from
 */
@ConfigurationProperties("doorstep.notification.email")
public record EmailProperties(@DefaultValue("notifications@doorstep.local") String from,
		@DefaultValue("doorstep.local") String messageIdDomain, @DefaultValue("") String bounceAddress,
		@DefaultValue BounceMailbox bounceMailbox) {

	/**
	 * The mailbox that receives bounces (delivery status notifications) and complaints
	 * (feedback reports). Read only when {@code host} is set.
	 *
	 * @param host IMAP or POP3 server; empty (default) reads nothing
	 * @param port server port; 0 (default) is the protocol's (993 IMAP over TLS, 143
	 * IMAP, 995 POP3 over TLS, 110 POP3)
	 * @param protocol {@code imap} (default) or {@code pop3}
	 * @param username mailbox user
	 * @param password mailbox password
	 * @param ssl TLS from the first byte (IMAPS, POP3S); default {@code true};
	 * {@code false} is plain text, for a server on the same host or network only
	 * @param interval how often the mailbox is read; default 1 minute
	 * @param folder the IMAP folder; default {@code INBOX}
	 * @param delete whether read mails are deleted; default {@code false}: IMAP marks
	 * them seen and reads only unseen ones, POP3 (which keeps no flags) always deletes
	 * @param pollEnabled whether the mailbox is read on schedule; default {@code true}
	 * (tests read it themselves)
	 */
	public record BounceMailbox(@DefaultValue("") String host, @DefaultValue("0") int port,
			@DefaultValue("imap") String protocol, @DefaultValue("") String username, @DefaultValue("") String password,
			@DefaultValue("true") boolean ssl, @DefaultValue("1m") Duration interval,
			@DefaultValue("INBOX") String folder, @DefaultValue("false") boolean delete,
			@DefaultValue("true") boolean pollEnabled) {

		public boolean configured() {
			return !this.host.isBlank();
		}

		public boolean pop3() {
			return this.protocol.toLowerCase(java.util.Locale.ROOT).startsWith("pop3");
		}

		/** The Jakarta Mail store name: imap, imaps, pop3 or pop3s. */
		String store() {
			return (pop3() ? "pop3" : "imap") + (this.ssl ? "s" : "");
		}

	}

}
