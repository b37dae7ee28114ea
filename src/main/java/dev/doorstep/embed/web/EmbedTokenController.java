package dev.doorstep.embed.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.embed.internal.EmbedProperties;
import dev.doorstep.embed.internal.EmbedTokens;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/embed/tokens}: the shop's backend asks, with its API key, for a
 * short-lived token that lets the orders widget on its customer account page show one
 * customer's orders. The token goes into the page, never the API key.
 */
@RestController
class EmbedTokenController {

	record TokenRequest(@Nullable @Email @Size(max = 254) String customerEmail,
			@Nullable @Size(min = 1, max = 200) String customerId, @Nullable Long ttlSeconds) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	private final EmbedTokens tokens;

	private final EmbedProperties properties;

	EmbedTokenController(EmbedTokens tokens, EmbedProperties properties) {
		this.tokens = tokens;
		this.properties = properties;
	}

	@PostMapping("/api/v1/embed/tokens")
	ResponseEntity<TokenResponse> issue(ShopId shop, @Valid @RequestBody TokenRequest request) {
		List<FieldViolation> violations = new ArrayList<>();
		boolean byEmail = request.customerEmail() != null && !request.customerEmail().isBlank();
		boolean byId = request.customerId() != null && !request.customerId().isBlank();
		if (byEmail == byId) {
			violations.add(new FieldViolation("customerEmail", "give exactly one of customerEmail and customerId"));
		}
		Duration ttl = (request.ttlSeconds() != null) ? Duration.ofSeconds(request.ttlSeconds())
				: this.properties.defaultTtl();
		if (ttl.compareTo(Duration.ofSeconds(10)) < 0 || ttl.compareTo(this.properties.maxTtl()) > 0) {
			violations.add(new FieldViolation("ttlSeconds",
					"must be between 10 and " + this.properties.maxTtl().toSeconds() + " seconds"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		EmbedTokens.Issued issued = byId ? this.tokens.issue(shop, request.customerId().strip(), null, ttl)
				: this.tokens.issue(shop, null, Orders.emailKey(request.customerEmail()), ttl);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(new TokenResponse(issued.token(), issued.expiresAt()));
	}

}
