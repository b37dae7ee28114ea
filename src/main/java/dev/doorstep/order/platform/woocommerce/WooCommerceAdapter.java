package dev.doorstep.order.platform.woocommerce;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

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

	private static final Pattern PING = Pattern.compile("webhook_id=\\d{1,19}");

	WooCommerceAdapter() {
		super("woocommerce", "X-WC-Webhook-Signature", "X-WC-Webhook-Delivery-ID", "X-WC-Webhook-Topic");
	}

	/**
	 * {@code WC_Webhook::deliver_ping}: form body {@code webhook_id=<id>}, no signature
	 * and no topic, sent once when the webhook is saved.
	 */
	@Override
	public boolean isPing(PlatformRequest request) {
		return request.header("X-WC-Webhook-Signature") == null && request.header("X-WC-Webhook-Topic") == null
				&& PING.matcher(new String(request.body(), StandardCharsets.US_ASCII)).matches();
	}

	@Override
	public List<PlatformCommand> map(String topic, PlatformRequest request) {
		return switch (topic) {
			case "order.created", "order.updated" -> WooCommerceMapper.order(PlatformJson.parse(request.body()));
			default -> List.of(new PlatformCommand.Acknowledge("topic " + topic + " is not used"));
		};
	}

}
