package dev.doorstep.notification.channel.whatsapp;

import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Receipts;
import dev.doorstep.notification.internal.Keywords;
import dev.doorstep.notification.internal.ProviderHttp;
import dev.doorstep.runtime.Problems;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Cloud API's webhook. {@code GET} answers Meta's subscription handshake with the
 * challenge when the verify token matches; {@code POST} takes status notifications,
 * verified by {@code X-Hub-Signature-256} over the raw body (so it is read as bytes,
 * never re-serialized), and turns them into receipts: read counts as opened. A shopper's
 * text STOP (or START) changes the consent ledger like an SMS keyword does. Meta retries
 * until it gets a 200; receipts never move a message back and a repeated STOP adds
 * nothing, so repeats are harmless.
 */
@RestController
class WhatsAppHooks {

	static final String PATH = "/hooks/notify/whatsapp";

	private final WhatsAppProperties properties;

	private final Receipts receipts;

	private final Keywords keywords;

	WhatsAppHooks(WhatsAppProperties properties, Receipts receipts, Keywords keywords) {
		this.properties = properties;
		this.receipts = receipts;
		this.keywords = keywords;
	}

	@GetMapping(path = PATH)
	ResponseEntity<?> verify(@RequestParam(name = "hub.mode", required = false) @Nullable String mode,
			@RequestParam(name = "hub.verify_token", required = false) @Nullable String token,
			@RequestParam(name = "hub.challenge", required = false) @Nullable String challenge) {
		if ("subscribe".equals(mode) && challenge != null && !this.properties.verifyToken().isBlank()
				&& ProviderHttp.sameSignature(token, this.properties.verifyToken())) {
			return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(challenge);
		}
		return Problems.response(Problems.problem(HttpStatus.FORBIDDEN, "bad-verify-token", "Verification refused",
				"hub.verify_token does not match"));
	}

	@PostMapping(path = PATH)
	ResponseEntity<?> notification(@RequestBody(required = false) byte @Nullable [] body,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) @Nullable String signature) {
		byte[] raw = body == null ? new byte[0] : body;
		if (this.properties.appSecret().isBlank()
				|| !ProviderHttp.sameSignature(signature, WhatsAppMapper.signature(this.properties.appSecret(), raw))) {
			return Problems.response(Problems.problem(HttpStatus.UNAUTHORIZED, "bad-signature", "Signature rejected",
					"X-Hub-Signature-256 does not match the body"));
		}
		JsonNode payload = WhatsAppMapper.read(raw);
		if (payload == null) {
			return Problems.response(Problems.problem(HttpStatus.BAD_REQUEST, "malformed-payload", "Malformed payload",
					"the body is not JSON"));
		}
		int applied = 0;
		for (WhatsAppMapper.Status status : WhatsAppMapper.statuses(payload)) {
			if (this.receipts.record(WhatsAppMapper.PROVIDER, status.id(), status.status(), status.detail())) {
				applied++;
			}
		}
		for (WhatsAppMapper.Inbound inbound : WhatsAppMapper.inbound(payload)) {
			this.keywords.receive(Channel.WHATSAPP, inbound.from(), inbound.text(), "inbound WhatsApp " + inbound.id());
		}
		return ResponseEntity.ok(java.util.Map.of("applied", applied));
	}

}
