package dev.doorstep.runtime;

/**
 * A request that contradicts what is stored (for example a tracking number already used
 * for another order), answered with 409 naming the field.
 */
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String field, String reason) {
		super(reason);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
