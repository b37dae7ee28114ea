package dev.doorstep.order.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.doorstep.order.platform.shopware.ShopwareRegistrations;
import dev.doorstep.runtime.Problems;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The Shopware app registration handshake: the manifest's {@code <registrationUrl>} is
 * {@code /hooks/platforms/shopware/{shopSlug}/register}; the answer names
 * {@code .../register/confirm} as the confirmation URL. Both are authenticated by
 * signature (app secret, then the new shop secret), not by API key.
 */
@RestController
class ShopwareRegistrationController {

	private final ShopwareRegistrations registrations;

	private final Environment environment;

	ShopwareRegistrationController(ShopwareRegistrations registrations, Environment environment) {
		this.registrations = registrations;
		this.environment = environment;
	}

	@GetMapping("/hooks/platforms/shopware/{shopSlug}/register")
	ResponseEntity<?> register(@PathVariable String shopSlug, HttpServletRequest request) {
		ShopwareRegistrations.Registration registration = this.registrations.register(shopSlug,
				request.getQueryString(), request.getHeader("shopware-app-signature"),
				request.getHeader("shopware-shop-signature"));
		return switch (registration) {
			case ShopwareRegistrations.Registration.Proof proof -> {
				Map<String, Object> body = new LinkedHashMap<>();
				body.put("proof", proof.proof());
				body.put("secret", proof.secret());
				body.put("confirmation_url", base() + "/hooks/platforms/shopware/" + shopSlug + "/register/confirm");
				yield ResponseEntity.ok(body);
			}
			case ShopwareRegistrations.Registration.Rejected rejected -> rejected();
			case ShopwareRegistrations.Registration.Invalid invalid -> Problems.response(Problems
				.problem(HttpStatus.BAD_REQUEST, "invalid-registration", "Invalid registration", invalid.reason()));
		};
	}

	@PostMapping("/hooks/platforms/shopware/{shopSlug}/register/confirm")
	ResponseEntity<?> confirm(@PathVariable String shopSlug, @RequestBody(required = false) byte[] body,
			HttpServletRequest request) {
		ShopwareRegistrations.Confirmation confirmation = this.registrations.confirm(shopSlug,
				body == null ? new byte[0] : body, request.getHeader("shopware-shop-signature"),
				request.getHeader("shopware-shop-signature-previous"));
		return switch (confirmation) {
			case ShopwareRegistrations.Confirmation.Confirmed confirmed -> ResponseEntity.noContent().build();
			case ShopwareRegistrations.Confirmation.Rejected rejected -> rejected();
			case ShopwareRegistrations.Confirmation.Invalid invalid -> Problems.response(Problems
				.problem(HttpStatus.BAD_REQUEST, "invalid-registration", "Invalid registration", invalid.reason()));
		};
	}

	private static ResponseEntity<?> rejected() {
		return Problems.response(Problems.problem(HttpStatus.UNAUTHORIZED, "bad-signature", "Signature rejected",
				"signature does not verify"));
	}

	/**
	 * The configured public base URL (the one tracking links use), else this request's:
	 * Shopware calls the confirmation URL from outside.
	 */
	private String base() {
		String configured = this.environment.getProperty("doorstep.shipment.public-base-url", "");
		if (configured.isBlank()) {
			configured = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		}
		return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

}
