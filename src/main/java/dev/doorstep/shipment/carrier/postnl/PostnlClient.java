package dev.doorstep.shipment.carrier.postnl;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.doorstep.shipment.carrier.CarrierHttp;

/** HTTP to the PostNL Shippingstatus API; no mapping here. */
class PostnlClient {

	static final String STATUS_PATH = "/shipment/v2/status/barcode/";

	private final CarrierHttp http;

	private final String baseUrl;

	private final String language;

	PostnlClient(String baseUrl, String language, Duration timeout) {
		this.http = new CarrierHttp(timeout);
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.language = language;
	}

	CarrierHttp.Outcome status(String apiKey, String barcode) {
		// detail=true: without it PostNL answers the current status only, no history.
		URI uri = URI.create(this.baseUrl + STATUS_PATH + URLEncoder.encode(barcode, StandardCharsets.UTF_8)
				+ "?detail=true&language=" + URLEncoder.encode(this.language, StandardCharsets.UTF_8));
		return this.http
			.send(this.http.request(uri).header("apikey", apiKey).header("Accept", "application/json").GET().build());
	}

}
