package dev.doorstep.notification.channel.webhook;

import java.time.Instant;

import dev.doorstep.runtime.OutboundUrls;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's webhook endpoint. The secret goes in, never out: reads show its last four
 * characters.
 */
@RestController
class WebhookController {

	record WebhookRequest(@NotBlank @Size(max = 2000) String url, @NotBlank @Size(min = 16, max = 200) String secret) {
	}

	/** {@code url} is null while the shop has none. */
	record WebhookResponse(@Nullable String url, @Nullable String secret, @Nullable Instant updatedAt) {

		static WebhookResponse of(WebhookEndpoints.Endpoint endpoint) {
			return new WebhookResponse(endpoint.url(), endpoint.maskedSecret(), endpoint.updatedAt());
		}

	}

	private final WebhookEndpoints endpoints;

	private final WebhookProperties properties;

	WebhookController(WebhookEndpoints endpoints, WebhookProperties properties) {
		this.endpoints = endpoints;
		this.properties = properties;
	}

	@GetMapping("/api/v1/notifications/webhook")
	WebhookResponse get(ShopId shop) {
		return this.endpoints.find(shop).map(WebhookResponse::of).orElse(new WebhookResponse(null, null, null));
	}

	@PutMapping("/api/v1/notifications/webhook")
	WebhookResponse put(ShopId shop, @Valid @RequestBody WebhookRequest request) {
		return WebhookResponse.of(this.endpoints.save(shop, url(request.url()), request.secret().strip()));
	}

	private String url(String raw) {
		return OutboundUrls.web(raw, this.properties.allowHttp())
			.orElseThrow(() -> new InvalidRequestException("url", "must be an https URL"))
			.toString();
	}

}
