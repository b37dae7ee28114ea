package dev.doorstep.order.platform.shopware;

import java.util.List;
import java.util.Map;

import dev.doorstep.order.platform.MalformedPayloadException;
import dev.doorstep.order.platform.PlatformAdapter;
import dev.doorstep.order.platform.PlatformCommand;
import dev.doorstep.order.platform.PlatformConnection;
import dev.doorstep.order.platform.PlatformJson;
import dev.doorstep.order.platform.PlatformRequest;
import dev.doorstep.order.platform.WebhookSignatures;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Shopware 6 app webhooks: signed with the shop secret agreed in the registration
 * ({@link ShopwareRegistrations}), the event named in the body's {@code data.event}, and
 * the event id in {@code X-Shopware-Event-Id} (also {@code source.eventId}, stable across
 * retries).
 */
@Component
class ShopwareAdapter implements PlatformAdapter {

	static final String SIGNATURE = "shopware-shop-signature";

	private final ShopwareRegistrations registrations;

	ShopwareAdapter(ShopwareRegistrations registrations) {
		this.registrations = registrations;
	}

	@Override
	public String name() {
		return ShopwareRegistrations.PLATFORM;
	}

	@Override
	public boolean verify(PlatformRequest request, String secret) {
		return WebhookSignatures.hexHmacSha256Matches(request.header(SIGNATURE), request.body(), secret);
	}

	/**
	 * The connection's secret is the app secret, which only signs registrations; webhooks
	 * are signed with the shop secret of the confirmed registration.
	 */
	@Override
	public List<String> webhookSecrets(ShopId shop, PlatformConnection connection) {
		return this.registrations.webhookSecrets(shop);
	}

	@Override
	public PlatformConnection.Settings check(PlatformConnection.Settings settings) {
		if (settings.secret().isEmpty()) {
			throw new InvalidRequestException("secret", "must be the app secret (the manifest's <secret>)");
		}
		if (settings.appName() == null || !settings.appName().matches("[A-Za-z0-9_-]{1,200}")) {
			throw new InvalidRequestException("appName", "must be the app's technical name (the manifest's <name>)");
		}
		return new PlatformConnection.Settings(settings.secret(), null, null, settings.appName());
	}

	@Override
	public Map<String, Object> details(ShopId shop) {
		return this.registrations.details(shop);
	}

	/**
	 * {@code X-Shopware-Event-Id}, else the body's {@code source.eventId} (Shopware
	 * before the delivery headers), else a hash of the body: a retry sends the same body.
	 */
	@Override
	public @Nullable String deliveryId(PlatformRequest request) {
		String header = request.header("X-Shopware-Event-Id");
		if (header != null) {
			return header;
		}
		try {
			String eventId = PlatformJson.text(PlatformJson.object(PlatformJson.parse(request.body()), "source"),
					"eventId");
			if (eventId != null) {
				return eventId;
			}
		}
		catch (MalformedPayloadException ex) {
			// Not JSON: mapping says so; the hash still names the delivery.
		}
		return "sha256:" + WebhookSignatures.sha256(request.body());
	}

	@Override
	public String topic(PlatformRequest request) {
		try {
			String event = PlatformJson.text(PlatformJson.object(PlatformJson.parse(request.body()), "data"), "event");
			return event == null ? "unknown" : event;
		}
		catch (MalformedPayloadException ex) {
			return "unknown";
		}
	}

	@Override
	public List<PlatformCommand> map(String topic, PlatformRequest request) {
		JsonNode root = PlatformJson.parse(request.body());
		JsonNode order = PlatformJson.object(PlatformJson.object(PlatformJson.object(root, "data"), "payload"),
				"order");
		if (topic.equals("checkout.order.placed") || topic.startsWith("state_enter.order.state.")
				|| topic.startsWith("state_enter.order_delivery.state.")
				|| topic.startsWith("state_leave.order_delivery.state.")) {
			if (order.isEmpty()) {
				throw new MalformedPayloadException("'data.payload.order' is missing");
			}
			return ShopwareMapper.order(order, topic);
		}
		return List.of(new PlatformCommand.Acknowledge("event " + topic + " is not used"));
	}

}
