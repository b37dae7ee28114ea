package dev.doorstep.notification.channel.email;

import java.time.Duration;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Open SMTP connections, reused from one message to the next as Jakarta Mail allows (one
 * transaction after the other on the same connection). A connection idle for longer than
 * servers usually keep one open is closed instead of reused; one that fails is thrown
 * away, and a message that failed on a reused connection before the server took it is
 * tried once more on a fresh one.
 */
final class SmtpConnections {

	/**
	 * Well below the idle timeouts of common servers (Postfix 300 s, many relays 60 s).
	 */
	private static final long MAX_IDLE_NANOS = Duration.ofSeconds(20).toNanos();

	private static final int MAX_IDLE_CONNECTIONS = 16;

	private record Idle(Transport transport, long since) {
	}

	private final JavaMailSenderImpl settings;

	private final BlockingDeque<Idle> idle = new LinkedBlockingDeque<>(MAX_IDLE_CONNECTIONS);

	SmtpConnections(JavaMailSenderImpl settings) {
		this.settings = settings;
	}

	void send(MimeMessage message) throws MessagingException {
		Idle reused = take();
		if (reused != null) {
			try {
				reused.transport().sendMessage(message, message.getAllRecipients());
				release(reused.transport());
				return;
			}
			catch (SendFailedException ex) {
				// The server answered: about this message, not the connection.
				release(reused.transport());
				throw ex;
			}
			catch (MessagingException ex) {
				// A connection the server has closed meanwhile: try a fresh one.
				close(reused.transport());
			}
		}
		Transport transport = connect();
		try {
			transport.sendMessage(message, message.getAllRecipients());
		}
		catch (SendFailedException ex) {
			release(transport);
			throw ex;
		}
		catch (MessagingException ex) {
			close(transport);
			throw ex;
		}
		release(transport);
	}

	/** Closes the idle connections (at shutdown). */
	void closeAll() {
		Idle idle;
		while ((idle = this.idle.pollFirst()) != null) {
			close(idle.transport());
		}
	}

	private Idle take() {
		Idle candidate;
		while ((candidate = this.idle.pollFirst()) != null) {
			// No NOOP to check it (a round trip per message): a connection the server has
			// closed fails at MAIL FROM, before anything is delivered, and is replaced.
			if (System.nanoTime() - candidate.since() < MAX_IDLE_NANOS) {
				return candidate;
			}
			close(candidate.transport());
		}
		return null;
	}

	private void release(Transport transport) {
		if (!this.idle.offerFirst(new Idle(transport, System.nanoTime()))) {
			close(transport);
		}
	}

	private Transport connect() throws MessagingException {
		Transport transport = this.settings.getSession().getTransport(this.settings.getProtocol());
		// As JavaMailSenderImpl connects: an empty user name means no authentication.
		String username = this.settings.getUsername();
		String password = this.settings.getPassword();
		if ("".equals(username)) {
			username = null;
			if ("".equals(password)) {
				password = null;
			}
		}
		transport.connect(this.settings.getHost(), this.settings.getPort(), username, password);
		return transport;
	}

	private static void close(Transport transport) {
		try {
			transport.close();
		}
		catch (MessagingException ex) {
			// gone already
		}
	}

}
