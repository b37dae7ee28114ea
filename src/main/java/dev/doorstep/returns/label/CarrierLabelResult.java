package dev.doorstep.returns.label;

import org.jspecify.annotations.Nullable;

/**
 * A carrier's answer to a returns-label request. Expected failures are values, never
 * exceptions: the caller decides whether to ask the shopper to fix an address, try again
 * later, or fall back to the Doorstep label alone.
 */
public sealed interface CarrierLabelResult {

	/**
	 * The carrier made a label.
	 *
	 * @param trackingNumber the return parcel's number at the carrier, to track it
	 * through the shipment pipeline
	 * @param labelPdf the carrier's label as PDF; pass it as
	 * {@link ReturnLabelRequest#carrierLabel()} to print it with the Doorstep page
	 * @param qrPng the carrier's own QR code for label-less drop-off (PNG), when it sent
	 * one
	 */
	record Created(String trackingNumber, byte[] labelPdf, byte @Nullable [] qrPng) implements CarrierLabelResult {

		@Override
		public String toString() {
			return "Created[trackingNumber=" + this.trackingNumber + ", labelPdf=" + this.labelPdf.length
					+ " bytes, qrPng=" + (this.qrPng == null ? "none" : this.qrPng.length + " bytes") + "]";
		}

	}

	/**
	 * The carrier refused what was asked: it will refuse it again until the data changes.
	 *
	 * @param reason the carrier's words, for the merchant
	 * @param field the request's field to fix, in {@link CarrierLabelRequest}'s terms
	 * ({@code from.postcode}, {@code from.street}, {@code from.country},
	 * {@code weightGrams}, ...), or {@code null} when the carrier named none
	 */
	record Refused(String reason, @Nullable String field) implements CarrierLabelResult {
	}

	/**
	 * No label now: not configured, credentials refused, carrier down or rate limited.
	 *
	 * @param retryable whether the same request may succeed later without any change
	 * @param reason what happened, without personal data
	 */
	record Unavailable(boolean retryable, String reason) implements CarrierLabelResult {
	}

}
