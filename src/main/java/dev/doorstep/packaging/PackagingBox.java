package dev.doorstep.packaging;

import java.math.BigDecimal;

/**
 * A box of the shop's catalogue, with its inside measures.
 *
 * @param id the shop's own code for the box ("S", "shoe-box")
 * @param maxWeightG most the contents may weigh, in grams
 * @param cost what one box costs the shop, in {@code currency}
 * @param standard whether this is the box the shop would use without a recommendation;
 * exactly one box of a catalogue is
 */
public record PackagingBox(String id, String name, int innerLengthMm, int innerWidthMm, int innerHeightMm,
		int maxWeightG, BigDecimal cost, String currency, boolean standard) {

	public long volumeMm3() {
		return (long) this.innerLengthMm * this.innerWidthMm * this.innerHeightMm;
	}

}
