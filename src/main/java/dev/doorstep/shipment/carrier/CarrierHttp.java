package dev.doorstep.shipment.carrier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * The HTTP every carrier client shares: one timeout, bodies as UTF-8 strings, and the
 * answers that mean the same for every carrier (401, 429, 5xx, I/O) turned into
 * {@link TrackingResult}s.
 */
public final class CarrierHttp {

	/** Status, body and {@code Retry-After} exactly as the carrier sent them. */
	public record Response(int status, String body, @Nullable String retryAfter) {

		public boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

	}

	/**
	 * What a call came back with: an answer to map, or a failure that needs no mapping.
	 */
	public sealed interface Outcome {

		record Answered(Response response) implements Outcome {
		}

		record Unreachable(TrackingResult.Failed failure) implements Outcome {
		}

	}

	private final HttpClient http;

	private final Duration timeout;

	public CarrierHttp(Duration timeout) {
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
	}

	/**
	 * A request builder with the timeout set; add headers and the method, then
	 * {@link #send}.
	 */
	public HttpRequest.Builder request(URI uri) {
		return HttpRequest.newBuilder(uri).timeout(this.timeout);
	}

	public Outcome send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Outcome.Answered(new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Retry-After").orElse(null)));
		}
		catch (IOException ex) {
			return new Outcome.Unreachable(
					new TrackingResult.Failed("no answer from " + request.uri().getHost() + ": " + ex, true));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome.Unreachable(new TrackingResult.Failed("interrupted", true));
		}
	}

	/**
	 * The meaning of an error status that is the same at every carrier, or {@code null}
	 * when the carrier's body has to decide (404, 400 and other 4xx).
	 */
	public static @Nullable TrackingResult common(Response response, String carrierName, Clock clock) {
		int status = response.status();
		if (status == 401 || status == 403) {
			return new TrackingResult.Unauthorized(carrierName + " refused the credentials (" + status + ")");
		}
		if (status == 429) {
			return new TrackingResult.RateLimited(retryAfter(response.retryAfter(), clock));
		}
		if (status == 503 && response.retryAfter() != null) {
			return new TrackingResult.RateLimited(retryAfter(response.retryAfter(), clock));
		}
		if (status >= 500) {
			return new TrackingResult.Failed(carrierName + " answered " + status, true);
		}
		return null;
	}

	/**
	 * {@code Retry-After} as delta-seconds or HTTP-date (RFC 9110 §10.2.3); {@code null}
	 * when absent or unreadable.
	 */
	public static @Nullable Duration retryAfter(@Nullable String header, Clock clock) {
		if (header == null || header.isBlank()) {
			return null;
		}
		String value = header.strip();
		try {
			return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
		}
		catch (NumberFormatException notSeconds) {
			try {
				Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(clock.instant(), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException notDate) {
				return null;
			}
		}
	}

	/** The start of a body for an error message, never more than 200 characters. */
	public static String excerpt(String body) {
		String trimmed = body.strip();
		return trimmed.length() > 200 ? trimmed.substring(0, 200) + "…" : trimmed;
	}

}
