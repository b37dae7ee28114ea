package dev.doorstep.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignaturesTests {

	private static final byte[] BODY = "{\"specversion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8);

	private static final Instant SENT = Instant.parse("2026-11-23T10:00:00Z");

	private static final Duration FIVE_MINUTES = WebhookSignatures.DEFAULT_TOLERANCE;

	@Test
	void signsTimestampDotBodyWithHmacSha256() {
		// Known answer: printf '1795428000.{"specversion":"1.0"}' | openssl dgst -sha256
		// -hmac whsec_test
		assertThat(WebhookSignatures.sign("whsec_test", SENT, BODY))
			.isEqualTo("t=1795428000,v1=593a8cc0d3dd163c60801c81703c780ff29bfee7fbb660bb2f2073e166a92724");
	}

	@Test
	void acceptsWithinToleranceOnBothSides() {
		String header = WebhookSignatures.sign("whsec_test", SENT, BODY);
		assertThat(WebhookSignatures.verify("whsec_test", header, BODY, SENT, FIVE_MINUTES)).isTrue();
		assertThat(WebhookSignatures.verify("whsec_test", header, BODY, SENT.plusSeconds(300), FIVE_MINUTES)).isTrue();
		assertThat(WebhookSignatures.verify("whsec_test", header, BODY, SENT.minusSeconds(300), FIVE_MINUTES)).isTrue();
	}

	@Test
	void rejectsOldFutureTamperedAndMalformed() {
		String header = WebhookSignatures.sign("whsec_test", SENT, BODY);
		assertThat(WebhookSignatures.verify("whsec_test", header, BODY, SENT.plusSeconds(301), FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignatures.verify("whsec_test", header, BODY, SENT.minusSeconds(301), FIVE_MINUTES))
			.isFalse();
		assertThat(WebhookSignatures.verify("whsec_other", header, BODY, SENT, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignatures.verify("whsec_test", header, "{}".getBytes(StandardCharsets.UTF_8), SENT,
				FIVE_MINUTES))
			.isFalse();
		// A replayed signature with a fresh timestamp pasted in.
		String moved = header.replace("t=1795428000", "t=1795428100");
		assertThat(WebhookSignatures.verify("whsec_test", moved, BODY, SENT.plusSeconds(100), FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignatures.verify("whsec_test", null, BODY, SENT, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignatures.verify("whsec_test", "", BODY, SENT, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignatures.verify("whsec_test", "t=abc,v1=00", BODY, SENT, FIVE_MINUTES)).isFalse();
		assertThat(WebhookSignatures.verify("whsec_test", header.substring(0, header.indexOf(',')), BODY, SENT,
				FIVE_MINUTES))
			.isFalse();
	}

	@Test
	void oneMatchingSignatureAmongSeveralIsEnough() {
		String header = WebhookSignatures.sign("whsec_test", SENT, BODY);
		String v1 = header.substring(header.indexOf("v1="));
		String several = "t=1795428000,v1=" + "0".repeat(64) + "," + v1;
		assertThat(WebhookSignatures.verify("whsec_test", several, BODY, SENT, FIVE_MINUTES)).isTrue();
	}

}
