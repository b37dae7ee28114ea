package dev.doorstep.notification.web;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Receipts;
import dev.doorstep.notification.internal.Links;
import dev.doorstep.notification.internal.MessageRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Opens and clicks of emails, for shops that turned them on: the open pixel and the
 * signed click redirect. Neither reveals anything: an unknown or forged link answers 404,
 * never a redirect to an address that Doorstep did not sign.
 */
@RestController
class EngagementController {

	private static final byte[] PIXEL = Base64.getDecoder()
		.decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

	private final Links links;

	private final MessageRepository messages;

	private final Receipts receipts;

	EngagementController(Links links, MessageRepository messages, Receipts receipts) {
		this.links = links;
		this.messages = messages;
		this.receipts = receipts;
	}

	@GetMapping("/n/o/{token}.gif")
	ResponseEntity<byte[]> open(@PathVariable String token) {
		message(token).ifPresent(message -> this.receipts.recordEngagement(message.shop(), message.message().id(),
				MessageStatus.OPENED));
		// The same pixel either way: a probe learns nothing.
		return ResponseEntity.ok().contentType(MediaType.IMAGE_GIF).cacheControl(CacheControl.noStore()).body(PIXEL);
	}

	@GetMapping("/n/c/{token}")
	ResponseEntity<Void> click(@PathVariable String token, @RequestParam("u") String target,
			@RequestParam(name = "s", required = false) @Nullable String signature) {
		Optional<MessageRepository.Claimed> message = message(token);
		if (message.isEmpty() || !this.links.verifyClick(message.get().message().id(), target, signature)) {
			return ResponseEntity.notFound().build();
		}
		this.receipts.recordEngagement(message.get().shop(), message.get().message().id(), MessageStatus.CLICKED);
		return ResponseEntity.status(302)
			.header(HttpHeaders.LOCATION, target)
			.cacheControl(CacheControl.noStore())
			.build();
	}

	private Optional<MessageRepository.Claimed> message(String token) {
		Optional<UUID> id = this.links.verify(token);
		return id.isEmpty() ? Optional.empty() : this.messages.findAnyShop(id.get());
	}

}
