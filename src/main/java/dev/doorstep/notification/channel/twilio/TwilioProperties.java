package dev.doorstep.notification.channel.twilio;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SMS over Twilio's Messages API. Sending is configured when the account SID, the auth
 * token and a sender ({@code from} or {@code messaging-service-sid}) are set; otherwise
 * SMS go to the dev mailbox. The webhooks ({@code /hooks/notify/twilio/status} and
 * {@code /inbound}) only need the auth token, which is the key of Twilio's signatures.
 * Twilio signs the public URL it calls, so {@code doorstep.notification.public-base-url}
 * must be the URL Twilio sees (behind a proxy: the proxy's).
 *
 * @param baseUrl API root; default {@code https://api.twilio.com}
 * @param accountSid account SID ({@code AC...}), also the Basic auth user; default empty
 * @param authToken auth token, the Basic auth password and the webhook signing key;
 * default empty
 * @param from sender number in E.164 or an alphanumeric sender id; default empty
 * @param messagingServiceSid messaging service ({@code MG...}) used instead of
 * {@code from} when set; default empty
 * @param timeout connect and read timeout; default 10 seconds
 */
@ConfigurationProperties("doorstep.notification.twilio")
public record TwilioProperties(@DefaultValue("https://api.twilio.com") String baseUrl,
		@DefaultValue("") String accountSid, @DefaultValue("") String authToken, @DefaultValue("") String from,
		@DefaultValue("") String messagingServiceSid, @DefaultValue("10s") Duration timeout) {

	/** Whether messages can be sent. */
	public boolean sending() {
		return !this.accountSid.isBlank() && !this.authToken.isBlank()
				&& (!this.from.isBlank() || !this.messagingServiceSid.isBlank());
	}

}
