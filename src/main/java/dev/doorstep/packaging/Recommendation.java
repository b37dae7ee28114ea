package dev.doorstep.packaging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a parcel's items should be packed in, or why that cannot be said. Only
 * {@link Packed} is a recommendation; the others name what the shop has to fix.
 */
public sealed interface Recommendation {

	/**
	 * The items fit: in one box (the smallest by volume, then cost) or, when no box holds
	 * them all, split over several.
	 *
	 * @param split whether more than one box is needed
	 * @param voidVolumeMm3 empty space left over all boxes
	 * @param standard the same items in the shop's standard box, for comparison
	 */
	record Packed(List<BoxLoad> boxes, boolean split, long itemsVolumeMm3, long voidVolumeMm3, BigDecimal voidLitres,
			BigDecimal cost, String currency, StandardComparison standard) implements Recommendation {
	}

	/**
	 * One box and what goes in it.
	 *
	 * @param fillRate share of the box's volume the items take, 0 to 1
	 * @param weightG weight of the contents (the box itself not included)
	 */
	record BoxLoad(PackagingBox box, List<PackItem> items, long itemsVolumeMm3, double fillRate, long voidVolumeMm3,
			BigDecimal voidLitres, int weightG) {
	}

	/**
	 * The items in the shop's standard box instead: how many of those they would take and
	 * how much less void the recommendation leaves.
	 *
	 * @param standardBoxes standard boxes the items would need; 0 when they do not fit it
	 * (an item is too large or too heavy for it), and then nothing is saved or compared
	 * @param voidSavedMm3 void volume of the standard packing minus the recommended one;
	 * null when the standard box does not fit
	 */
	record StandardComparison(PackagingBox box, int standardBoxes, @Nullable Long voidVolumeMm3,
			@Nullable Long voidSavedMm3, @Nullable BigDecimal voidSavedLitres) {
	}

	/**
	 * Some items have no dimensions or weight in the catalogue, or are not in it at all.
	 */
	record UnknownDimensions(List<String> skus) implements Recommendation {
	}

	/** The shop has no boxes in its catalogue yet. */
	record NoBoxes() implements Recommendation {
	}

	/** Some items fit no box of the catalogue on their own (too long or too heavy). */
	record TooLarge(List<String> skus) implements Recommendation {
	}

	/** The items would need more boxes than one parcel may be split into. */
	record TooMany(int maxBoxes) implements Recommendation {
	}

	/** Cubic millimetres as litres, to the millilitre. */
	static BigDecimal litres(long mm3) {
		return BigDecimal.valueOf(mm3).movePointLeft(6).setScale(3, RoundingMode.HALF_UP);
	}

}
