package dev.doorstep.notification.channel.webpush;

import java.util.Map;
import java.util.UUID;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Consents;
import dev.doorstep.notification.Topic;
import dev.doorstep.runtime.OutboundUrls;
import dev.doorstep.runtime.ConflictException;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tracking page's push opt-in ({@code /assets/tracking/push.js}). The random tracking
 * token authorizes the call, as it authorizes seeing the page; subscribing records the
 * opt-in in the consent ledger, unsubscribing the last browser withdraws it.
 */
@RestController
class PushSubscriptionController {

	/** The browser's {@code PushSubscription.toJSON()}. */
	record SubscriptionRequest(@NotBlank @Size(max = 2000) String endpoint, @Nullable Long expirationTime,
			@NotNull @Valid Keys keys) {
	}

	record Keys(@NotBlank @Size(max = 200) String p256dh, @NotBlank @Size(max = 100) String auth) {
	}

	record UnsubscribeRequest(@NotBlank @Size(max = 2000) String endpoint) {
	}

	private static final String SOURCE = "tracking-page";

	private final Shipments shipments;

	private final PushSubscriptions subscriptions;

	private final Consents consents;

	private final VapidKeys keys;

	private final WebPushProperties properties;

	PushSubscriptionController(Shipments shipments, PushSubscriptions subscriptions, Consents consents, VapidKeys keys,
			WebPushProperties properties) {
		this.shipments = shipments;
		this.subscriptions = subscriptions;
		this.consents = consents;
		this.keys = keys;
		this.properties = properties;
	}

	/** The VAPID public key for {@code pushManager.subscribe(applicationServerKey)}. */
	@GetMapping("/t/{token}/push/key")
	Map<String, String> key(@PathVariable String token) {
		shipment(token);
		return Map.of("publicKey", this.keys.pair().publicKeyBase64());
	}

	@PostMapping("/t/{token}/push")
	@Transactional
	ResponseEntity<Map<String, Object>> subscribe(@PathVariable String token,
			@Valid @RequestBody SubscriptionRequest request) {
		Shipment shipment = shipment(token);
		String endpoint = endpoint(request.endpoint());
		byte[] p256dh = decode("keys.p256dh", request.keys().p256dh());
		byte[] auth = decode("keys.auth", request.keys().auth());
		try {
			WebPushCrypto.decodePoint(p256dh);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException("keys.p256dh", "must be an uncompressed P-256 public key");
		}
		if (auth.length != 16) {
			throw new InvalidRequestException("keys.auth", "must be 16 bytes");
		}
		if (this.subscriptions.countActive(shipment.shopId(), shipment.orderId()) >= this.properties
			.maxSubscriptionsPerOrder()) {
			throw new ConflictException("endpoint", "too many browsers subscribed to this order");
		}
		UUID id = this.subscriptions.subscribe(shipment.shopId(), shipment.orderId(), endpoint,
				WebPushCrypto.base64Url(p256dh), WebPushCrypto.base64Url(auth));
		String contact = PushDirectory.address(shipment.orderId());
		// A second browser of the same order adds no new agreement to the ledger.
		if (!this.consents.allows(shipment.shopId(), contact, Channel.PUSH, Topic.TRANSACTIONAL)) {
			this.consents.grant(shipment.shopId(), contact, Channel.PUSH, Topic.TRANSACTIONAL, SOURCE, proof(token));
		}
		return ResponseEntity.status(201).body(Map.of("id", id, "subscribed", true));
	}

	@DeleteMapping("/t/{token}/push")
	@Transactional
	ResponseEntity<Void> unsubscribe(@PathVariable String token, @Valid @RequestBody UnsubscribeRequest request) {
		Shipment shipment = shipment(token);
		boolean revoked = this.subscriptions.revoke(shipment.shopId(), shipment.orderId(), request.endpoint().strip());
		// Other browsers of the same order keep their opt-in; the last one takes it
		// back.
		if (revoked && this.subscriptions.countActive(shipment.shopId(), shipment.orderId()) == 0) {
			this.consents.withdraw(shipment.shopId(), PushDirectory.address(shipment.orderId()), Channel.PUSH,
					Topic.TRANSACTIONAL, SOURCE, proof(token));
		}
		return ResponseEntity.noContent().build();
	}

	private Shipment shipment(String token) {
		return this.shipments.findByToken(token).orElseThrow(() -> new NotFoundException("Tracking page", token));
	}

	private String endpoint(String raw) {
		return OutboundUrls.web(raw, this.properties.allowHttpEndpoints())
			.orElseThrow(() -> new InvalidRequestException("endpoint", "must be an https URL of a push service"))
			.toString();
	}

	private static byte[] decode(String field, String value) {
		try {
			return WebPushCrypto.base64UrlDecode(value);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRequestException(field, "must be base64url");
		}
	}

	/** Enough of the token to find the page again, not enough to open it. */
	private static String proof(String token) {
		return "token " + token.substring(0, Math.min(8, token.length())) + "…";
	}

}
