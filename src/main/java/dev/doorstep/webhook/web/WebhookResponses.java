package dev.doorstep.webhook.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.doorstep.webhook.Delivery;
import dev.doorstep.webhook.Subscription;
import dev.doorstep.webhook.Webhooks;
import org.jspecify.annotations.Nullable;

/**
 * What the webhooks API answers. The secret appears only in the answers to create and
 * rotate.
 */
final class WebhookResponses {

	private WebhookResponses() {
	}

	record SubscriptionResponse(UUID id, String url, List<String> types, boolean enabled, String description,
			@Nullable String disabledReason, Instant createdAt, Instant updatedAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String secret) {

		static SubscriptionResponse of(Subscription subscription) {
			return of(subscription, false);
		}

		static SubscriptionResponse withSecret(Subscription subscription) {
			return of(subscription, true);
		}

		private static SubscriptionResponse of(Subscription s, boolean secret) {
			return new SubscriptionResponse(s.id(), s.url(), s.types(), s.enabled(), s.description(),
					s.disabledReason(), s.createdAt(), s.updatedAt(), secret ? s.secret() : null);
		}

	}

	record AttemptResponse(int number, Instant attemptedAt, @Nullable Integer statusCode, long durationMs,
			@Nullable String error, @Nullable Instant nextAttemptAt) {

		static AttemptResponse of(Delivery.Attempt a) {
			return new AttemptResponse(a.number(), a.attemptedAt(), a.statusCode(), a.durationMs(), a.error(),
					a.nextAttemptAt());
		}

	}

	record DeliveryResponse(UUID id, UUID subscriptionId, UUID eventId, String type, Delivery.Status status,
			int attempts, Instant createdAt, @Nullable Instant nextAttemptAt, Instant giveUpAt,
			@Nullable Integer lastStatusCode, @Nullable String lastError, @Nullable Instant finishedAt,
			@Nullable UUID replayOf, List<AttemptResponse> log) {

		static DeliveryResponse of(Delivery d) {
			return new DeliveryResponse(d.id(), d.subscriptionId(), d.eventId(), d.eventType(), d.status(),
					d.attempts(), d.createdAt(), d.nextAttemptAt(), d.giveUpAt(), d.lastStatusCode(), d.lastError(),
					d.finishedAt(), d.replayOf(), d.log().stream().map(AttemptResponse::of).toList());
		}

	}

	record DeliveryPageResponse(List<DeliveryResponse> deliveries, int page, int size, long totalElements,
			int totalPages) {

		static DeliveryPageResponse of(Webhooks.DeliveryPage page) {
			return new DeliveryPageResponse(page.deliveries().stream().map(DeliveryResponse::of).toList(), page.page(),
					page.size(), page.totalElements(), (int) ((page.totalElements() + page.size() - 1) / page.size()));
		}

	}

	record ReplayResponse(int replayed) {
	}

}
