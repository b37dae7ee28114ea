package dev.doorstep.notification.channel.messenger;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Messenger settings: one Facebook Page for the installation. Without a page id, page
 * access token and app secret, Messenger messages go to the dev mailbox and the tracking
 * page offers no Messenger link.
 *
 * @param baseUrl Graph API base, version included; default
 * {@code https://graph.facebook.com/v21.0}
 * @param pageId the Page's id (or user name) for {@code https://m.me/<page>} links;
 * default empty
 * @param pageAccessToken Page access token with {@code pages_messaging}; default empty
 * @param appSecret the Meta app's secret: checks {@code X-Hub-Signature-256} of webhooks
 * and signs the order reference in links; default empty
 * @param verifyToken the token typed into the app's webhook settings, echoed back in the
 * subscription handshake; default empty (handshake refused)
 * @param timeout connect and request timeout towards the Graph API; default 10 seconds
 */
@ConfigurationProperties("doorstep.notification.messenger")
public record MessengerProperties(@DefaultValue("https://graph.facebook.com/v21.0") String baseUrl,
		@DefaultValue("") String pageId, @DefaultValue("") String pageAccessToken, @DefaultValue("") String appSecret,
		@DefaultValue("") String verifyToken, @DefaultValue("10s") Duration timeout) {

	boolean configured() {
		return !this.pageId.isBlank() && !this.pageAccessToken.isBlank() && !this.appSecret.isBlank();
	}

}
