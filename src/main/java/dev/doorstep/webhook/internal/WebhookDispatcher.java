package dev.doorstep.webhook.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.random.RandomGenerator;

import dev.doorstep.runtime.OutboundUrls;
import dev.doorstep.webhook.Delivery;
import dev.doorstep.webhook.Subscription;
import dev.doorstep.webhook.WebhookSignatures;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: claims a batch with a lease, POSTs each (several at once, on
 * virtual threads) and records the attempt. 2xx is delivered; 410 Gone fails the delivery
 * and switches the subscription off; other 4xx except 408 and 429, redirects and
 * addresses inside the installation's network fail for good; everything else is retried
 * with {@link Backoff} until the retry window is over.
 */
@Component
public class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	/** A stored error is for people reading the log, not a dump. */
	private static final int MAX_ERROR = 300;

	/** How one POST went. */
	private sealed interface Outcome {

		record Delivered(int status) implements Outcome {
		}

		record Gone(int status) implements Outcome {
		}

		record Refused(@Nullable Integer status, String error) implements Outcome {
		}

		record Retry(@Nullable Integer status, String error, @Nullable Duration retryAfter) implements Outcome {
		}

	}

	private final DeliveryRepository deliveries;

	private final SubscriptionRepository subscriptions;

	private final EndpointClient client;

	private final WebhookProperties properties;

	private final Backoff backoff;

	private final Clock clock;

	WebhookDispatcher(DeliveryRepository deliveries, SubscriptionRepository subscriptions, EndpointClient client,
			WebhookProperties properties, Clock clock) {
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.client = client;
		this.properties = properties;
		this.clock = clock;
		this.backoff = new Backoff(properties.firstRetry(), properties.maxRetryDelay(), RandomGenerator.getDefault());
	}

	/**
	 * Sends one batch of due deliveries.
	 * @return how many were claimed
	 */
	public int dispatchDue() {
		Instant now = this.clock.instant();
		List<DeliveryRepository.Due> due = this.deliveries.claimDue(now, this.properties.batchSize(),
				now.plus(this.properties.lease()));
		if (due.isEmpty()) {
			return 0;
		}
		Semaphore slots = new Semaphore(Math.max(1, this.properties.concurrency()));
		try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
			for (DeliveryRepository.Due delivery : due) {
				pool.execute(() -> {
					slots.acquireUninterruptibly();
					try {
						send(delivery);
					}
					catch (RuntimeException ex) {
						// The lease runs out and the next round takes it again.
						log.warn("Webhook delivery {} could not be sent", delivery.id(), ex);
					}
					finally {
						slots.release();
					}
				});
			}
		}
		return due.size();
	}

	private void send(DeliveryRepository.Due due) {
		Optional<Subscription> subscription = this.subscriptions.find(due.shop(), due.subscriptionId());
		Instant started = this.clock.instant();
		long startedNanos = System.nanoTime();
		Outcome outcome = subscription.isPresent() && subscription.get().enabled() ? post(subscription.get(), due)
				: new Outcome.Refused(null, "the subscription is disabled");
		long durationMs = (System.nanoTime() - startedNanos) / 1_000_000;
		Instant finished = this.clock.instant();
		int number = due.attempts() + 1;
		switch (outcome) {
			case Outcome.Delivered delivered -> record(due, Delivery.Status.DELIVERED,
					new Delivery.Attempt(number, started, delivered.status(), durationMs, null, null));
			case Outcome.Gone gone -> {
				this.subscriptions.disable(due.shop(), due.subscriptionId(), "the endpoint answered 410 Gone",
						finished);
				record(due, Delivery.Status.FAILED,
						new Delivery.Attempt(number, started, gone.status(), durationMs, "410 Gone", null));
			}
			case Outcome.Refused refused -> record(due, Delivery.Status.FAILED,
					new Delivery.Attempt(number, started, refused.status(), durationMs, clip(refused.error()), null));
			case Outcome.Retry retry -> {
				Instant next = this.backoff.next(number, finished, due.giveUpAt(), retry.retryAfter());
				String error = next == null ? clip(retry.error() + "; retry window over") : clip(retry.error());
				record(due, next == null ? Delivery.Status.FAILED : Delivery.Status.PENDING,
						new Delivery.Attempt(number, started, retry.status(), durationMs, error, next));
			}
		}
	}

	private void record(DeliveryRepository.Due due, Delivery.Status status, Delivery.Attempt attempt) {
		this.deliveries.recordAttempt(due, status, attempt);
		log.info("Webhook delivery {} attempt {}: {} ({})", due.id(), attempt.number(), status,
				attempt.statusCode() == null ? "no response" : attempt.statusCode());
	}

	private Outcome post(Subscription subscription, DeliveryRepository.Due due) {
		URI url = URI.create(subscription.url());
		if (!this.properties.allowLocalEndpoints()) {
			OutboundUrls.Reach reach = OutboundUrls.reach(url.getHost());
			if (reach == OutboundUrls.Reach.INTERNAL) {
				return new Outcome.Refused(null, "the host resolves to an address inside this installation's network");
			}
			if (reach == OutboundUrls.Reach.UNRESOLVED) {
				return new Outcome.Retry(null, "the host does not resolve", null);
			}
		}
		byte[] body = due.body().getBytes(StandardCharsets.UTF_8);
		String signature = WebhookSignatures.sign(subscription.secret(), this.clock.instant(), body);
		try {
			EndpointClient.Response response = this.client.post(url, body, signature, due.id());
			int status = response.status();
			if (status >= 200 && status < 300) {
				return new Outcome.Delivered(status);
			}
			if (status == 410) {
				return new Outcome.Gone(status);
			}
			if (status == 408 || status == 429 || status >= 500) {
				return new Outcome.Retry(status, "answered " + status,
						OutboundUrls.retryAfter(response.retryAfter().orElse(null)));
			}
			return new Outcome.Refused(status,
					status < 400 ? "answered " + status + " (redirects are not followed)" : "answered " + status);
		}
		catch (HttpTimeoutException ex) {
			return new Outcome.Retry(null, "no answer within " + this.properties.timeout().toSeconds() + " s", null);
		}
		catch (IOException ex) {
			return new Outcome.Retry(null, "unreachable: " + ex.getClass().getSimpleName(), null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome.Retry(null, "interrupted", null);
		}
	}

	private static String clip(String error) {
		return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
	}

}
