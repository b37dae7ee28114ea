package dev.doorstep.order.platform;

/**
 * A verified webhook whose body is not what its topic promises: answered 400 and not
 * recorded, so a fixed redelivery is applied.
 */
public class MalformedPayloadException extends RuntimeException {

	public MalformedPayloadException(String message) {
		super(message);
	}

	public MalformedPayloadException(String message, Throwable cause) {
		super(message, cause);
	}

}
