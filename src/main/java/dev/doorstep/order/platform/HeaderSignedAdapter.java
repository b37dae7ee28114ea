package dev.doorstep.order.platform;

import org.jspecify.annotations.Nullable;

/**
 * The common shape of platform webhooks: base64(HMAC-SHA256(raw body, secret)) in one
 * header, the delivery id and the topic in two others. Shopify and WooCommerce differ
 * only in the header names.
 */
public abstract class HeaderSignedAdapter implements PlatformAdapter {

	private final String name;

	private final String signatureHeader;

	private final String deliveryHeader;

	private final String topicHeader;

	protected HeaderSignedAdapter(String name, String signatureHeader, String deliveryHeader, String topicHeader) {
		this.name = name;
		this.signatureHeader = signatureHeader;
		this.deliveryHeader = deliveryHeader;
		this.topicHeader = topicHeader;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public boolean verify(PlatformRequest request, String secret) {
		return WebhookSignatures.base64HmacSha256Matches(request.header(this.signatureHeader), request.body(), secret);
	}

	@Override
	public @Nullable String deliveryId(PlatformRequest request) {
		return request.header(this.deliveryHeader);
	}

	@Override
	public String topic(PlatformRequest request) {
		String topic = request.header(this.topicHeader);
		return topic == null ? "unknown" : topic;
	}

}
