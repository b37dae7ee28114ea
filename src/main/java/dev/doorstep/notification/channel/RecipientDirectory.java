package dev.doorstep.notification.channel;

import dev.doorstep.notification.Channel;
import dev.doorstep.order.Order;
import org.jspecify.annotations.Nullable;

/**
 * Where a channel's address for an order's shopper comes from when the order itself does
 * not carry it: push subscriptions and Messenger ids made on the tracking page, the
 * merchant's webhook URL. Email, SMS and WhatsApp use the order's email and phone.
 */
public interface RecipientDirectory {

	Channel channel();

	/**
	 * The address to plan a message to, or {@code null} when the shopper has none on this
	 * channel (then nothing is planned). Its sender understands it (e.g.
	 * {@code order:<id>} for every push subscription of the order).
	 */
	@Nullable String address(Order order);

}
