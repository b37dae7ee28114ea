package dev.doorstep.order.platform;

import java.util.List;

/**
 * What a webhook call did. Only {@link Applied} and {@link Duplicate} are 2xx; every
 * other outcome stores nothing, so the platform's retry can succeed later.
 */
public sealed interface PlatformReceipt {

	/**
	 * @param effects one line per command, for the answer (no personal data)
	 */
	record Applied(String deliveryId, String topic, List<String> effects) implements PlatformReceipt {
	}

	/** This delivery id was applied before. */
	record Duplicate(String deliveryId) implements PlatformReceipt {
	}

	/** The platform's connectivity check: answered 200, nothing read or stored. */
	record Ping() implements PlatformReceipt {
	}

	record UnknownPlatform(String platform) implements PlatformReceipt {
	}

	/** Wrong or missing signature, unknown shop or no connection: all look alike. */
	record Rejected() implements PlatformReceipt {
	}

	record Malformed(String reason) implements PlatformReceipt {
	}

	/**
	 * A fulfilment for an order Doorstep has not received yet: the platform retries, by
	 * when the order will have arrived.
	 */
	record OrderUnknown(String orderExternalId) implements PlatformReceipt {
	}

}
