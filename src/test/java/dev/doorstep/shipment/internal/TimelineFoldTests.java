package dev.doorstep.shipment.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.doorstep.shipment.TrackingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineFoldTests {

	private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

	private static TimelineFold.Entry entry(int minutes, TrackingStatus status, String key) {
		return new TimelineFold.Entry(T0.plusSeconds(minutes * 60L), status, null, null, key);
	}

	private static TimelineFold.State foldUnsorted(List<TimelineFold.Entry> entries) {
		// What storage does: collapse by dedup key, then sort chronologically.
		Map<String, TimelineFold.Entry> set = new LinkedHashMap<>();
		entries.forEach(e -> set.putIfAbsent(e.dedupKey(), e));
		List<TimelineFold.Entry> sorted = new ArrayList<>(set.values());
		sorted.sort(TimelineFold.CHRONOLOGICAL);
		return TimelineFold.fold(sorted);
	}

	@Test
	void emptyTimelineIsPending() {
		assertThat(TimelineFold.fold(List.of())).isEqualTo(TimelineFold.State.INITIAL);
	}

	@Test
	void lateInTransitNeverUndoesDelivery() {
		TimelineFold.State state = foldUnsorted(List.of(entry(0, TrackingStatus.INFO_RECEIVED, "a"),
				entry(60, TrackingStatus.DELIVERED, "b"), entry(120, TrackingStatus.IN_TRANSIT, "c")));
		assertThat(state.status()).isEqualTo(TrackingStatus.DELIVERED);
		assertThat(state.deliveredAt()).isEqualTo(T0.plusSeconds(3600));
		assertThat(state.lastEventAt()).isEqualTo(T0.plusSeconds(7200));
	}

	@Test
	void exceptionAfterDeliveryCounts() {
		TimelineFold.State state = foldUnsorted(
				List.of(entry(60, TrackingStatus.DELIVERED, "b"), entry(120, TrackingStatus.EXCEPTION, "c")));
		assertThat(state.status()).isEqualTo(TrackingStatus.EXCEPTION);
		assertThat(state.deliveredAt()).isNull();
	}

	@Test
	void failedAttemptThenDeliveryKeepsTheDeliveryTime() {
		TimelineFold.State state = foldUnsorted(List.of(entry(10, TrackingStatus.OUT_FOR_DELIVERY, "a"),
				entry(20, TrackingStatus.ATTEMPT_FAIL, "b"), entry(1440, TrackingStatus.OUT_FOR_DELIVERY, "c"),
				entry(1500, TrackingStatus.DELIVERED, "d"), entry(1510, TrackingStatus.DELIVERED, "e")));
		assertThat(state.status()).isEqualTo(TrackingStatus.DELIVERED);
		assertThat(state.deliveredAt()).isEqualTo(T0.plusSeconds(1500 * 60));
	}

	@Test
	void equalTimestampsResolveByJourneyOrder() {
		TimelineFold.State state = foldUnsorted(
				List.of(entry(5, TrackingStatus.DELIVERED, "z"), entry(5, TrackingStatus.OUT_FOR_DELIVERY, "a")));
		assertThat(state.status()).isEqualTo(TrackingStatus.DELIVERED);
	}

	static List<Long> seeds() {
		return new Random(20261123).longs(200).boxed().toList();
	}

	/**
	 * Property: for a random event list, every permutation with random duplicates folds
	 * to what the in-order replay folds to.
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	void anyArrivalOrderEqualsInOrderReplay(long seed) {
		Random random = new Random(seed);
		List<TimelineFold.Entry> events = randomTimeline(random);
		List<TimelineFold.Entry> inOrder = new ArrayList<>(events);
		inOrder.sort(TimelineFold.CHRONOLOGICAL);
		TimelineFold.State expected = TimelineFold.fold(inOrder);
		for (int round = 0; round < 20; round++) {
			List<TimelineFold.Entry> arrival = new ArrayList<>(events);
			int duplicates = random.nextInt(events.size() + 1);
			for (int i = 0; i < duplicates; i++) {
				arrival.add(events.get(random.nextInt(events.size())));
			}
			java.util.Collections.shuffle(arrival, random);
			assertThat(foldUnsorted(arrival)).as("seed %d round %d", seed, round).isEqualTo(expected);
		}
	}

	static List<TimelineFold.Entry> randomTimeline(Random random) {
		TrackingStatus[] statuses = TrackingStatus.values();
		int size = 1 + random.nextInt(12);
		List<TimelineFold.Entry> events = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			// Few distinct minutes, so equal timestamps are common and the tie-break is
			// exercised.
			events.add(new TimelineFold.Entry(T0.plusSeconds(60L * random.nextInt(8)),
					statuses[random.nextInt(statuses.length)], null, null, "k" + i));
		}
		return events;
	}

}
