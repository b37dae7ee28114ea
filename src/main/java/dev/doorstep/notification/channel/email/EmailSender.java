package dev.doorstep.notification.channel.email;

import java.io.ByteArrayInputStream;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Instant;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.channel.ChannelSender;
import dev.doorstep.notification.channel.OutgoingMessage;
import dev.doorstep.notification.channel.SendResult;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Email over SMTP (Jakarta Mail through Spring's {@code JavaMailSender}): multipart text
 * and HTML, the shop as display name, one-click unsubscribe headers, our own Message-ID
 * and, with a bounce address, a VERP envelope sender ({@link BounceAddresses}).
 * Configured when {@code spring.mail.host} is set; otherwise emails go to the dev
 * mailbox.
 */
@Component
public class EmailSender implements ChannelSender, DisposableBean {

	private final @Nullable JavaMailSender mail;

	private final EmailProperties properties;

	/** The provider name on email messages; their provider id is our Message-ID. */
	static final String PROVIDER = "smtp";

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader for every
		// body
		// part it creates or writes (jakartaee/mail-api#861), a scan of the class path
		// that
		// was half of the CPU per email (bench/run-notify.sh, JFR). Naming the class
		// skips
		// the scan; only if nobody has chosen one.
		String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
		if (System.getProperty(STREAM_PROVIDER) == null
				&& ClassUtils.isPresent(angus, EmailSender.class.getClassLoader())) {
			System.setProperty(STREAM_PROVIDER, angus);
		}
	}

	private final @Nullable SmtpConnections connections;

	private final BounceAddresses bounces;

	private final Clock clock;

	public EmailSender(ObjectProvider<JavaMailSender> mail, EmailProperties properties, BounceAddresses bounces,
			Clock clock) {
		this.mail = mail.getIfAvailable();
		this.properties = properties;
		this.bounces = bounces;
		this.clock = clock;
		// Spring's sender opens a connection per message (connect, greeting, EHLO, QUIT):
		// with its settings at hand, connections are kept open and reused instead.
		this.connections = this.mail instanceof JavaMailSenderImpl impl ? new SmtpConnections(impl) : null;
	}

	@Override
	public void destroy() {
		if (this.connections != null) {
			this.connections.closeAll();
		}
	}

	@Override
	public Channel channel() {
		return Channel.EMAIL;
	}

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public boolean configured() {
		return this.mail != null;
	}

	@Override
	public SendResult send(OutgoingMessage message) {
		if (this.mail == null) {
			return new SendResult.Rejected("no SMTP server configured");
		}
		MimeMessage mime;
		String messageId = "<" + message.id() + "@" + this.properties.messageIdDomain() + ">";
		try {
			// The bytes once, in one pass: a message parsed from them is written out as
			// they are, not encoded again part by part.
			byte[] raw = MimeBytes.write(new InternetAddress(this.properties.from(), message.fromName(), "UTF-8"),
					message.recipient(), message.subject(), message.text(), message.html(), messageId,
					message.headers(), Instant.now(this.clock));
			mime = createMimeMessage(message, raw);
		}
		catch (MessagingException | UnsupportedEncodingException | MailException ex) {
			return new SendResult.Rejected("message could not be built: " + ex.getClass().getSimpleName());
		}
		if (this.connections != null) {
			return sendPooled(mime, messageId);
		}
		try {
			this.mail.send(mime);
			return new SendResult.Sent(provider(), messageId);
		}
		catch (MailAuthenticationException ex) {
			return new SendResult.Retry("SMTP authentication failed", null);
		}
		catch (MailSendException ex) {
			return permanent(ex) ? new SendResult.Rejected("SMTP refused the recipient")
					: new SendResult.Retry("SMTP send failed: " + ex.getClass().getSimpleName(), null);
		}
		catch (MailException ex) {
			return new SendResult.Retry("SMTP unavailable: " + ex.getClass().getSimpleName(), null);
		}
	}

	private SendResult sendPooled(MimeMessage mime, String messageId) {
		try {
			this.connections.send(mime);
			return new SendResult.Sent(provider(), messageId);
		}
		catch (AuthenticationFailedException ex) {
			return new SendResult.Retry("SMTP authentication failed", null);
		}
		catch (SendFailedException ex) {
			return ex.getInvalidAddresses() != null && ex.getInvalidAddresses().length > 0
					? new SendResult.Rejected("SMTP refused the recipient")
					: new SendResult.Retry("SMTP send failed: " + ex.getClass().getSimpleName(), null);
		}
		catch (MessagingException ex) {
			return new SendResult.Retry("SMTP unavailable: " + ex.getClass().getSimpleName(), null);
		}
	}

	/**
	 * With a bounce address, a message whose envelope sender names it (VERP): the bounce
	 * comes back to {@code bounces+<token>@domain} and says which message failed, even
	 * from servers that quote nothing of the original.
	 */
	private MimeMessage createMimeMessage(OutgoingMessage message, byte[] raw) throws MessagingException {
		String verp = this.bounces.envelopeSender(message.id());
		if (verp != null && this.mail instanceof JavaMailSenderImpl impl) {
			SMTPMessage smtp = new SMTPMessage(impl.getSession(), new ByteArrayInputStream(raw));
			smtp.setEnvelopeFrom(verp);
			return smtp;
		}
		return this.mail.createMimeMessage(new ByteArrayInputStream(raw));
	}

	/** A 5xx for the recipient means it will never work; anything else may. */
	private static boolean permanent(MailSendException ex) {
		for (Exception cause : ex.getFailedMessages().values()) {
			if (cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
					&& failed.getInvalidAddresses().length > 0) {
				return true;
			}
		}
		return false;
	}

}
