package dev.doorstep.packaging.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.github.skjolber.packing.api.Box;
import com.github.skjolber.packing.api.Container;
import com.github.skjolber.packing.api.ContainerItem;
import com.github.skjolber.packing.api.PackagerResult;
import com.github.skjolber.packing.api.StackPlacement;
import com.github.skjolber.packing.api.StackableItem;
import com.github.skjolber.packing.packer.laff.LargestAreaFitFirstPackager;

import org.springframework.stereotype.Component;

/**
 * {@link BinPacker} on skjolber's 3d-bin-container-packing, Largest Area Fit First: fast
 * (milliseconds for a parcel's items) and good enough for boxes of a shop's size; the
 * brute-force packagers of the library grow exponentially with the number of units.
 */
@Component
class SkjolberBinPacker implements BinPacker {

	// Thread-safe per the library's README: one instance for all requests.
	private final LargestAreaFitFirstPackager packager = LargestAreaFitFirstPackager.newBuilder().build();

	@Override
	public Optional<List<Load>> pack(List<Unit> units, List<BoxType> types, int maxBoxes, Duration timeLimit) {
		if (units.isEmpty() || types.isEmpty()) {
			return Optional.empty();
		}
		List<StackableItem> items = new ArrayList<>();
		for (int i = 0; i < units.size(); i++) {
			Unit unit = units.get(i);
			// The index as id: placements name the unit they hold.
			items.add(new StackableItem(Box.newBuilder()
				.withId(Integer.toString(i))
				.withDescription(unit.sku())
				.withSize(unit.lengthMm(), unit.widthMm(), unit.heightMm())
				.withRotate3D()
				.withWeight(unit.weightG())
				.build(), 1));
		}
		List<Container> containers = types.stream()
			.map(type -> (Container) Container.newBuilder()
				.withId(type.id())
				.withDescription(type.id())
				.withSize(type.lengthMm(), type.widthMm(), type.heightMm())
				.withEmptyWeight(0)
				.withMaxLoadWeight(type.maxWeightG())
				.build())
			.toList();
		PackagerResult result = this.packager.newResultBuilder()
			.withContainers(ContainerItem.newListBuilder().withContainers(containers).build())
			.withStackables(items)
			.withMaxContainerCount(maxBoxes)
			.withDeadline(System.currentTimeMillis() + timeLimit.toMillis())
			.build();
		if (!result.isSuccess() || result.isTimeout()) {
			return Optional.empty();
		}
		List<Load> loads = new ArrayList<>();
		int packed = 0;
		for (Container container : result.getContainers()) {
			List<Integer> in = new ArrayList<>();
			for (StackPlacement placement : container.getStack().getPlacements()) {
				in.add(Integer.parseInt(placement.getStackable().getId()));
			}
			packed += in.size();
			loads.add(new Load(container.getId(), List.copyOf(in)));
		}
		// The library answers with what it managed; only a complete packing counts.
		return (packed == units.size()) ? Optional.of(List.copyOf(loads)) : Optional.empty();
	}

}
