package dev.doorstep.packaging.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.doorstep.packaging.PackItem;
import dev.doorstep.packaging.PackagingBox;
import dev.doorstep.packaging.Recommendation;
import dev.doorstep.packaging.internal.BinPacker.Unit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The box choice on the real packing library (no test double for the packer). */
class BoxChooserTests {

	static final PackagingBox SMALL = box("S", 200, 150, 100, 5_000, "1.00", false);

	static final PackagingBox MEDIUM = box("M", 300, 250, 150, 10_000, "1.50", false);

	static final PackagingBox LARGE = box("L", 400, 300, 250, 20_000, "2.20", true);

	/** Long and flat: only the 800 mm side takes an umbrella. */
	static final PackagingBox TUBE = box("TUBE", 100, 800, 100, 3_000, "1.80", false);

	final BoxChooser chooser = new BoxChooser(new SkjolberBinPacker(), 10, Duration.ofSeconds(2));

	@Test
	void oneSmallItemGoesInTheSmallestBox() {
		Recommendation.Packed packed = packed(
				this.chooser.choose(units("BALM", 1, 80, 50, 30, 100), List.of(LARGE, MEDIUM, SMALL)));

		assertThat(packed.boxes()).hasSize(1);
		Recommendation.BoxLoad load = packed.boxes().getFirst();
		assertThat(load.box().id()).isEqualTo("S");
		assertThat(load.items()).containsExactly(new PackItem("BALM", 1));
		assertThat(load.itemsVolumeMm3()).isEqualTo(120_000);
		assertThat(load.voidVolumeMm3()).isEqualTo(3_000_000 - 120_000);
		assertThat(load.fillRate()).isEqualTo(0.04);
		assertThat(load.weightG()).isEqualTo(100);
		assertThat(packed.split()).isFalse();
		// Against the large standard box: 30 l minus the balm instead of 3 l minus it.
		assertThat(packed.standard().box().id()).isEqualTo("L");
		assertThat(packed.standard().standardBoxes()).isEqualTo(1);
		assertThat(packed.standard().voidSavedMm3()).isEqualTo(30_000_000L - 3_000_000L);
		assertThat(packed.standard().voidSavedLitres()).isEqualByComparingTo("27.000");
	}

	@Test
	void aLargerSetTakesTheNextBox() {
		// Four shoe boxes of 140 x 100 x 90: 5.04 l, more than the small box's 3 l.
		Recommendation.Packed packed = packed(
				this.chooser.choose(units("SHOE", 4, 140, 100, 90, 900), List.of(SMALL, MEDIUM, LARGE)));

		assertThat(packed.boxes()).singleElement()
			.satisfies(load -> assertThat(load.box().id()).isEqualTo("M"))
			.satisfies(load -> assertThat(load.items()).containsExactly(new PackItem("SHOE", 4)));
		assertThat(packed.boxes().getFirst().fillRate()).isEqualTo(0.448);
	}

	@Test
	void atEqualVolumeTheCheaperBoxWins() {
		PackagingBox cheap = box("CHEAP", 250, 300, 150, 10_000, "0.90", false);
		Recommendation.Packed packed = packed(
				this.chooser.choose(units("SHOE", 4, 140, 100, 90, 900), List.of(MEDIUM, cheap, LARGE)));

		assertThat(packed.boxes().getFirst().box().id()).isEqualTo("CHEAP");
	}

	@Test
	void rotationLetsALongItemFit() {
		// 700 mm long, given upright: only the tube box's length takes it, lying down.
		Recommendation.Packed packed = packed(
				this.chooser.choose(units("UMBRELLA", 1, 60, 60, 700, 400), List.of(SMALL, MEDIUM, LARGE, TUBE)));

		assertThat(packed.boxes().getFirst().box().id()).isEqualTo("TUBE");
		// It does not fit the standard box at all: nothing to compare.
		assertThat(packed.standard().standardBoxes()).isZero();
		assertThat(packed.standard().voidSavedMm3()).isNull();
	}

	@Test
	void whatFitsNoBoxIsSplitOverSeveral() {
		// Three 12 l items: 36 l do not fit the 30 l large box.
		Recommendation.Packed packed = packed(
				this.chooser.choose(units("KETTLE", 3, 300, 200, 200, 1_500), List.of(SMALL, MEDIUM, LARGE)));

		assertThat(packed.split()).isTrue();
		assertThat(packed.boxes()).hasSizeGreaterThan(1);
		assertThat(packed.boxes().stream().mapToInt(load -> load.items().getFirst().quantity()).sum()).isEqualTo(3);
		assertThat(packed.boxes())
			.allSatisfy(load -> assertThat(load.box().volumeMm3()).isGreaterThanOrEqualTo(load.itemsVolumeMm3()));
		assertThat(packed.voidVolumeMm3())
			.isEqualTo(packed.boxes().stream().mapToLong(Recommendation.BoxLoad::voidVolumeMm3).sum());
	}

	@Test
	void theWeightLimitIsRespected() {
		// Small enough for the small box, too heavy for it (5 kg): the medium box.
		Recommendation.Packed packed = packed(
				this.chooser.choose(units("DUMBBELL", 2, 100, 60, 60, 3_000), List.of(SMALL, MEDIUM, LARGE)));

		assertThat(packed.boxes()).singleElement()
			.satisfies(load -> assertThat(load.box().id()).isEqualTo("M"))
			.satisfies(load -> assertThat(load.weightG()).isEqualTo(6_000));
	}

	@Test
	void tooHeavyForEveryBoxIsSplitByWeight() {
		// Each 8 kg: two would do volume-wise in the medium box, but only one per 10 kg.
		Recommendation.Packed packed = packed(
				this.chooser.choose(units("ANVIL", 2, 100, 100, 100, 8_000), List.of(SMALL, MEDIUM)));

		assertThat(packed.boxes()).hasSize(2)
			.allSatisfy(load -> assertThat(load.weightG()).isLessThanOrEqualTo(load.box().maxWeightG()));
	}

	@Test
	void anItemLargerThanEveryBoxIsNamed() {
		List<Unit> units = new ArrayList<>(units("BALM", 1, 80, 50, 30, 100));
		units.addAll(units("SOFA", 1, 2_000, 900, 800, 40_000));

		assertThat(this.chooser.choose(units, List.of(SMALL, LARGE)))
			.isEqualTo(new Recommendation.TooLarge(List.of("SOFA")));
	}

	@Test
	void withoutBoxesTheAnswerSaysSo() {
		assertThat(this.chooser.choose(units("BALM", 1, 80, 50, 30, 100), List.of()))
			.isInstanceOf(Recommendation.NoBoxes.class);
	}

	@Test
	void moreBoxesThanAllowedIsNotAnAnswer() {
		BoxChooser twoAtMost = new BoxChooser(new SkjolberBinPacker(), 2, Duration.ofSeconds(2));

		// Ten shoe boxes of 1.26 l each in 3 l boxes: more than two boxes.
		assertThat(twoAtMost.choose(units("SHOE", 10, 140, 100, 90, 900), List.of(SMALL)))
			.isEqualTo(new Recommendation.TooMany(2));
	}

	private static Recommendation.Packed packed(Recommendation recommendation) {
		assertThat(recommendation).isInstanceOf(Recommendation.Packed.class);
		return (Recommendation.Packed) recommendation;
	}

	private static List<Unit> units(String sku, int quantity, int length, int width, int height, int weight) {
		List<Unit> units = new ArrayList<>();
		for (int i = 0; i < quantity; i++) {
			units.add(new Unit(sku, length, width, height, weight));
		}
		return units;
	}

	static PackagingBox box(String id, int length, int width, int height, int maxWeight, String cost,
			boolean standard) {
		return new PackagingBox(id, id + " box", length, width, height, maxWeight, new BigDecimal(cost), "EUR",
				standard);
	}

}
