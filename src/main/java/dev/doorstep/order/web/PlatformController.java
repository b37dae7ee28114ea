package dev.doorstep.order.web;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.doorstep.order.platform.PlatformConnection;
import dev.doorstep.order.platform.PlatformConnections;
import dev.doorstep.order.platform.PlatformInbox;
import dev.doorstep.order.platform.PlatformReceipt;
import dev.doorstep.order.platform.PlatformRequest;
import dev.doorstep.runtime.Problems;
import dev.doorstep.shop.ShopId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Shop platform connections ({@code /api/v1/platforms/{platform}}, secrets shown masked)
 * and the platforms' webhooks ({@code /hooks/platforms/{platform}/{shopSlug}},
 * authenticated by signature over the raw body, which is therefore taken as bytes).
 */
@RestController
class PlatformController {

	/**
	 * @param secret the webhook secret (Shopware: the app secret; Magento: the webhooks'
	 * public key, PEM)
	 * @param baseUrl Magento: the shop's base URL for the scheduled REST pull
	 * @param accessToken Magento: the integration's access token
	 * @param appName Shopware: the app's technical name from its manifest
	 */
	record ConnectionRequest(@Size(max = 4000) @Nullable String secret, @Size(max = 2000) @Nullable String baseUrl,
			@Size(max = 1000) @Nullable String accessToken, @Size(max = 200) @Nullable String appName) {
	}

	/**
	 * @param webhookPath where the platform's webhooks go, below the public base URL
	 * @param details the platform's state for this shop (registration, pull progress)
	 */
	record ConnectionResponse(String platform, @Nullable String secret, @Nullable String baseUrl,
			@Nullable String accessToken, @Nullable String appName, String webhookPath, Map<String, Object> details,
			Instant createdAt, Instant updatedAt) {
	}

	private final PlatformConnections connections;

	private final PlatformInbox inbox;

	private final dev.doorstep.shop.Shops shops;

	PlatformController(PlatformConnections connections, PlatformInbox inbox, dev.doorstep.shop.Shops shops) {
		this.connections = connections;
		this.inbox = inbox;
		this.shops = shops;
	}

	@PutMapping("/api/v1/platforms/{platform}")
	ConnectionResponse connect(ShopId shop, @PathVariable String platform,
			@Valid @RequestBody ConnectionRequest request) {
		return response(shop,
				this.connections.connect(shop, platform,
						new PlatformConnection.Settings(request.secret() == null ? "" : request.secret(),
								request.baseUrl(), request.accessToken(), request.appName())));
	}

	@GetMapping("/api/v1/platforms/{platform}")
	ConnectionResponse get(ShopId shop, @PathVariable String platform) {
		return response(shop, this.connections.get(shop, platform));
	}

	@DeleteMapping("/api/v1/platforms/{platform}")
	ResponseEntity<Void> disconnect(ShopId shop, @PathVariable String platform) {
		this.connections.disconnect(shop, platform);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/hooks/platforms/{platform}/{shopSlug}")
	ResponseEntity<?> hook(@PathVariable String platform, @PathVariable String shopSlug,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : Collections.list(request.getHeaderNames())) {
			headers.put(name, request.getHeader(name));
		}
		PlatformReceipt receipt = this.inbox.receive(platform, shopSlug,
				new PlatformRequest(headers, body == null ? new byte[0] : body));
		return switch (receipt) {
			case PlatformReceipt.Applied applied -> ok(platform, Map.of("deliveryId", applied.deliveryId(), "topic",
					applied.topic(), "duplicate", false, "effects", applied.effects()));
			case PlatformReceipt.Duplicate duplicate ->
				ok(platform, Map.of("deliveryId", duplicate.deliveryId(), "duplicate", true));
			case PlatformReceipt.Ping ping -> ResponseEntity.ok(Map.of("ping", true));
			case PlatformReceipt.UnknownPlatform unknown -> Problems.response(Problems.problem(HttpStatus.NOT_FOUND,
					"unknown-platform", "Unknown platform", "no platform '" + unknown.platform() + "'"));
			case PlatformReceipt.Rejected rejected -> Problems.response(Problems.problem(HttpStatus.UNAUTHORIZED,
					"bad-signature", "Signature rejected", "signature does not verify"));
			case PlatformReceipt.Malformed malformed -> Problems.response(Problems.problem(HttpStatus.BAD_REQUEST,
					"malformed-payload", "Malformed payload", malformed.reason()));
			// Not 2xx, so the platform retries; by then the order has usually arrived.
			case PlatformReceipt.OrderUnknown unknown ->
				Problems.response(Problems.problem(HttpStatus.CONFLICT, "order-not-yet-known", "Order not yet known",
						"order " + unknown.orderExternalId() + " has not arrived yet; retry later"));
		};
	}

	private ResponseEntity<Map<String, Object>> ok(String platform, Map<String, Object> answer) {
		Map<String, Object> body = new LinkedHashMap<>(this.inbox.answerFields(platform));
		body.putAll(answer);
		return ResponseEntity.ok(body);
	}

	private ConnectionResponse response(ShopId shop, PlatformConnection connection) {
		String slug = this.shops.get(shop).slug();
		return new ConnectionResponse(connection.platform(), connection.maskedSecret(), connection.baseUrl(),
				connection.maskedAccessToken(), connection.appName(),
				"/hooks/platforms/" + connection.platform() + "/" + slug,
				this.connections.details(shop, connection.platform()), connection.createdAt(), connection.updatedAt());
	}

}
