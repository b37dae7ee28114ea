package dev.doorstep.runtime;

import java.util.List;

/**
 * A request that is well-formed but not acceptable, answered with 400 and the fields at
 * fault. Thrown before anything is written, so a rejected request leaves no trace.
 */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldViolation> violations;

	public InvalidRequestException(List<FieldViolation> violations) {
		super(violations.stream().map(v -> v.field() + ": " + v.reason()).reduce((a, b) -> a + "; " + b).orElse(""));
		this.violations = List.copyOf(violations);
	}

	public InvalidRequestException(String field, String reason) {
		this(List.of(new FieldViolation(field, reason)));
	}

	public List<FieldViolation> violations() {
		return this.violations;
	}

}
