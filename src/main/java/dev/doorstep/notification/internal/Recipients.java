package dev.doorstep.notification.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.channel.RecipientDirectory;
import dev.doorstep.order.Order;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The address of the order's shopper on a channel, normalized like the consent ledger
 * stores it, or {@code null} when there is none for that channel.
 */
@Component
class Recipients {

	private final Map<Channel, RecipientDirectory> directories = new EnumMap<>(Channel.class);

	private final OptInCodeRepository orderContacts;

	Recipients(List<RecipientDirectory> directories, OptInCodeRepository orderContacts) {
		directories.forEach(directory -> this.directories.put(directory.channel(), directory));
		this.orderContacts = orderContacts;
	}

	@Nullable String address(Channel channel, Order order) {
		String raw = switch (channel) {
			case EMAIL -> order.customer().email();
			// A number the shopper gave for this order on the tracking page (and agreed
			// to
			// there) wins over the order's.
			case SMS, WHATSAPP ->
				this.orderContacts.contact(order.shopId(), order.id(), channel).orElse(order.customer().phone());
			case PUSH, MESSENGER, WEBHOOK -> {
				RecipientDirectory directory = this.directories.get(channel);
				yield directory == null ? null : directory.address(order);
			}
		};
		return raw == null || raw.isBlank() ? null : Consents.normalize(channel, raw);
	}

}
