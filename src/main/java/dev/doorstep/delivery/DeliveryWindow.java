package dev.doorstep.delivery;

import java.time.LocalDate;

/**
 * When a parcel should arrive, as calendar dates in the recipient's country.
 *
 * @param earliest first day of the window
 * @param mostLikely the single most likely day, inside the window
 * @param latest last day of the window
 * @param confidence the model's probability that delivery falls inside the window (0–1)
 */
public record DeliveryWindow(LocalDate earliest, LocalDate mostLikely, LocalDate latest, double confidence) {

	public DeliveryWindow {
		if (earliest.isAfter(mostLikely) || mostLikely.isAfter(latest)) {
			throw new IllegalArgumentException("window out of order: " + earliest + " " + mostLikely + " " + latest);
		}
		if (confidence < 0 || confidence > 1) {
			throw new IllegalArgumentException("confidence out of range: " + confidence);
		}
	}

}
