package dev.doorstep.notification.channel.twilio;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.channel.SendResult;
import dev.doorstep.notification.internal.Keywords;
import dev.doorstep.notification.internal.ProviderHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioMapperTests {

	/** The example of Twilio's request validation documentation and SDK snippets. */
	@Test
	void signsLikeTwilioDocumentsIt() {
		Map<String, String> parameters = Map.of("CallSid", "CA1234567890ABCDE", "Caller", "+14158675309", "Digits",
				"1234", "From", "+14158675309", "To", "+18005551212");

		assertThat(TwilioMapper.signature("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", parameters))
			.isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
	}

	@Test
	void keywordsIgnoreCaseAndTrailingPunctuation() {
		assertThat(Keywords.of(" stop! ")).isEqualTo(Keywords.Keyword.STOP);
		assertThat(Keywords.of("Stopp")).isEqualTo(Keywords.Keyword.STOP);
		assertThat(Keywords.of("unstop")).isEqualTo(Keywords.Keyword.START);
		assertThat(Keywords.of("help")).isEqualTo(Keywords.Keyword.HELP);
		assertThat(Keywords.of("please stop sending")).isEqualTo(Keywords.Keyword.NONE);
	}

	@Test
	void statusCallbacksMapToReceipts() {
		assertThat(TwilioMapper.receipt("queued")).isNull();
		assertThat(TwilioMapper.receipt("delivered")).isEqualTo(MessageStatus.DELIVERED);
		assertThat(TwilioMapper.receipt("undelivered")).isEqualTo(MessageStatus.FAILED);
	}

	@Test
	void retryAfterMayBeAnHttpDateAndServerErrorsAreTransient() {
		Instant now = Instant.parse("2026-11-23T10:00:00Z");
		ProviderHttp.Response busy = new ProviderHttp.Response(503, "", "Mon, 23 Nov 2026 10:02:00 GMT");

		assertThat(TwilioMapper.result(busy, now))
			.isEqualTo(new SendResult.Retry("Twilio 503: no message", Duration.ofMinutes(2)));
	}

	@Test
	void twimlEscapesTheReply() {
		assertThat(TwilioMapper.twiml("A & B <shop>"))
			.endsWith("<Response><Message>A &amp; B &lt;shop&gt;</Message></Response>");
	}

}
