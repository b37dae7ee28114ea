package dev.doorstep.notification.channel.whatsapp;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * WhatsApp template messages over Meta's Cloud API. Sending is configured when the phone
 * number id and the access token are set; otherwise WhatsApp messages go to the dev
 * mailbox, which shows the template and its parameters. The webhook needs the app secret
 * (signatures) and the verify token (subscription handshake).
 *
 * @param baseUrl Graph API root with its version; default
 * {@code https://graph.facebook.com/v21.0}
 * @param phoneNumberId the business phone number's id (not the number); default empty
 * @param accessToken system user access token with {@code whatsapp_business_messaging};
 * default empty
 * @param appSecret the Meta app's secret, key of {@code X-Hub-Signature-256}; default
 * empty (webhook posts are refused)
 * @param verifyToken the token entered with the callback URL in the app dashboard;
 * default empty (the handshake is refused)
 * @param templates approved template name per trigger key, e.g.
 * {@code templates.out-for-delivery=parcel_today}; a trigger without an entry uses
 * {@code doorstep_<trigger>}, e.g. {@code doorstep_out_for_delivery}
 * @param parameters the body parameters every template takes, in order ({{1}}, {{2}},
 * ...), from the message's values {@code firstName}, {@code orderNumber},
 * {@code carrier}, {@code trackingUrl}, {@code shopName}; default
 * {@code firstName,orderNumber,carrier,trackingUrl}
 * @param timeout connect and read timeout; default 10 seconds
 */
@ConfigurationProperties("doorstep.notification.whatsapp")
public record WhatsAppProperties(@DefaultValue("https://graph.facebook.com/v21.0") String baseUrl,
		@DefaultValue("") String phoneNumberId, @DefaultValue("") String accessToken,
		@DefaultValue("") String appSecret, @DefaultValue("") String verifyToken,
		@DefaultValue Map<String, String> templates, @DefaultValue( {
				"firstName", "orderNumber", "carrier", "trackingUrl" }) List<String> parameters,
		@DefaultValue("10s") Duration timeout){

	public WhatsAppProperties {
		templates = Map.copyOf(templates);
		parameters = List.copyOf(parameters);
	}

	/** Whether messages can be sent. */
	public boolean sending() {
		return !this.phoneNumberId.isBlank() && !this.accessToken.isBlank();
	}

}
