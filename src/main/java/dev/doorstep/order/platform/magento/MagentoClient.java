package dev.doorstep.order.platform.magento;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import dev.doorstep.order.internal.OrderProperties;
import dev.doorstep.runtime.OutboundUrls;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Magento's REST API: one page of orders or shipments updated at or after a moment,
 * oldest first, with the integration's access token as bearer token. Redirects are not
 * followed: the merchant gave this base URL, and a redirect could lead to an address the
 * reach check never saw.
 */
@Component
class MagentoClient {

	/** A page and how many there are in all. */
	record Page(JsonNode items, int totalCount) {
	}

	/** The shop's API answered something other than a page, or could not be reached. */
	static final class PullFailed extends Exception {

		PullFailed(String message) {
			super(message, null, false, false);
		}

	}

	/** Magento's format for a {@code searchCriteria} time: UTC without a zone. */
	private static final DateTimeFormatter MAGENTO_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http;

	private final OrderProperties properties;

	MagentoClient(OrderProperties properties) {
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.platformPullTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * @param resource {@code orders} or {@code shipments}
	 * @param page 1-based
	 */
	Page page(String baseUrl, String token, String resource, Instant updatedSince, int page, int pageSize)
			throws PullFailed {
		URI uri = URI.create(baseUrl + "/rest/V1/" + resource + "?" + query(updatedSince, page, pageSize));
		if (!this.properties.platformAllowLocalUrls()) {
			OutboundUrls.Reach reach = OutboundUrls.reach(uri.getHost());
			if (reach != OutboundUrls.Reach.PUBLIC) {
				throw new PullFailed(reach == OutboundUrls.Reach.INTERNAL
						? "the shop's host resolves to an address inside this installation's network"
						: "the shop's host does not resolve");
			}
		}
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.properties.platformPullTimeout())
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.header("User-Agent", "Doorstep-Platforms/1")
			.GET()
			.build();
		HttpResponse<byte[]> response;
		try {
			response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new PullFailed("GET /rest/V1/" + resource + ": unreachable (" + ex.getClass().getSimpleName() + ")");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PullFailed("interrupted");
		}
		int status = response.statusCode();
		if (status == 401 || status == 403) {
			throw new PullFailed("GET /rest/V1/" + resource + ": answered " + status
					+ ", the access token was refused (is the integration active with Sales access?)");
		}
		if (status != 200) {
			throw new PullFailed("GET /rest/V1/" + resource + ": answered " + status);
		}
		try {
			JsonNode body = JSON.readTree(response.body());
			if (body == null || !body.path("items").isArray()) {
				throw new PullFailed("GET /rest/V1/" + resource + ": the answer has no items");
			}
			return new Page(body.path("items"), body.path("total_count").asInt(0));
		}
		catch (JacksonException ex) {
			throw new PullFailed("GET /rest/V1/" + resource + ": the answer is not JSON");
		}
	}

	/**
	 * {@code searchCriteria}: updated_at ≥ since, sorted by updated_at ascending, one
	 * page. The brackets are encoded, as an HTTP client must.
	 */
	static String query(Instant since, int page, int pageSize) {
		Map<String, String> parameters = new LinkedHashMap<>();
		String filter = "searchCriteria[filter_groups][0][filters][0]";
		parameters.put(filter + "[field]", "updated_at");
		parameters.put(filter + "[value]", MAGENTO_TIME.format(since));
		parameters.put(filter + "[condition_type]", "gteq");
		parameters.put("searchCriteria[sortOrders][0][field]", "updated_at");
		parameters.put("searchCriteria[sortOrders][0][direction]", "ASC");
		parameters.put("searchCriteria[pageSize]", Integer.toString(pageSize));
		parameters.put("searchCriteria[currentPage]", Integer.toString(page));
		return parameters.entrySet()
			.stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
			.collect(Collectors.joining("&"));
	}

}
