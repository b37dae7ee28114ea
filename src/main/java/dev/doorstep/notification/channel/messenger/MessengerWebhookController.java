package dev.doorstep.notification.channel.messenger;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.doorstep.notification.channel.Signatures;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.runtime.Problems;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Messenger's side of the conversation: the webhook Meta calls (subscription handshake,
 * then events signed with the app secret in {@code X-Hub-Signature-256}), and the
 * tracking page's "Get updates in Messenger" link, which redirects to
 * {@code https://m.me/<page>?ref=<signed order reference>}.
 */
@RestController
class MessengerWebhookController {

	private final MessengerProperties properties;

	private final MessengerInbox inbox;

	private final Shipments shipments;

	MessengerWebhookController(MessengerProperties properties, MessengerInbox inbox, Shipments shipments) {
		this.properties = properties;
		this.inbox = inbox;
		this.shipments = shipments;
	}

	/** Meta's verification request when the webhook is set up. */
	@GetMapping(path = "/hooks/notify/messenger", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) @Nullable String mode,
			@RequestParam(name = "hub.verify_token", required = false) @Nullable String token,
			@RequestParam(name = "hub.challenge", required = false) @Nullable String challenge) {
		String expected = this.properties.verifyToken();
		if ("subscribe".equals(mode) && !expected.isBlank() && token != null && Signatures.sameText(expected, token)
				&& challenge != null) {
			return ResponseEntity.ok(challenge);
		}
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body("verification failed");
	}

	@PostMapping("/hooks/notify/messenger")
	ResponseEntity<?> receive(@RequestBody byte[] body,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) @Nullable String signature) {
		String secret = this.properties.appSecret();
		if (secret.isBlank() || signature == null
				|| !Signatures.sameText("sha256=" + Signatures.hmacSha256Hex(secret, body), signature.strip())) {
			return Problems.response(Problems.problem(HttpStatus.UNAUTHORIZED, "invalid-signature", "Invalid signature",
					"X-Hub-Signature-256 does not match the body"));
		}
		List<MessengerMapper.Event> events;
		try {
			events = MessengerMapper.events(body);
		}
		catch (JacksonException ex) {
			return Problems.response(
					Problems.problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "body is not JSON"));
		}
		this.inbox.apply(events);
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("EVENT_RECEIVED");
	}

	/** The tracking page's Messenger link: works without JavaScript. */
	@GetMapping("/t/{token}/messenger")
	ResponseEntity<Void> link(@PathVariable String token) {
		Shipment shipment = this.shipments.findByToken(token)
			.orElseThrow(() -> new NotFoundException("Tracking page", token));
		if (!this.properties.configured()) {
			throw new NotFoundException("Messenger", "link");
		}
		String ref = MessengerMapper.ref(new MessengerMapper.OrderRef(shipment.shopId(), shipment.orderId()),
				this.properties.appSecret());
		URI target = URI.create("https://m.me/" + URLEncoder.encode(this.properties.pageId(), StandardCharsets.UTF_8)
				+ "?ref=" + URLEncoder.encode(ref, StandardCharsets.UTF_8));
		return ResponseEntity.status(HttpStatus.FOUND).location(target).build();
	}

}
