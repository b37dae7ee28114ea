package dev.doorstep.packaging.web;

import java.math.BigDecimal;
import java.util.List;

import dev.doorstep.packaging.Packaging;
import dev.doorstep.packaging.PackagingBox;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The shop's box catalogue over the API: read it, replace it as a whole. */
@RestController
class BoxController {

	/** 5 m inside: larger is a pallet, not a box. */
	static final int MAX_MM = 5_000;

	/** 1 t: more is not a parcel. */
	static final int MAX_G = 1_000_000;

	private final Packaging packaging;

	BoxController(Packaging packaging) {
		this.packaging = packaging;
	}

	@GetMapping("/api/v1/packaging/boxes")
	Catalogue boxes(ShopId shop) {
		return new Catalogue(this.packaging.boxes(shop));
	}

	@PutMapping("/api/v1/packaging/boxes")
	Catalogue replace(ShopId shop, @Valid @RequestBody Request request) {
		return new Catalogue(this.packaging.replaceBoxes(shop, request.boxes().stream().map(BoxJson::box).toList()));
	}

	record Catalogue(List<PackagingBox> boxes) {
	}

	record Request(@NotNull @Size(max = Packaging.MAX_BOXES) List<@Valid @NotNull BoxJson> boxes) {
	}

	/** A box as the shop sends it: inside measures in millimetres, load in grams. */
	record BoxJson(
			@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,40}",
					message = "must be 1 to 40 letters, digits, '.', '_' or '-'") String id,
			@NotBlank @Size(max = 100) String name, @NotNull @Positive @Max(MAX_MM) Integer innerLengthMm,
			@NotNull @Positive @Max(MAX_MM) Integer innerWidthMm, @NotNull @Positive @Max(MAX_MM) Integer innerHeightMm,
			@NotNull @Positive @Max(MAX_G) Integer maxWeightG,
			@NotNull @PositiveOrZero @DecimalMax("99999999.99") BigDecimal cost,
			@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR") String currency,
			boolean standard) {

		PackagingBox box() {
			return new PackagingBox(this.id, this.name.strip(), this.innerLengthMm, this.innerWidthMm,
					this.innerHeightMm, this.maxWeightG, this.cost, this.currency, this.standard);
		}

	}

}
