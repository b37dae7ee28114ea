package dev.doorstep.notification;

/**
 * What starts a journey. Order and carrier news fire the parcel triggers; delay, return,
 * refund, review and claim triggers come from outside through {@link ShopperEvents} (the
 * merchant's own tools now, Doorstep's delivery, returns, feedback and claim modules
 * later).
 */
public enum Trigger {

	ORDER_CONFIRMED(Topic.TRANSACTIONAL, Scope.ORDER), SHIPMENT_CREATED(Topic.TRANSACTIONAL, Scope.SHIPMENT),
	FIRST_SCAN(Topic.TRANSACTIONAL, Scope.SHIPMENT), DELIVERY_WINDOW_CHANGED(Topic.TRANSACTIONAL, Scope.SHIPMENT),
	OUT_FOR_DELIVERY(Topic.TRANSACTIONAL, Scope.SHIPMENT), FAILED_ATTEMPT(Topic.TRANSACTIONAL, Scope.SHIPMENT),
	AVAILABLE_FOR_PICKUP(Topic.TRANSACTIONAL, Scope.SHIPMENT), DELIVERED(Topic.TRANSACTIONAL, Scope.SHIPMENT),
	EXCEPTION(Topic.TRANSACTIONAL, Scope.SHIPMENT), STALLED(Topic.TRANSACTIONAL, Scope.SHIPMENT),
	DELAY_PREDICTED(Topic.TRANSACTIONAL, Scope.SHIPMENT), RETURN_REQUESTED(Topic.TRANSACTIONAL, Scope.ORDER),
	RETURN_APPROVED(Topic.TRANSACTIONAL, Scope.ORDER), RETURN_REJECTED(Topic.TRANSACTIONAL, Scope.ORDER),
	RETURN_LABEL_READY(Topic.TRANSACTIONAL, Scope.ORDER), RETURN_RECEIVED(Topic.TRANSACTIONAL, Scope.ORDER),
	REFUND_ISSUED(Topic.TRANSACTIONAL, Scope.ORDER), REVIEW_REQUEST(Topic.MARKETING, Scope.ORDER),
	CLAIM_UPDATED(Topic.TRANSACTIONAL, Scope.ORDER),
	/**
	 * A confirmation code of a double opt-in, sent at once by {@link OptInCodes}, never
	 * by a journey.
	 */
	OPT_IN_CODE(Topic.TRANSACTIONAL, Scope.ORDER);

	/** Whether a trigger is about one parcel or the whole order. */
	public enum Scope {

		ORDER, SHIPMENT

	}

	private final Topic topic;

	private final Scope scope;

	Trigger(Topic topic, Scope scope) {
		this.topic = topic;
		this.scope = scope;
	}

	public Topic topic() {
		return this.topic;
	}

	public Scope scope() {
		return this.scope;
	}

	/**
	 * The key of this trigger in templates and message bundles, e.g.
	 * {@code out-for-delivery}.
	 */
	public String key() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
