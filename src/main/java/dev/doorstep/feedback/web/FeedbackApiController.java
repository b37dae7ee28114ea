package dev.doorstep.feedback.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.feedback.FeedbackSettings;
import dev.doorstep.feedback.ReviewRequest;
import dev.doorstep.feedback.ReviewRequestStatus;
import dev.doorstep.feedback.ReviewRequests;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.Orders;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's feedback rules ({@code /api/v1/feedback/settings}) and an order's review
 * request: when it is due and why it was or was not sent.
 */
@RestController
class FeedbackApiController {

	private final ReviewRequests requests;

	private final Orders orders;

	FeedbackApiController(ReviewRequests requests, Orders orders) {
		this.requests = requests;
		this.orders = orders;
	}

	/** The rules as JSON; fields left out of a PUT keep their value. */
	record SettingsJson(@Nullable Map<String, Integer> categoryDelays, @Nullable Integer defaultDelayDays,
			@Nullable Boolean requireMarketingConsent, @Nullable Boolean npsEnabled) {

		static SettingsJson of(FeedbackSettings settings) {
			return new SettingsJson(new java.util.TreeMap<>(settings.categoryDelays()), settings.defaultDelayDays(),
					settings.requireMarketingConsent(), settings.npsEnabled());
		}

	}

	@GetMapping("/api/v1/feedback/settings")
	SettingsJson settings(ShopId shop) {
		return SettingsJson.of(this.requests.settings(shop));
	}

	@PutMapping("/api/v1/feedback/settings")
	SettingsJson saveSettings(ShopId shop, @RequestBody SettingsJson body) {
		FeedbackSettings current = this.requests.settings(shop);
		return SettingsJson.of(this.requests.saveSettings(shop,
				new FeedbackSettings((body.categoryDelays() != null) ? body.categoryDelays() : current.categoryDelays(),
						(body.defaultDelayDays() != null) ? body.defaultDelayDays() : current.defaultDelayDays(),
						(body.requireMarketingConsent() != null) ? body.requireMarketingConsent()
								: current.requireMarketingConsent(),
						(body.npsEnabled() != null) ? body.npsEnabled() : current.npsEnabled())));
	}

	/** A review request as the API shows it (no token: that is the shopper's key). */
	record RequestJson(UUID id, UUID orderId, ReviewRequestStatus status, @Nullable String reason,
			LocalDate deliveredOn, int delayDays, String delaySource, Instant dueAt, @Nullable Instant decidedAt,
			Instant createdAt) {

		static RequestJson of(ReviewRequest r) {
			return new RequestJson(r.id(), r.orderId().value(), r.status(), r.reason(), r.deliveredOn(), r.delayDays(),
					r.delaySource(), r.dueAt(), r.decidedAt(), r.createdAt());
		}

	}

	/**
	 * The order's review request ({@code reviewRequests} is empty until the order is
	 * fully delivered); 404 for an order of another shop.
	 */
	@GetMapping("/api/v1/orders/{id}/review-requests")
	Map<String, Object> forOrder(ShopId shop, @PathVariable UUID id) {
		OrderId order = new OrderId(id);
		if (this.orders.find(shop, order).isEmpty()) {
			throw new NotFoundException("Order", id);
		}
		List<RequestJson> found = this.requests.forOrder(shop, order).stream().map(RequestJson::of).toList();
		return Map.of("orderId", id, "reviewRequests", found);
	}

}
