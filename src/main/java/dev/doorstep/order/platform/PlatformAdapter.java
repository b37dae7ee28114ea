package dev.doorstep.order.platform;

import java.util.List;
import java.util.Map;

import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * One shop platform: how its webhooks are signed, which delivery and topic they carry,
 * and what they mean for Doorstep's orders. Implementations live in
 * {@code order/platform/<name>/} and are found by {@link #name()}.
 */
public interface PlatformAdapter {

	/** The name in {@code /hooks/platforms/{name}/...} and the connection API. */
	String name();

	/**
	 * Whether the request is signed with the shop's secret for this platform. Compute
	 * over {@link PlatformRequest#body()} as received and compare in constant time
	 * ({@link WebhookSignatures}).
	 */
	boolean verify(PlatformRequest request, String secret);

	/**
	 * The platform's id of this delivery: a redelivery carries the same id and is
	 * acknowledged without effect. {@code null} when the request has none.
	 */
	@Nullable String deliveryId(PlatformRequest request);

	/**
	 * Whether the request is the platform's unsigned connectivity check (WooCommerce
	 * posts {@code webhook_id=<id>} when a webhook is saved and refuses to save it unless
	 * the answer is 200). A ping is answered 200 and changes nothing, for any shop.
	 */
	default boolean isPing(PlatformRequest request) {
		return false;
	}

	/** What the delivery is about ({@code orders/create}), as the platform names it. */
	String topic(PlatformRequest request);

	/**
	 * What the delivery means, in the order it should be applied. Unknown topics map to
	 * {@link PlatformCommand.Acknowledge}.
	 * @throws MalformedPayloadException when the body is not what the topic promises
	 */
	List<PlatformCommand> map(String topic, PlatformRequest request);

	/**
	 * The settings a merchant gave for a connection, checked (and normalized) for this
	 * platform; fields it has no use for are dropped. Most platforms need only the
	 * webhook secret.
	 * @throws InvalidRequestException naming the field that is missing or wrong
	 */
	default PlatformConnection.Settings check(PlatformConnection.Settings settings) {
		if (settings.secret().isEmpty()) {
			throw new InvalidRequestException("secret", "must not be blank");
		}
		return PlatformConnection.Settings.secret(settings.secret());
	}

	/**
	 * The secrets a webhook of this shop may be signed with: the connection's secret for
	 * most platforms; Shopware signs with the shop secret its registration agreed on.
	 * Empty when the shop cannot be verified yet (nothing is accepted then).
	 */
	default List<String> webhookSecrets(ShopId shop, PlatformConnection connection) {
		return connection.secret().isEmpty() ? List.of() : List.of(connection.secret());
	}

	/**
	 * Fields the platform expects in a 2xx answer besides Doorstep's own (Adobe Commerce
	 * reads {@code "op":"success"}).
	 */
	default Map<String, Object> answerFields() {
		return Map.of();
	}

	/**
	 * What the connection API shows about this platform's state for the shop beyond the
	 * settings (a Shopware registration, a Magento pull's progress). No secrets.
	 */
	default Map<String, Object> details(ShopId shop) {
		return Map.of();
	}

}
