package dev.doorstep.shipment.carrier;

/**
 * A body that no version of the carrier's API would send: not JSON, or JSON of another
 * shape. Distinct from {@link TrackingResult.Failed} because it points at the input, not
 * at the carrier.
 */
public class MalformedResponseException extends RuntimeException {

	public MalformedResponseException(String message) {
		super(message);
	}

	public MalformedResponseException(String message, Throwable cause) {
		super(message, cause);
	}

}
