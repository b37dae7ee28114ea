package dev.doorstep.shipment.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import org.jspecify.annotations.Nullable;

/**
 * Derives a shipment's state from its timeline. The timeline is a set (duplicates
 * collapse by dedup key) sorted by {@link #CHRONOLOGICAL}, so the result does not depend
 * on the order events arrived in: any arrival order gives what an in-order replay gives.
 */
public final class TimelineFold {

	/** The facts of one stored event that the fold needs. */
	public record Entry(Instant occurredAt, TrackingStatus status, @Nullable String subStatus,
			@Nullable IncidentReason incidentReason, String dedupKey) {
	}

	/** The state a timeline leads to. */
	public record State(TrackingStatus status, @Nullable String subStatus, @Nullable IncidentReason incidentReason,
			@Nullable Instant deliveredAt, @Nullable Instant lastEventAt) {

		public static final State INITIAL = new State(TrackingStatus.PENDING, null, null, null, null);

	}

	/**
	 * Time first; at the same instant the step further along the journey counts as later;
	 * the dedup key breaks any remaining tie so the order is total.
	 */
	public static final Comparator<Entry> CHRONOLOGICAL = Comparator.comparing(Entry::occurredAt)
		.thenComparingInt(entry -> entry.status().rank())
		.thenComparing(Entry::dedupKey);

	private TimelineFold() {
	}

	/**
	 * Folds entries that are already sorted by {@link #CHRONOLOGICAL}.
	 */
	public static State fold(List<Entry> sorted) {
		TrackingStatus status = TrackingStatus.PENDING;
		String subStatus = null;
		IncidentReason reason = null;
		Instant deliveredAt = null;
		Instant last = null;
		for (Entry entry : sorted) {
			last = entry.occurredAt();
			if (status == TrackingStatus.DELIVERED && !supersedesDelivery(entry.status())) {
				// A scan stamped after delivery (a depot catching up, a late hub scan)
				// must not move
				// the parcel back on the road.
				continue;
			}
			if (entry.status() == TrackingStatus.DELIVERED && status != TrackingStatus.DELIVERED) {
				deliveredAt = entry.occurredAt();
			}
			status = entry.status();
			subStatus = entry.subStatus();
			reason = entry.incidentReason();
			if (status != TrackingStatus.DELIVERED) {
				deliveredAt = null;
			}
		}
		return new State(status, subStatus, reason, deliveredAt, last);
	}

	/**
	 * After delivery only a further delivery detail (signature, locker collected) or a
	 * real problem (damage found, return to sender) changes the status.
	 */
	private static boolean supersedesDelivery(TrackingStatus status) {
		return status == TrackingStatus.DELIVERED || status == TrackingStatus.EXCEPTION;
	}

}
