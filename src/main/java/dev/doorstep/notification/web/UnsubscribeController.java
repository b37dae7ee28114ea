package dev.doorstep.notification.web;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageUnsubscribed;
import dev.doorstep.notification.Topic;
import dev.doorstep.notification.internal.Links;
import dev.doorstep.notification.internal.MessageRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Unsubscribe links of emails. {@code GET} shows a page with one button (link scanners
 * open links; they must not unsubscribe anyone); {@code POST} withdraws at once, from the
 * page or from a mail client's one-click (RFC 8058). The signed token names the message;
 * the ledger records the withdrawal with it as proof.
 */
@RestController
class UnsubscribeController {

	private final Links links;

	private final MessageRepository messages;

	private final Consents consents;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	UnsubscribeController(Links links, MessageRepository messages, Consents consents, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.links = links;
		this.messages = messages;
		this.consents = consents;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	@GetMapping(path = "/n/u/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page(@PathVariable String token) {
		if (message(token).isEmpty()) {
			return ResponseEntity.status(404).body(page("Link not valid", "This unsubscribe link is not valid.", null));
		}
		return ResponseEntity.ok(page("Unsubscribe", "Stop emails about your orders from this shop?",
				"/n/u/" + HtmlUtils.htmlEscape(token)));
	}

	@PostMapping(path = "/n/u/{token}", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> unsubscribe(@PathVariable String token) {
		Optional<MessageRepository.Claimed> message = message(token);
		if (message.isEmpty()) {
			return ResponseEntity.status(404).body(page("Link not valid", "This unsubscribe link is not valid.", null));
		}
		Message sent = message.get().message();
		// One transaction, so the withdrawal and the event (insights' funnel) go
		// together.
		this.transactions.executeWithoutResult(status -> {
			for (Topic topic : Topic.values()) {
				this.consents.withdraw(message.get().shop(), sent.recipient(), Channel.EMAIL, topic, "unsubscribe-link",
						"message " + sent.id());
			}
			this.events.publishEvent(new MessageUnsubscribed(sent.id(), message.get().shop(), sent.orderId(),
					sent.trigger(), sent.channel(), this.clock.instant()));
		});
		return ResponseEntity.ok(page("Unsubscribed", "You will get no more emails about your orders.", null));
	}

	private Optional<MessageRepository.Claimed> message(String token) {
		Optional<UUID> id = this.links.verify(token);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		return this.messages.findAnyShop(id.get());
	}

	private static String page(String title, String text, @Nullable String action) {
		String form = action == null ? ""
				: "<form method=\"post\" action=\"" + action + "\"><button type=\"submit\">Unsubscribe</button></form>";
		return """
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
				<title>%s</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
				button{font:inherit;padding:.6rem 1.2rem;border-radius:6px;border:0;background:#1f2937;color:#fff}</style></head>
				<body><h1>%s</h1><p>%s</p>%s</body></html>"""
			.formatted(title, title, text, form);
	}

}
