package dev.doorstep.notification.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.ConsentRecord;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Journey;
import dev.doorstep.notification.Journeys;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.NotificationSettings;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.Settings;
import dev.doorstep.notification.Topic;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Notifications over the API: the messages of an order with their history, the shop's
 * journeys (switch one on or off), and the consent ledger for shops that collect consent
 * themselves (at checkout).
 */
@RestController
class NotificationApiController {

	record ConsentRequest(@NotBlank @Size(max = 320) String contact, @NotNull Channel channel, @NotNull Topic topic,
			@NotNull Boolean granted, @NotBlank @Size(max = 60) String source,
			@Nullable @Size(max = 500) String proof) {
	}

	record JourneyUpdate(@NotNull Boolean enabled) {
	}

	record MessageDetail(Message message, List<Message.Event> history) {
	}

	record SettingsRequest(@NotNull Boolean marketingNeedsConsent, @NotNull Boolean trackOpens,
			@NotNull Boolean trackClicks) {
	}

	private final Notifications notifications;

	private final Settings settings;

	private final Journeys journeys;

	private final Consents consents;

	private final Orders orders;

	NotificationApiController(Notifications notifications, Settings settings, Journeys journeys, Consents consents,
			Orders orders) {
		this.settings = settings;
		this.notifications = notifications;
		this.journeys = journeys;
		this.consents = consents;
		this.orders = orders;
	}

	@GetMapping("/api/v1/notifications/messages")
	List<Message> messages(ShopId shop, @RequestParam(required = false) @Nullable UUID orderId,
			@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
		OrderId order = null;
		if (orderId != null) {
			// Another shop's order answers 404, not an empty list that would confirm it.
			order = this.orders.get(shop, new OrderId(orderId)).id();
		}
		return this.notifications.messages(shop, order, channel, size, page * size);
	}

	@GetMapping("/api/v1/notifications/messages/{id}")
	MessageDetail message(ShopId shop, @PathVariable UUID id) {
		Message message = this.notifications.message(shop, id).orElseThrow(() -> new NotFoundException("Message", id));
		return new MessageDetail(message, this.notifications.history(shop, id));
	}

	@GetMapping("/api/v1/notifications/settings")
	NotificationSettings settings(ShopId shop) {
		return this.settings.get(shop);
	}

	@PutMapping("/api/v1/notifications/settings")
	NotificationSettings settings(ShopId shop, @Valid @RequestBody SettingsRequest request) {
		return this.settings.save(shop,
				new NotificationSettings(request.marketingNeedsConsent(), request.trackOpens(), request.trackClicks()));
	}

	@GetMapping("/api/v1/notifications/journeys")
	List<Journey> journeys(ShopId shop) {
		return this.journeys.list(shop);
	}

	@PutMapping("/api/v1/notifications/journeys/{id}")
	Journey journey(ShopId shop, @PathVariable UUID id, @Valid @RequestBody JourneyUpdate update) {
		return this.journeys.setEnabled(shop, id, update.enabled());
	}

	@PostMapping("/api/v1/notifications/consents")
	ResponseEntity<Map<String, Object>> consent(ShopId shop, @Valid @RequestBody ConsentRequest request) {
		if (request.channel() == Channel.WEBHOOK) {
			throw new InvalidRequestException("channel", "the merchant's webhook needs no shopper consent");
		}
		if (request.granted()) {
			this.consents.grant(shop, request.contact(), request.channel(), request.topic(), request.source(),
					request.proof());
		}
		else {
			this.consents.withdraw(shop, request.contact(), request.channel(), request.topic(), request.source(),
					request.proof());
		}
		return ResponseEntity.status(201)
			.body(Map.of("contact", Consents.normalize(request.channel(), request.contact()), "channel",
					request.channel(), "topic", request.topic(), "granted", request.granted()));
	}

	@GetMapping("/api/v1/notifications/consents")
	List<ConsentRecord> consents(ShopId shop, @RequestParam Channel channel, @RequestParam String contact) {
		return this.consents.history(shop, channel, contact);
	}

}
