package dev.doorstep.feedback;

/**
 * Moderation: every new or edited review waits as PENDING until the merchant approves or
 * rejects it; only APPROVED reviews are public.
 */
public enum ReviewStatus {

	PENDING, APPROVED, REJECTED

}
