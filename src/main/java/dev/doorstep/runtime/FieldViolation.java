package dev.doorstep.runtime;

/**
 * One reason a request was rejected: the JSON path of the field
 * ({@code items[0].quantity}) or parameter, and why.
 */
public record FieldViolation(String field, String reason) {
}
