package dev.doorstep.returns;

/**
 * A request the policy does not allow: the field at fault ({@code items[0].sku}), the
 * rule ({@code window}, {@code final-sale}, {@code photos-required}, ...) and why, in
 * English for the API; the portal words it in the shopper's language by rule.
 */
public record PolicyViolation(String field, String rule, String reason) {
}
