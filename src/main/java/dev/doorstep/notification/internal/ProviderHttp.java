package dev.doorstep.notification.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP every messaging provider client shares: one client with a timeout, answers as
 * status, body and the {@code Retry-After} a rate limit carries.
 */
public final class ProviderHttp {

	/** A provider's answer. */
	public record Response(int status, String body, @Nullable String retryAfter) {

		public boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

		/**
		 * {@code Retry-After} as a wait: delta seconds or an HTTP date (RFC 9110), or
		 * {@code null} when absent or unreadable.
		 */
		public @Nullable Duration retryAfter(Instant now) {
			if (this.retryAfter == null || this.retryAfter.isBlank()) {
				return null;
			}
			String value = this.retryAfter.strip();
			try {
				return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
			}
			catch (NumberFormatException ex) {
				try {
					Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
					return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
				}
				catch (DateTimeParseException unreadable) {
					return null;
				}
			}
		}

	}

	/**
	 * An HMAC of {@code data}, for verifying providers' webhook signatures.
	 * @param algorithm {@code HmacSHA1} or {@code HmacSHA256}
	 */
	public static byte[] hmac(String algorithm, byte[] key, byte[] data) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance(algorithm);
			mac.init(new javax.crypto.spec.SecretKeySpec(key, algorithm));
			return mac.doFinal(data);
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(algorithm + " is part of every JDK", ex);
		}
	}

	/** Compares signatures in constant time. */
	public static boolean sameSignature(@Nullable String received, String expected) {
		return received != null && java.security.MessageDigest.isEqual(received.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8));
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A JSON answer or webhook body; an empty object when it is not JSON. */
	public static JsonNode json(String body) {
		try {
			return JSON.readTree(body.isBlank() ? "{}" : body);
		}
		catch (JacksonException ex) {
			return JSON.createObjectNode();
		}
	}

	private final HttpClient client;

	private final Duration timeout;

	public ProviderHttp(Duration timeout) {
		this.timeout = timeout;
		this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	/** A request builder with the read timeout set. */
	public HttpRequest.Builder request(java.net.URI uri) {
		return HttpRequest.newBuilder(uri).timeout(this.timeout);
	}

	/**
	 * Sends and reads the whole answer.
	 * @throws IOException when the provider could not be reached or did not answer in
	 * time
	 */
	public Response send(HttpRequest request) throws IOException {
		try {
			HttpResponse<String> response = this.client.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.body(),
					response.headers().firstValue("Retry-After").orElse(null));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

}
