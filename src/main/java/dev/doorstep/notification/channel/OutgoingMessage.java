package dev.doorstep.notification.channel;

import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Trigger;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A rendered message ready for its provider.
 *
 * @param fromName display name of the sender (the shop)
 * @param headers channel-specific extras, e.g. {@code List-Unsubscribe} for email
 * @param parameters named values for providers that fill their own templates (WhatsApp)
 */
public record OutgoingMessage(UUID id, ShopId shop, Channel channel, Trigger trigger, String recipient, String locale,
		String fromName, @Nullable String subject, String text, @Nullable String html, Map<String, String> headers,
		Map<String, String> parameters) {

	public OutgoingMessage {
		headers = Map.copyOf(headers);
		parameters = Map.copyOf(parameters);
	}

}
