package dev.doorstep.order.platform.woocommerce;

import java.util.List;

import dev.doorstep.order.platform.HeaderSignedAdapter;
import dev.doorstep.order.platform.PlatformCommand;
import dev.doorstep.order.platform.PlatformJson;
import dev.doorstep.order.platform.PlatformRequest;

import org.springframework.stereotype.Component;

/**
 * WooCommerce's webhooks (WooCommerce → Settings → Advanced → Webhooks, API version WP
 * REST API v3).
 */
@Component
class WooCommerceAdapter extends HeaderSignedAdapter {

	WooCommerceAdapter() {
		super("woocommerce", "X-WC-Webhook-Signature", "X-WC-Webhook-Delivery-ID", "X-WC-Webhook-Topic");
	}

	@Override
	public List<PlatformCommand> map(String topic, PlatformRequest request) {
		return switch (topic) {
			case "order.created", "order.updated" -> WooCommerceMapper.order(PlatformJson.parse(request.body()));
			default -> List.of(new PlatformCommand.Acknowledge("topic " + topic + " is not used"));
		};
	}

}
