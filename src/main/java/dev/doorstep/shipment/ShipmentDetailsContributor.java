package dev.doorstep.shipment;

import org.jspecify.annotations.Nullable;

/**
 * Lets a module that builds on shipments add its part to a single shipment in the API
 * ({@code GET /api/v1/shipments/{id}}) without the shipment module depending on it: the
 * delivery module adds the predicted window under {@code "delivery"}. Implementations are
 * Spring beans; the controller collects them all.
 */
public interface ShipmentDetailsContributor {

	/**
	 * The top-level field this contributor fills; it must not clash with a shipment's own
	 * fields.
	 */
	String field();

	/**
	 * The field's value for this parcel (serialized as JSON), or {@code null} to leave
	 * the field out. Called with a shipment of the caller's shop only.
	 */
	@Nullable Object details(Shipment shipment);

}
