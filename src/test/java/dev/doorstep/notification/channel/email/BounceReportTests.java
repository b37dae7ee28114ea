package dev.doorstep.notification.channel.email;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading bounce and complaint mails, without a mailbox: what kind of report, which email
 * it quotes, and a history line without addresses.
 */
class BounceReportTests {

	private static final String VERP = "bounces+abc@bounce.doorstep.test";

	@Test
	void postfixsHardBounceIsPermanentAndQuotesTheOriginal() throws Exception {
		BounceReport report = BounceReport.parse(BounceSamples.parse(BounceSamples.postfixHardBounce(VERP,
				"anna@example.com", "<m1@doorstep.local>", "bounces+xyz@bounce.doorstep.test")));

		assertThat(report.kind()).isEqualTo(BounceReport.Kind.HARD);
		assertThat(report.originalMessageId()).isEqualTo("<m1@doorstep.local>");
		assertThat(report.detail()).startsWith("hard bounce 5.1.1: smtp; 550 5.1.1")
			.contains("Recipient address rejected: User unknown in virtual mailbox table")
			.doesNotContain("anna@example.com");
		// Where the VERP address can be found: delivered to it, and the original's
		// Return-Path.
		assertThat(report.envelopeHints()).contains(VERP, "<bounces+xyz@bounce.doorstep.test>");
	}

	@Test
	void aDelayIsSoftEvenIfTheQuotedEmailMentionsA550() throws Exception {
		BounceReport report = BounceReport.parse(
				BounceSamples.parse(BounceSamples.delayedMailboxFull(VERP, "anna@example.com", "<m2@doorstep.local>")));

		assertThat(report.kind()).isEqualTo(BounceReport.Kind.SOFT);
		assertThat(report.detail()).startsWith("soft bounce 4.2.2: smtp; 452 4.2.2").doesNotContain("@example.com");
		assertThat(report.originalMessageId()).isEqualTo("<m2@doorstep.local>");
	}

	@Test
	void aFeedbackReportIsAComplaint() throws Exception {
		BounceReport report = BounceReport
			.parse(BounceSamples.parse(BounceSamples.complaint("anna@example.com", "<m3@doorstep.local>")));

		assertThat(report.kind()).isEqualTo(BounceReport.Kind.COMPLAINT);
		assertThat(report.detail()).isEqualTo("complaint (feedback type abuse)");
		assertThat(report.originalMessageId()).isEqualTo("<m3@doorstep.local>");
	}

	@Test
	void eximsPlainTextBounceIsReadFromItsNoticeNotFromTheQuotedEmail() throws Exception {
		BounceReport report = BounceReport.parse(BounceSamples
			.parse(BounceSamples.eximBounce(VERP, "anna@example.com", "bounces+q@bounce.doorstep.test")));

		assertThat(report.kind()).isEqualTo(BounceReport.Kind.HARD);
		assertThat(report.detail()).startsWith("hard bounce (plain-text report): 550 5.1.1")
			.doesNotContain("anna@example.com");
		assertThat(String.join("\n", report.envelopeHints())).contains("bounces+q@bounce.doorstep.test");
	}

	@Test
	void aReplyFromAPersonIsNoReportEvenIfItQuotesAnSmtpCode() throws Exception {
		BounceReport report = BounceReport.parse(BounceSamples.parse("""
				From: Anna <anna@example.com>
				To: bounces+abc@bounce.doorstep.test
				Subject: Re: Ihre Bestellung
				Message-ID: <reply-1@example.com>

				Danke! Error 550 5.1.1 was a joke. This is a permanent error.
				"""));

		assertThat(report.kind()).isEqualTo(BounceReport.Kind.NONE);
	}

	@Test
	void addressesAreMaskedInTheHistory() {
		assertThat(BounceReport.withoutAddresses("550 5.1.1 <anna.schmidt+x@mail.example.com>: unknown"))
			.isEqualTo("550 5.1.1 <(address)>: unknown");
	}

}
