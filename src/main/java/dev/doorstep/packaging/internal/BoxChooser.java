package dev.doorstep.packaging.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.doorstep.packaging.PackItem;
import dev.doorstep.packaging.PackagingBox;
import dev.doorstep.packaging.Recommendation;
import dev.doorstep.packaging.Recommendation.BoxLoad;
import dev.doorstep.packaging.Recommendation.StandardComparison;
import dev.doorstep.packaging.internal.BinPacker.BoxType;
import dev.doorstep.packaging.internal.BinPacker.Load;
import dev.doorstep.packaging.internal.BinPacker.Unit;

/**
 * Chooses the box: the smallest by volume (then the cheaper) that the packer fits all
 * units into; when none does, the packer's split over the catalogue, each box of it then
 * shrunk to the smallest that still holds its share.
 */
public final class BoxChooser {

	/**
	 * Smallest volume first; at equal volume the cheaper, then by id for a stable answer.
	 */
	static final Comparator<PackagingBox> SMALLEST_FIRST = Comparator.comparingLong(PackagingBox::volumeMm3)
		.thenComparing(PackagingBox::cost)
		.thenComparing(PackagingBox::id);

	private final BinPacker packer;

	private final int maxBoxes;

	private final Duration timeLimit;

	public BoxChooser(BinPacker packer, int maxBoxes, Duration timeLimit) {
		this.packer = packer;
		this.maxBoxes = maxBoxes;
		this.timeLimit = timeLimit;
	}

	public Recommendation choose(List<Unit> units, List<PackagingBox> catalogue) {
		if (catalogue.isEmpty()) {
			return new Recommendation.NoBoxes();
		}
		List<PackagingBox> boxes = catalogue.stream().sorted(SMALLEST_FIRST).toList();
		Set<String> tooLarge = new LinkedHashSet<>();
		for (Unit unit : units) {
			if (boxes.stream().noneMatch(box -> holdsAlone(box, unit))) {
				tooLarge.add(unit.sku());
			}
		}
		if (!tooLarge.isEmpty()) {
			return new Recommendation.TooLarge(List.copyOf(tooLarge));
		}
		Map<String, PackagingBox> byId = new LinkedHashMap<>();
		boxes.forEach(box -> byId.put(box.id(), box));
		List<Load> loads = smallestSingle(units, boxes).map(List::of).orElse(null);
		if (loads == null) {
			Optional<List<Load>> split = this.packer.pack(units, boxes.stream().map(BoxChooser::type).toList(),
					this.maxBoxes, this.timeLimit);
			if (split.isEmpty()) {
				return new Recommendation.TooMany(this.maxBoxes);
			}
			loads = split.get().stream().map(load -> shrink(units, load, boxes)).toList();
		}
		List<BoxLoad> packed = loads.stream().map(load -> boxLoad(units, load, byId.get(load.boxId()))).toList();
		long itemsVolume = units.stream().mapToLong(Unit::volumeMm3).sum();
		long voidVolume = packed.stream().mapToLong(BoxLoad::voidVolumeMm3).sum();
		BigDecimal cost = packed.stream().map(load -> load.box().cost()).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Recommendation.Packed(packed, packed.size() > 1, itemsVolume, voidVolume,
				Recommendation.litres(voidVolume), cost, packed.getFirst().box().currency(),
				standard(units, boxes, itemsVolume, voidVolume));
	}

	private Optional<Load> smallestSingle(List<Unit> units, List<PackagingBox> boxes) {
		long volume = units.stream().mapToLong(Unit::volumeMm3).sum();
		long weight = units.stream().mapToLong(Unit::weightG).sum();
		for (PackagingBox box : boxes) {
			// Volume and weight rule a box out without asking the packer.
			if (volume > box.volumeMm3() || weight > box.maxWeightG()) {
				continue;
			}
			Optional<List<Load>> one = this.packer.pack(units, List.of(type(box)), 1, this.timeLimit);
			if (one.isPresent()) {
				return Optional.of(one.get().getFirst());
			}
		}
		return Optional.empty();
	}

	/** The split's box for this share, or a smaller one that holds the share as well. */
	private Load shrink(List<Unit> units, Load load, List<PackagingBox> boxes) {
		List<Unit> share = load.units().stream().map(units::get).toList();
		return smallestSingle(share, boxes)
			.map(smaller -> new Load(smaller.boxId(), smaller.units().stream().map(load.units()::get).toList()))
			.orElse(load);
	}

	private StandardComparison standard(List<Unit> units, List<PackagingBox> boxes, long itemsVolume, long voidVolume) {
		PackagingBox standard = boxes.stream().filter(PackagingBox::standard).findFirst().orElse(boxes.getLast());
		boolean fits = units.stream().allMatch(unit -> holdsAlone(standard, unit));
		Optional<List<Load>> inStandard = fits
				? this.packer.pack(units, List.of(type(standard)), this.maxBoxes, this.timeLimit) : Optional.empty();
		if (inStandard.isEmpty()) {
			return new StandardComparison(standard, 0, null, null, null);
		}
		long standardVoid = inStandard.get().size() * standard.volumeMm3() - itemsVolume;
		long saved = standardVoid - voidVolume;
		return new StandardComparison(standard, inStandard.get().size(), standardVoid, saved,
				Recommendation.litres(saved));
	}

	private static BoxLoad boxLoad(List<Unit> units, Load load, PackagingBox box) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		long volume = 0;
		int weight = 0;
		for (int index : load.units()) {
			Unit unit = units.get(index);
			counts.merge(unit.sku(), 1, Integer::sum);
			volume += unit.volumeMm3();
			weight += unit.weightG();
		}
		List<PackItem> items = new ArrayList<>();
		counts.forEach((sku, quantity) -> items.add(new PackItem(sku, quantity)));
		double fill = BigDecimal.valueOf(volume)
			.divide(BigDecimal.valueOf(box.volumeMm3()), 3, RoundingMode.HALF_UP)
			.doubleValue();
		long voidVolume = box.volumeMm3() - volume;
		return new BoxLoad(box, List.copyOf(items), volume, fill, voidVolume, Recommendation.litres(voidVolume),
				weight);
	}

	/** One cuboid fits a box (turned any way) when its sorted sides fit the box's. */
	static boolean holdsAlone(PackagingBox box, Unit unit) {
		int[] inner = { box.innerLengthMm(), box.innerWidthMm(), box.innerHeightMm() };
		int[] outer = { unit.lengthMm(), unit.widthMm(), unit.heightMm() };
		Arrays.sort(inner);
		Arrays.sort(outer);
		return unit.weightG() <= box.maxWeightG() && outer[0] <= inner[0] && outer[1] <= inner[1]
				&& outer[2] <= inner[2];
	}

	static BoxType type(PackagingBox box) {
		return new BoxType(box.id(), box.innerLengthMm(), box.innerWidthMm(), box.innerHeightMm(), box.maxWeightG());
	}

}
