package dev.doorstep.console.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.Notifications;
import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ConsoleContext;
import org.jspecify.annotations.Nullable;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dev mailbox: every message of the shop, newest first, and each one as its recipient
 * sees it, with its delivery history. Messages on channels without a provider end here;
 * the others are listed too, with the provider that carried them.
 */
@ConsoleController
class MailboxController {

	/** A row of the list: the message and the number of its order (none for tests). */
	public record Row(Message message, @Nullable String orderNumber, boolean test) {
	}

	private final Notifications notifications;

	private final Orders orders;

	MailboxController(Notifications notifications, Orders orders) {
		this.notifications = notifications;
		this.orders = orders;
	}

	@GetMapping("/console/mailbox")
	String list(ConsoleContext console, @RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String order,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		Channel channelFilter = Arrays.stream(Channel.values())
			.filter(c -> c.name().equals(channel))
			.findFirst()
			.orElse(null);
		String number = (order != null && !order.isBlank()) ? order.trim() : null;
		List<Message> messages = List.of();
		long total = 0;
		int current = Pager.pageNumber(page);
		// An order number that names no order matches nothing (not everything).
		List<OrderId> matching = (number == null) ? null
				: this.orders.findByNumber(console.shopId(), number).stream().map(Order::id).toList();
		if (matching == null || !matching.isEmpty()) {
			OrderId orderFilter = (matching == null) ? null : matching.getFirst();
			total = this.notifications.count(console.shopId(), orderFilter, channelFilter);
			messages = this.notifications.messages(console.shopId(), orderFilter, channelFilter, Pager.PAGE_SIZE,
					current * Pager.PAGE_SIZE);
		}
		Map<OrderId, @Nullable String> numbers = new HashMap<>();
		List<Row> rows = messages.stream().map(message -> row(console, message, numbers)).toList();
		Map<String, @Nullable String> filters = new LinkedHashMap<>();
		filters.put("channel", (channelFilter != null) ? channelFilter.name() : null);
		filters.put("order", number);
		int totalPages = (int) ((total + Pager.PAGE_SIZE - 1) / Pager.PAGE_SIZE);
		model.addAttribute("rows", rows);
		model.addAttribute("pager", Pager.of("/console/mailbox", filters, current, totalPages, total));
		model.addAttribute("channel", channelFilter);
		model.addAttribute("order", (number != null) ? number : "");
		model.addAttribute("channels", Channel.values());
		model.addAttribute("devChannels", devChannels());
		return "console/mailbox";
	}

	@GetMapping("/console/mailbox/{id}")
	String message(ConsoleContext console, @PathVariable UUID id, Model model) {
		Message message = this.notifications.message(console.shopId(), id)
			.orElseThrow(() -> new NotFoundException("Message", id));
		Row row = row(console, message, new HashMap<>());
		model.addAttribute("row", row);
		model.addAttribute("m", message);
		model.addAttribute("history", this.notifications.history(console.shopId(), id));
		model.addAttribute("devChannels", devChannels());
		return "console/message";
	}

	private List<Channel> devChannels() {
		return Arrays.stream(Channel.values()).filter(this.notifications::devMailbox).toList();
	}

	private Row row(ConsoleContext console, Message message, Map<OrderId, @Nullable String> numbers) {
		if (message.orderId().equals(Notifications.TEST_ORDER)) {
			return new Row(message, null, true);
		}
		return new Row(message, numbers.computeIfAbsent(message.orderId(),
				id -> this.orders.find(console.shopId(), id).map(Order::orderNumber).orElse(null)), false);
	}

}
