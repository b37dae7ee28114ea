package dev.doorstep.feedback;

/**
 * Where a review request stands: SCHEDULED until due, then SENT (handed to the
 * notification module's REVIEW_REQUEST journeys) or SUPPRESSED (with the reason); an
 * order cancelled before the request was due makes it CANCELLED.
 */
public enum ReviewRequestStatus {

	SCHEDULED, SENT, SUPPRESSED, CANCELLED

}
