package dev.doorstep.shipment.push;

/**
 * What became of a webhook call. Only {@link Accepted} and {@link Duplicate} answer 2xx;
 * nothing is stored for the others.
 */
public sealed interface PushReceipt {

	/** Stored durably; the timeline follows within seconds. */
	record Accepted(String deliveryId, int trackings) implements PushReceipt {
	}

	/** This delivery was stored before; nothing changes. */
	record Duplicate(String deliveryId) implements PushReceipt {
	}

	/** No push source with this code. */
	record UnknownSource(String code) implements PushReceipt {
	}

	/**
	 * The signature does not verify, or the shop has no secret for this source (the two
	 * look the same from outside, so shop slugs cannot be probed).
	 */
	record Rejected(String reason) implements PushReceipt {
	}

	/** Signed correctly, but not a payload this source sends. */
	record Malformed(String reason) implements PushReceipt {
	}

}
