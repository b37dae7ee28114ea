package dev.doorstep.order.platform.woocommerce;

import java.util.List;

import dev.doorstep.order.platform.PlatformAdapter;
import dev.doorstep.order.platform.PlatformCommand;
import dev.doorstep.order.platform.PlatformJson;
import dev.doorstep.order.platform.PlatformRequest;
import dev.doorstep.order.platform.WebhookSignatures;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * WooCommerce's webhooks (WooCommerce → Settings → Advanced → Webhooks, API version WP
 * REST API v3).
 */
@Component
class WooCommerceAdapter implements PlatformAdapter {

	@Override
	public String name() {
		return "woocommerce";
	}

	@Override
	public boolean verify(PlatformRequest request, String secret) {
		return WebhookSignatures.base64HmacSha256Matches(request.header("X-WC-Webhook-Signature"), request.body(),
				secret);
	}

	@Override
	public @Nullable String deliveryId(PlatformRequest request) {
		return request.header("X-WC-Webhook-Delivery-ID");
	}

	@Override
	public String topic(PlatformRequest request) {
		String topic = request.header("X-WC-Webhook-Topic");
		return topic == null ? "unknown" : topic;
	}

	@Override
	public List<PlatformCommand> map(String topic, PlatformRequest request) {
		return switch (topic) {
			case "order.created", "order.updated" -> WooCommerceMapper.order(PlatformJson.parse(request.body()));
			default -> List.of(new PlatformCommand.Acknowledge("topic " + topic + " is not used"));
		};
	}

}
