package dev.doorstep.shipment.carrier;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OAuth 2.0 client-credentials tokens (RFC 6749 §4.4), cached per client until shortly
 * before they expire, so a poll costs one call, not two. UPS, FedEx, USPS and Hermes
 * issue tokens this way; they differ only in how the client authenticates.
 */
public final class OAuthTokens {

	/** How the client proves who it is at the token endpoint. */
	public enum ClientAuthentication {

		/** {@code Authorization: Basic base64(id:secret)} (UPS). */
		BASIC,
		/** {@code client_id} and {@code client_secret} in the form body (FedEx, USPS). */
		FORM

	}

	/** A token, or why there is none. */
	public sealed interface Result {

		record Token(String accessToken) implements Result {
		}

		record Failure(TrackingResult result) implements Result {
		}

	}

	private record Cached(String token, Instant expiresAt) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// Tokens usually live an hour or more; renewing a minute early avoids a 401 mid-poll.
	private static final Duration EARLY = Duration.ofSeconds(60);

	private final CarrierHttp http;

	private final String carrierName;

	private final ClientAuthentication authentication;

	private final Clock clock;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	public OAuthTokens(CarrierHttp http, String carrierName, ClientAuthentication authentication, Clock clock) {
		this.http = http;
		this.carrierName = carrierName;
		this.authentication = authentication;
		this.clock = clock;
	}

	/**
	 * A valid token for this client.
	 * @param extraForm more form fields the carrier wants (e.g. a {@code scope})
	 */
	public Result token(URI tokenUri, String clientId, String clientSecret, Map<String, String> extraForm) {
		String key = tokenUri + "\u0000" + clientId;
		Cached cached = this.cache.get(key);
		Instant now = this.clock.instant();
		if (cached != null && now.isBefore(cached.expiresAt())) {
			return new Result.Token(cached.token());
		}
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "client_credentials");
		if (this.authentication == ClientAuthentication.FORM) {
			form.put("client_id", clientId);
			form.put("client_secret", clientSecret);
		}
		form.putAll(extraForm);
		HttpRequest.Builder request = this.http.request(tokenUri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)));
		if (this.authentication == ClientAuthentication.BASIC) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)));
		}
		return switch (this.http.send(request.build())) {
			case CarrierHttp.Outcome.Unreachable unreachable -> new Result.Failure(unreachable.failure());
			case CarrierHttp.Outcome.Answered answered -> read(key, answered.response(), now);
		};
	}

	/** Forgets a token the carrier refused, so the next call fetches a new one. */
	public void invalidate(URI tokenUri, String clientId) {
		this.cache.remove(tokenUri + "\u0000" + clientId);
	}

	private Result read(String key, CarrierHttp.Response response, Instant now) {
		if (!response.ok()) {
			TrackingResult common = CarrierHttp.common(response, this.carrierName, this.clock);
			if (common != null) {
				return new Result.Failure(common);
			}
			// 400 invalid_client and friends: the credentials are wrong.
			return new Result.Failure(new TrackingResult.Unauthorized(this.carrierName + " refused the token request ("
					+ response.status() + "): " + CarrierHttp.excerpt(response.body())));
		}
		try {
			JsonNode body = JSON.readTree(response.body());
			String token = body.path("access_token").asString("");
			if (token.isEmpty()) {
				return new Result.Failure(
						new TrackingResult.Failed(this.carrierName + " token answer without access_token", false));
			}
			long expiresIn = body.path("expires_in").asLong(3600);
			this.cache.put(key, new Cached(token, now.plusSeconds(expiresIn).minus(EARLY)));
			return new Result.Token(token);
		}
		catch (JacksonException ex) {
			return new Result.Failure(new TrackingResult.Failed(this.carrierName + " token answer is not JSON", true));
		}
	}

	private static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

}
