package dev.doorstep.order.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.support.ApiClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the platform tests share: the shop's orders as the API lists them, and fixtures.
 */
final class PlatformOrders {

	private PlatformOrders() {
	}

	/** The shop's orders, newest first, as {@code GET /api/v1/orders} answers them. */
	static List<JsonNode> orders(ApiClient api) {
		List<JsonNode> orders = new ArrayList<>();
		api.get("/api/v1/orders").json().at("/content").forEach(orders::add);
		return orders;
	}

	/** The shop's one order; fails when there is none or more than one. */
	static JsonNode onlyOrder(ApiClient api) {
		List<JsonNode> orders = orders(api);
		assertThat(orders).hasSize(1);
		return orders.get(0);
	}

	/**
	 * A payload under {@code src/test/resources/platform/}, e.g.
	 * {@code magento/order.json}.
	 */
	static byte[] fixture(String path) {
		try (InputStream in = PlatformOrders.class.getResourceAsStream("/platform/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("no fixture " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
