package dev.doorstep.webhook.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import dev.doorstep.webhook.Delivery;
import dev.doorstep.webhook.Webhooks;
import dev.doorstep.webhook.web.WebhookResponses.DeliveryPageResponse;
import dev.doorstep.webhook.web.WebhookResponses.DeliveryResponse;
import dev.doorstep.webhook.web.WebhookResponses.ReplayResponse;
import dev.doorstep.webhook.web.WebhookResponses.SubscriptionResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhooks API: subscriptions, their delivery log, replays and test events. The shop
 * is the API key's; ids of other shops answer 404.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookApiController {

	/** Create and update; on update, absent fields stay as they are. */
	record SubscriptionRequest(@Nullable @Size(max = 2000) String url, @Nullable @Size(max = 50) List<String> types,
			@Nullable Boolean enabled, @Nullable @Size(max = 500) String description) {

		Webhooks.Changes changes() {
			return new Webhooks.Changes(this.url, this.types, this.enabled, this.description);
		}

	}

	private final Webhooks webhooks;

	WebhookApiController(Webhooks webhooks) {
		this.webhooks = webhooks;
	}

	@PostMapping("/subscriptions")
	ResponseEntity<SubscriptionResponse> create(ShopId shop, @Valid @RequestBody SubscriptionRequest request) {
		SubscriptionResponse body = SubscriptionResponse.withSecret(this.webhooks.create(shop, request.changes()));
		return ResponseEntity.created(URI.create("/api/v1/webhooks/subscriptions/" + body.id())).body(body);
	}

	@GetMapping("/subscriptions")
	List<SubscriptionResponse> list(ShopId shop) {
		return this.webhooks.list(shop).stream().map(SubscriptionResponse::of).toList();
	}

	@GetMapping("/subscriptions/{id}")
	SubscriptionResponse get(ShopId shop, @PathVariable UUID id) {
		return SubscriptionResponse.of(this.webhooks.get(shop, id));
	}

	@PatchMapping("/subscriptions/{id}")
	SubscriptionResponse update(ShopId shop, @PathVariable UUID id, @Valid @RequestBody SubscriptionRequest request) {
		return SubscriptionResponse.of(this.webhooks.update(shop, id, request.changes()));
	}

	@DeleteMapping("/subscriptions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(ShopId shop, @PathVariable UUID id) {
		this.webhooks.delete(shop, id);
	}

	@PostMapping("/subscriptions/{id}/rotate-secret")
	SubscriptionResponse rotateSecret(ShopId shop, @PathVariable UUID id) {
		return SubscriptionResponse.withSecret(this.webhooks.rotateSecret(shop, id));
	}

	@GetMapping("/subscriptions/{id}/deliveries")
	DeliveryPageResponse deliveries(ShopId shop, @PathVariable UUID id,
			@RequestParam(required = false) Delivery.@Nullable Status status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return DeliveryPageResponse.of(this.webhooks.deliveries(shop, id, status, page, size));
	}

	@PostMapping("/subscriptions/{id}/test")
	@ResponseStatus(HttpStatus.ACCEPTED)
	DeliveryResponse test(ShopId shop, @PathVariable UUID id) {
		return DeliveryResponse.of(this.webhooks.sendTest(shop, id));
	}

	@PostMapping("/subscriptions/{id}/replay")
	@ResponseStatus(HttpStatus.ACCEPTED)
	ReplayResponse replayRange(ShopId shop, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable Instant from,
			@RequestParam(required = false) @Nullable Instant to) {
		return new ReplayResponse(this.webhooks.replay(shop, id, from, to));
	}

	@PostMapping("/deliveries/{id}/replay")
	@ResponseStatus(HttpStatus.ACCEPTED)
	DeliveryResponse replay(ShopId shop, @PathVariable UUID id) {
		return DeliveryResponse.of(this.webhooks.replay(shop, id));
	}

}
