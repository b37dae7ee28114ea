package dev.doorstep.order.platform.shopify;

import java.util.List;

import dev.doorstep.order.platform.HeaderSignedAdapter;
import dev.doorstep.order.platform.PlatformCommand;
import dev.doorstep.order.platform.PlatformJson;
import dev.doorstep.order.platform.PlatformRequest;

import org.springframework.stereotype.Component;

/**
 * Shopify's webhooks, as documented for the Admin API: the signature is over the raw body
 * with the app's client secret; the topic and delivery id are headers.
 */
@Component
class ShopifyAdapter extends HeaderSignedAdapter {

	ShopifyAdapter() {
		super("shopify", "X-Shopify-Hmac-Sha256", "X-Shopify-Webhook-Id", "X-Shopify-Topic");
	}

	@Override
	public List<PlatformCommand> map(String topic, PlatformRequest request) {
		return switch (topic) {
			case "orders/create", "orders/updated", "orders/cancelled" ->
				List.of(ShopifyMapper.order(PlatformJson.parse(request.body())));
			case "fulfillments/create", "fulfillments/update" ->
				List.of(ShopifyMapper.fulfilment(PlatformJson.parse(request.body())));
			// Doorstep's refunds belong to its own returns; a refund made in Shopify is
			// acknowledged so Shopify does not retry, and recorded nowhere.
			case "refunds/create" -> List.of(new PlatformCommand.Acknowledge("refund acknowledged, not recorded"));
			default -> List.of(new PlatformCommand.Acknowledge("topic " + topic + " is not used"));
		};
	}

}
