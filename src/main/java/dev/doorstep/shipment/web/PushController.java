package dev.doorstep.shipment.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.doorstep.runtime.Problems;
import dev.doorstep.shipment.push.PushInbox;
import dev.doorstep.shipment.push.PushReceipt;
import dev.doorstep.shipment.push.PushRequest;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhooks from aggregators and carriers. Authenticated by the source's signature over
 * the raw body, so the body is taken as bytes, never re-serialized.
 */
@RestController
class PushController {

	private final PushInbox inbox;

	PushController(PushInbox inbox) {
		this.inbox = inbox;
	}

	@PostMapping("/hooks/carriers/{code}/{shopSlug}")
	ResponseEntity<?> push(@PathVariable String code, @PathVariable String shopSlug,
			@RequestBody(required = false) byte[] body, HttpServletRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		for (String name : java.util.Collections.list(request.getHeaderNames())) {
			headers.put(name, request.getHeader(name));
		}
		PushReceipt receipt = this.inbox.receive(code, shopSlug,
				new PushRequest(headers, body == null ? new byte[0] : body, request.getRequestURI()));
		return switch (receipt) {
			case PushReceipt.Accepted accepted -> ResponseEntity.status(HttpStatus.ACCEPTED)
				.body(Map.of("deliveryId", accepted.deliveryId(), "trackings", accepted.trackings(), "duplicate",
						false));
			case PushReceipt.Duplicate duplicate ->
				ResponseEntity.ok(Map.of("deliveryId", duplicate.deliveryId(), "duplicate", true));
			case PushReceipt.UnknownSource unknown -> Problems.response(Problems.problem(HttpStatus.NOT_FOUND,
					"unknown-push-source", "Unknown push source", "no push source '" + unknown.code() + "'"));
			case PushReceipt.Rejected rejected -> Problems.response(Problems.problem(HttpStatus.UNAUTHORIZED,
					"bad-signature", "Signature rejected", rejected.reason()));
			case PushReceipt.Malformed malformed -> Problems.response(Problems.problem(HttpStatus.BAD_REQUEST,
					"malformed-payload", "Malformed payload", malformed.reason()));
		};
	}

}
