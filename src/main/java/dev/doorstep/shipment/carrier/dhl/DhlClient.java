package dev.doorstep.shipment.carrier.dhl;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.doorstep.shipment.carrier.CarrierHttp;
import org.jspecify.annotations.Nullable;

/**
 * HTTP to the Unified Tracking API, nothing else. Used by every carrier code that DHL's
 * unified tracking serves (DHL, Deutsche Post).
 */
public final class DhlClient {

	private final CarrierHttp http;

	private final String baseUrl;

	public DhlClient(String baseUrl, Duration timeout) {
		this.http = new CarrierHttp(timeout);
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * {@code GET /track/shipments} for one number.
	 * @param service the Unified API service, or blank to let DHL search all of them
	 * @param postcode the recipient's postcode: DHL returns more detail with it
	 */
	public CarrierHttp.Outcome track(String apiKey, String trackingNumber, String service, String language,
			@Nullable String postcode) {
		StringBuilder query = new StringBuilder("trackingNumber=").append(encode(trackingNumber));
		if (!service.isBlank()) {
			query.append("&service=").append(encode(service));
		}
		if (!language.isBlank()) {
			query.append("&language=").append(encode(language));
		}
		if (postcode != null && !postcode.isBlank()) {
			query.append("&recipientPostalCode=").append(encode(postcode));
		}
		return this.http.send(this.http.request(URI.create(this.baseUrl + "/track/shipments?" + query))
			.header("DHL-API-Key", apiKey)
			.header("Accept", "application/json")
			.GET()
			.build());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
	}

}
