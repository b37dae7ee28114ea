package dev.doorstep.packaging.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Packs units (rotated freely) into boxes of some types. Our own small port so the 3D
 * packing library behind it can be swapped without touching the box choice.
 */
public interface BinPacker {

	/**
	 * Packs all {@code units} into at most {@code maxBoxes} boxes of the given types (any
	 * type, any number of each).
	 * @return one load per box used, or empty when the units do not fit in time
	 */
	Optional<List<Load>> pack(List<Unit> units, List<BoxType> types, int maxBoxes, Duration timeLimit);

	/** One physical unit of a product. */
	record Unit(String sku, int lengthMm, int widthMm, int heightMm, int weightG) {

		public long volumeMm3() {
			return (long) this.lengthMm * this.widthMm * this.heightMm;
		}

	}

	/** A box type: inside measures and load limit. */
	record BoxType(String id, int lengthMm, int widthMm, int heightMm, int maxWeightG) {
	}

	/** One box used and the units in it (their indexes in the input list). */
	record Load(String boxId, List<Integer> units) {
	}

}
