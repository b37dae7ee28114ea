package dev.doorstep.notification.channel.email;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Bounce and complaint mails shaped like real ones: Postfix's bounce (RFC 3464 DSN with
 * the original's headers), the delayed-delivery example of RFC 3464 section 6, an RFC
 * 5965 feedback report as mailbox providers send them, and Exim's plain-text bounce.
 * Addresses and ids are filled in per test.
 */
final class BounceSamples {

	private BounceSamples() {
	}

	/**
	 * Postfix, remote server answered 550 5.1.1 at RCPT TO; delivered to {@code to} (the
	 * VERP address), quoting the original's headers.
	 */
	static String postfixHardBounce(String to, String recipient, String originalMessageId, String returnPath) {
		String boundary = "3F2A61C0F1." + UUID.randomUUID() + "/mail.shop-mail.example";
		return """
				Return-Path: <>
				Delivered-To: %1$s
				Date: Mon, 23 Nov 2026 12:35:01 +0000 (UTC)
				From: MAILER-DAEMON@mail.shop-mail.example (Mail Delivery System)
				Subject: Undelivered Mail Returned to Sender
				To: %1$s
				Auto-Submitted: auto-replied
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status;
					boundary="%5$s"
				Content-Transfer-Encoding: 8bit
				Message-Id: <%6$s@mail.shop-mail.example>

				This is a MIME-encapsulated message.

				--%5$s
				Content-Description: Notification
				Content-Type: text/plain; charset=us-ascii

				This is the mail system at host mail.shop-mail.example.

				I'm sorry to have to inform you that your message could not
				be delivered to one or more recipients. It's attached below.

				For further assistance, please send mail to postmaster.

				If you do so, please include this problem report. You can
				delete your own text from the attached returned message.

				                   The mail system

				<%2$s>: host mx.example.com[203.0.113.7] said: 550 5.1.1
				    <%2$s>: Recipient address rejected: User unknown in virtual
				    mailbox table (in reply to RCPT TO command)

				--%5$s
				Content-Description: Delivery report
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mail.shop-mail.example
				X-Postfix-Queue-ID: 3F2A61C0F1
				X-Postfix-Sender: rfc822; %4$s
				Arrival-Date: Mon, 23 Nov 2026 12:34:58 +0000 (UTC)

				Final-Recipient: rfc822; %2$s
				Original-Recipient: rfc822;%2$s
				Action: failed
				Status: 5.1.1
				Remote-MTA: dns; mx.example.com
				Diagnostic-Code: smtp; 550 5.1.1 <%2$s>: Recipient address
				    rejected: User unknown in virtual mailbox table

				--%5$s
				Content-Description: Undelivered Message Headers
				Content-Type: text/rfc822-headers

				Return-Path: <%4$s>
				Received: from doorstep.internal (doorstep.internal [10.5.4.3])
					by mail.shop-mail.example (Postfix) with ESMTP id 3F2A61C0F1
					for <%2$s>; Mon, 23 Nov 2026 12:34:58 +0000 (UTC)
				From: Shop <notifications@doorstep.local>
				To: %2$s
				Subject: Ihre Bestellung
				Message-ID: %3$s
				MIME-Version: 1.0

				--%5$s--
				""".formatted(to, recipient, originalMessageId, returnPath, boundary, UUID.randomUUID());
	}

	/**
	 * The delay warning of RFC 3464 section 6 (sendmail), here for a full mailbox
	 * (4.2.2), quoting the whole original.
	 */
	static String delayedMailboxFull(String to, String recipient, String originalMessageId) {
		String boundary = "RAA14128." + UUID.randomUUID() + "/CS.UTK.EDU";
		return """
				Date: Thu, 7 Jul 1994 17:16:05 -0400
				From: Mail Delivery Subsystem <MAILER-DAEMON@CS.UTK.EDU>
				Message-Id: <%5$s@CS.UTK.EDU>
				Subject: Warning: message delayed 4 hours
				To: <%1$s>
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status;
				              boundary="%4$s"

				--%4$s

				The original message was received at Thu, 7 Jul 1994 13:10:28 -0400

				    ----- The following addresses had transient delivery problems -----
				<%2$s>  (mailbox full; will keep trying)

				--%4$s
				content-type: message/delivery-status

				Reporting-MTA: dns; cs.utk.edu

				Original-Recipient: rfc822;%2$s
				Final-Recipient: rfc822;%2$s
				Action: delayed
				Status: 4.2.2
				Diagnostic-Code: smtp; 452 4.2.2 <%2$s>... Mailbox full
				Last-Attempt-Date: Thu, 7 Jul 1994 17:15:49 -0400
				Will-Retry-Until: Mon, 11 Jul 1994 13:10:28 -0400

				--%4$s
				content-type: message/rfc822

				From: Shop <notifications@doorstep.local>
				To: %2$s
				Subject: Ihre Bestellung
				Message-ID: %3$s
				MIME-Version: 1.0
				Content-Type: text/plain; charset=UTF-8

				Hallo Anna, 550 Dinge sind unterwegs.
				--%4$s--
				""".formatted(to, recipient, originalMessageId, boundary, UUID.randomUUID());
	}

	/**
	 * A complaint (RFC 5965, as feedback loops send it) to the shop's feedback address,
	 * not the VERP one: only the quoted original names the email.
	 */
	static String complaint(String recipient, String originalMessageId) {
		String boundary = "part1_13d.2e68ed54_" + UUID.randomUUID();
		return """
				From: <feedback-loop@mail.example.net>
				Date: Mon, 23 Nov 2026 12:50:00 +0000
				Subject: FW: Ihre Bestellung
				To: <abuse@shop-mail.example>
				MIME-Version: 1.0
				Message-ID: <%4$s@mail.example.net>
				Content-Type: multipart/report; report-type=feedback-report;
				     boundary="%3$s"

				--%3$s
				Content-Type: text/plain; charset="US-ASCII"
				Content-Transfer-Encoding: 7bit

				This is an email abuse report for an email message
				received from IP 192.0.2.1 on Mon, 23 Nov 2026 12:40:00 +0000.
				For more information about this format please see
				http://www.mipassoc.org/arf/.

				--%3$s
				Content-Type: message/feedback-report

				Feedback-Type: abuse
				User-Agent: SomeGenerator/1.0
				Version: 1
				Original-Mail-From: <someone@doorstep.local>
				Original-Rcpt-To: <%1$s>
				Received-Date: Mon, 23 Nov 2026 12:40:00 +0000
				Source-IP: 192.0.2.1
				Reported-Domain: doorstep.local

				--%3$s
				Content-Type: message/rfc822
				Content-Disposition: inline

				From: Shop <notifications@doorstep.local>
				Received: from doorstep.internal (doorstep.internal [192.0.2.1])
				        by mail.example.net with SMTP; Mon, 23 Nov 2026 12:40:00 +0000
				To: <%1$s>
				Subject: Ihre Bestellung
				Message-ID: %2$s
				Date: Mon, 23 Nov 2026 12:39:58 +0000

				Hallo Anna, Ihre Bestellung ist unterwegs.

				--%3$s--
				""".formatted(recipient, originalMessageId, boundary, UUID.randomUUID());
	}

	/**
	 * Exim's bounce: no report parts, prose with the server's answer, then the original.
	 */
	static String eximBounce(String to, String recipient, String returnPath) {
		return """
				Return-path: <>
				Envelope-to: %1$s
				From: Mail Delivery System <Mailer-Daemon@mx.shop-mail.example>
				To: %1$s
				Subject: Mail delivery failed: returning message to sender
				Message-Id: <E1vN%4$s@mx.shop-mail.example>
				Date: Mon, 23 Nov 2026 12:36:12 +0000

				This message was created automatically by mail delivery software.

				A message that you sent could not be delivered to one or more of its
				recipients. This is a permanent error. The following address(es) failed:

				  %2$s
				    host mx.example.org [198.51.100.25]
				    SMTP error from remote mail server after RCPT TO:<%2$s>:
				    550 5.1.1 <%2$s>: Recipient address rejected: User unknown

				------ This is a copy of the message, including all the headers. ------

				Return-path: <%3$s>
				From: Shop <notifications@doorstep.local>
				To: %2$s
				Subject: Ihre Bestellung

				Hallo Anna, 421 Pakete sind unterwegs.
				""".formatted(to, recipient, returnPath, UUID.randomUUID().toString().substring(0, 8));
	}

	static MimeMessage parse(String raw) throws MessagingException {
		return new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
	}

}
