package dev.doorstep.tracking.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the tracking page shows, already in the shopper's language and the shop's
 * time zone, so the template only lays it out.
 *
 * @param parcelNumber this parcel's place among the order's parcels, from 1
 * @param step how far the parcel has come, 1 (label created) to 4 (delivered)
 * @param tone {@code ok}, {@code problem}, {@code done} or {@code muted}
 * @param deliveredOn the local delivery date when delivered, else null
 * @param expectedBy the promised delivery date when not delivered yet, else null
 * @param zone the shop's time zone in words, with its id
 * @param window the predicted delivery window in words while on the way, else null
 * @param late "Running late" when a delay was predicted, else null
 * @param lateReason the delay's reason in plain words, else null
 * @param pickup where and until when to collect the parcel, only while it waits there
 */
public record TrackingPage(ShopView shop, String lang, String token, String orderNumber, int parcelNumber,
		int parcelCount, String carrier, String trackingNumber, String status, @Nullable String subStatus, int step,
		String tone, @Nullable String deliveredOn, @Nullable String expectedBy, List<Event> events, String zone,
		List<Item> items, List<OtherParcel> others, @Nullable String window, @Nullable String late,
		@Nullable String lateReason, @Nullable Pickup pickup) {

	/**
	 * The pickup point in the shopper's language.
	 *
	 * @param place postcode and city
	 * @param type the kind of point in words ("Parcel locker")
	 * @param deadline the last day to collect, in words; {@code deadlineIso} for
	 * {@code <time>}
	 * @param deadlineEstimated the carrier gave no date: it follows from the carrier's
	 * usual holding period
	 */
	public record Pickup(@Nullable String name, @Nullable String street, @Nullable String place, @Nullable String type,
			@Nullable String openingHours, @Nullable String deadline, @Nullable String deadlineIso,
			boolean deadlineEstimated) {
	}

	/**
	 * One timeline entry; {@code datetime} is ISO-8601 with offset for {@code <time>}.
	 */
	public record Event(String datetime, String when, String status, @Nullable String description,
			@Nullable String location) {
	}

	/** One line of what is in this parcel. */
	public record Item(String name, @Nullable String variant, int quantity) {
	}

	/** Another parcel of the same order, with its own public link. */
	public record OtherParcel(String href, int number, String carrier, String status) {
	}

}
