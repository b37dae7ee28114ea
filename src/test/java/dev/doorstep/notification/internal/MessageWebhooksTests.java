package dev.doorstep.notification.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a provider's failure text may carry into a merchant's webhook. */
class MessageWebhooksTests {

	@Test
	void addressesAndNumbersInAFailureReasonAreReplaced() {
		assertThat(MessageWebhooks.scrub("550 5.1.1 <anna.schmidt@example.com>: Recipient address rejected"))
			.isEqualTo("550 5.1.1 <[address]>: Recipient address rejected");
		assertThat(MessageWebhooks.scrub("Twilio 21211: invalid 'To' number +49 170 1234567"))
			.isEqualTo("Twilio 21211: invalid 'To' number [number]");
		assertThat(MessageWebhooks.scrub("gave up after 5 attempts: HTTP 503"))
			.isEqualTo("gave up after 5 attempts: HTTP 503");
		assertThat(MessageWebhooks.scrub("x".repeat(400))).hasSize(300);
	}

}
