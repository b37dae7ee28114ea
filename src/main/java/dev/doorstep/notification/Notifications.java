package dev.doorstep.notification;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.notification.internal.ChannelSenders;
import dev.doorstep.notification.internal.MessageRepository;
import dev.doorstep.notification.internal.SampleFacts;
import dev.doorstep.notification.internal.SampleRenders;
import dev.doorstep.order.OrderId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading what was planned and sent: for the API, the console and its dev mailbox.
 */
@Service
public class Notifications {

	/**
	 * The order id of test messages sent from the template editor: a sample order that
	 * exists only in memory, never in the shop's orders.
	 */
	public static final OrderId TEST_ORDER = SampleFacts.ORDER;

	private final MessageRepository messages;

	private final ChannelSenders senders;

	private final SampleRenders samples;

	Notifications(MessageRepository messages, ChannelSenders senders, SampleRenders samples) {
		this.messages = messages;
		this.senders = senders;
		this.samples = samples;
	}

	/** Newest first. */
	public List<Message> messages(ShopId shop, @Nullable OrderId order, @Nullable Channel channel, int limit,
			int offset) {
		return this.messages.recent(shop, order, channel, Math.min(limit, 500), Math.max(offset, 0));
	}

	/**
	 * Every message planned with a variant from {@code source} (a {@link JourneyVariants}
	 * tag {@code arm@source}), oldest first: what an experiment's report counts.
	 */
	public List<Message> variantMessages(ShopId shop, String source) {
		return this.messages.withVariantSource(shop, source);
	}

	/** How many messages {@link #messages} would list without a limit. */
	public long count(ShopId shop, @Nullable OrderId order, @Nullable Channel channel) {
		return this.messages.count(shop, order, channel);
	}

	public Optional<Message> message(ShopId shop, UUID id) {
		return this.messages.find(shop, id);
	}

	public List<Message.Event> history(ShopId shop, UUID id) {
		return this.messages.history(shop, id);
	}

	/**
	 * Whether this channel's messages land in the dev mailbox (no provider configured).
	 */
	public boolean devMailbox(Channel channel) {
		return this.senders.devMailbox(channel);
	}

	/**
	 * Renders the trigger's texts in force (the shop's override or the bundled ones) with
	 * a sample order and stores the result as sent to the dev mailbox, whatever provider
	 * the channel has: a merchant's test never reaches a real address. Its order is
	 * {@link #TEST_ORDER}.
	 */
	@Transactional
	public Message sendTest(ShopId shop, Trigger trigger, Locale locale, Channel channel, String recipient) {
		return this.samples.sendTest(shop, trigger, locale, channel, recipient);
	}

}
