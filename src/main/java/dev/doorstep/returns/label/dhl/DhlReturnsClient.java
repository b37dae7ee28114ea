package dev.doorstep.returns.label.dhl;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * HTTP to the Parcel DE Returns API, nothing else: no mapping, and I/O failures become
 * {@link Outcome.Unreachable} instead of exceptions.
 */
final class DhlReturnsClient {

	/** An answer to map, or no answer at all. */
	sealed interface Outcome {

		record Answered(int status, String body) implements Outcome {
		}

		record Unreachable(String reason) implements Outcome {
		}

	}

	private final HttpClient http;

	private final String baseUrl;

	private final String tokenUrl;

	private final Duration timeout;

	DhlReturnsClient(String baseUrl, String tokenUrl, Duration timeout) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.tokenUrl = tokenUrl;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
	}

	/**
	 * {@code POST /orders?labelType=BOTH}: the shipment label and the QR code for
	 * label-less drop-off in one call.
	 * @param authorization the {@code Authorization} header's value (Basic or Bearer)
	 */
	Outcome createOrder(String json, String apiKey, String authorization) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + "/orders?labelType=BOTH"))
			.timeout(this.timeout)
			.header("dhl-api-key", apiKey)
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build());
	}

	/** The OAuth2 password grant of DHL's Parcel DE account API. */
	Outcome token(String clientId, String clientSecret, String username, String password) {
		String form = Map
			.of("grant_type", "password", "client_id", clientId, "client_secret", clientSecret, "username", username,
					"password", password)
			.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.sorted()
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.tokenUrl))
			.timeout(this.timeout)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
			.build());
	}

	private Outcome send(HttpRequest request) {
		try {
			HttpResponse<String> response = this.http.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Outcome.Answered(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			return new Outcome.Unreachable(
					"no answer from " + request.uri().getHost() + ": " + ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Outcome.Unreachable("interrupted");
		}
	}

}
