package dev.doorstep.order.platform;

import java.util.List;

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

}
