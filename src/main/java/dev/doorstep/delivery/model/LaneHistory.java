package dev.doorstep.delivery.model;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The deliveries of one lane level: a weighted histogram of business days in transit and
 * one of gaps between scans. Writers lock and publish an immutable snapshot; readers only
 * read the latest snapshot.
 */
final class LaneHistory {

	/** Gaps between scans longer than this many working days count as this many. */
	static final int MAX_GAP = 10;

	private final double halfLifeSeconds;

	private final double[] weights;

	private final int[] gaps = new int[MAX_GAP + 1];

	private int deliveries;

	private int gapCount;

	private long newestSecond = Long.MIN_VALUE;

	private volatile Snapshot snapshot = new Snapshot(0, null, 0, 0);

	LaneHistory(int maxBusinessDays, double halfLifeSeconds) {
		this.weights = new double[maxBusinessDays + 1];
		this.halfLifeSeconds = halfLifeSeconds;
	}

	/**
	 * Adds one delivery. Older weights decay towards the newest delivery, so a recent
	 * change of a lane shows within a half-life.
	 */
	synchronized void add(int businessDays, Instant deliveredAt, int[] scanGaps) {
		long second = deliveredAt.getEpochSecond();
		double weight = 1;
		if (this.halfLifeSeconds > 0 && this.deliveries > 0) {
			if (second > this.newestSecond) {
				double factor = Math.pow(0.5, (second - this.newestSecond) / this.halfLifeSeconds);
				for (int t = 0; t < this.weights.length; t++) {
					this.weights[t] *= factor;
				}
			}
			else {
				weight = Math.pow(0.5, (this.newestSecond - second) / this.halfLifeSeconds);
			}
		}
		this.newestSecond = Math.max(this.newestSecond, second);
		this.weights[Math.min(Math.max(businessDays, 0), this.weights.length - 1)] += weight;
		this.deliveries++;
		for (int gap : scanGaps) {
			this.gaps[Math.min(Math.max(gap, 0), MAX_GAP)]++;
			this.gapCount++;
		}
		this.snapshot = publish();
	}

	/** The state after the last write; never blocks. */
	Snapshot snapshot() {
		return this.snapshot;
	}

	/**
	 * Built on every write (a few dozen numbers) so that readers never wait for a writer
	 * and never build one themselves.
	 */
	private Snapshot publish() {
		double total = 0;
		for (double weight : this.weights) {
			total += weight;
		}
		// After a very long pause every old weight may have decayed below what a double
		// holds; the counts still describe the lane.
		Distribution distribution = total > 0 ? Distribution.ofWeights(this.weights) : null;
		return new Snapshot(this.deliveries, distribution, this.gapCount, this.gapCount == 0 ? 0 : gapQuantile(0.9));
	}

	private int gapQuantile(double p) {
		int sum = 0;
		for (int gap = 0; gap <= MAX_GAP; gap++) {
			sum += this.gaps[gap];
			if (sum >= p * this.gapCount) {
				return gap;
			}
		}
		return MAX_GAP;
	}

	/**
	 * @param deliveries parcels learned
	 * @param distribution business days in transit, recent deliveries weighing more
	 * @param gaps gaps between scans learned
	 * @param usualGap the 90th percentile of those gaps in working days
	 */
	record Snapshot(int deliveries, @Nullable Distribution distribution, int gaps, int usualGap) {
	}

}
