package dev.doorstep.packaging.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.doorstep.order.OrderId;
import dev.doorstep.packaging.PackItem;
import dev.doorstep.packaging.Packaging;
import dev.doorstep.packaging.Recommendation;
import dev.doorstep.runtime.ApiProblems;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.Problems;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/packaging/recommend}: the box for a list of items, an order or one
 * parcel. What the shop has to fix first (dimensions missing, no boxes, an item larger
 * than every box) is answered with 422 naming it.
 */
@RestController
class RecommendController {

	private final Packaging packaging;

	RecommendController(Packaging packaging) {
		this.packaging = packaging;
	}

	@ApiProblems(HttpStatus.UNPROCESSABLE_CONTENT)
	@PostMapping("/api/v1/packaging/recommend")
	ResponseEntity<?> recommend(ShopId shop, @Valid @RequestBody RecommendRequest request) {
		int given = ((request.items() != null) ? 1 : 0) + ((request.orderId() != null) ? 1 : 0)
				+ ((request.shipmentId() != null) ? 1 : 0);
		if (given != 1) {
			throw new InvalidRequestException("items", "send exactly one of items, orderId or shipmentId");
		}
		Recommendation recommendation;
		String source;
		if (request.items() != null) {
			if (request.items().isEmpty()) {
				throw new InvalidRequestException("items", "must not be empty");
			}
			recommendation = this.packaging.recommend(shop,
					request.items().stream().map(item -> new PackItem(item.sku().strip(), item.quantity())).toList());
			source = "items";
		}
		else if (request.orderId() != null) {
			recommendation = this.packaging.recommendForOrder(shop, new OrderId(request.orderId()));
			source = "orderId";
		}
		else {
			recommendation = this.packaging.recommendForShipment(shop, new ShipmentId(request.shipmentId()));
			source = "shipmentId";
		}
		return switch (recommendation) {
			case Recommendation.Packed packed -> ResponseEntity.ok(packed);
			case Recommendation.UnknownDimensions unknown -> unprocessable("unknown-dimensions", "Unknown dimensions",
					unknown.skus(), violations(request, source, unknown.skus(),
							"has no lengthMm, widthMm, heightMm and weightG in the catalogue (POST /api/v1/products)"));
			case Recommendation.TooLarge large -> unprocessable("too-large", "Larger than every box", large.skus(),
					violations(request, source, large.skus(), "fits no box of the catalogue (too long or too heavy)"));
			case Recommendation.NoBoxes none ->
				unprocessable("no-boxes", "No boxes", List.of(), List.of(new FieldViolation("boxes",
						"the shop has no boxes yet: PUT /api/v1/packaging/boxes with its box catalogue")));
			case Recommendation.TooMany many -> unprocessable("too-many-boxes", "Too many boxes", List.of(),
					List.of(new FieldViolation(source, "the items need more than " + many.maxBoxes() + " boxes")));
		};
	}

	/**
	 * Names each SKU where the request has it: at its item, or at the order or parcel.
	 */
	private static List<FieldViolation> violations(RecommendRequest request, String source, List<String> skus,
			String reason) {
		List<FieldViolation> violations = new ArrayList<>();
		for (String sku : skus) {
			String field = source;
			if (request.items() != null) {
				for (int i = 0; i < request.items().size(); i++) {
					if (request.items().get(i).sku().strip().equals(sku)) {
						field = "items[" + i + "].sku";
						break;
					}
				}
			}
			violations.add(new FieldViolation(field, sku + " " + reason));
		}
		return violations;
	}

	private static ResponseEntity<ProblemDetail> unprocessable(String type, String title, List<String> skus,
			List<FieldViolation> violations) {
		ProblemDetail problem = Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, type, title,
				violations.getFirst().field() + ": " + violations.getFirst().reason());
		problem.setProperty("errors",
				violations.stream().map(v -> Map.of("field", v.field(), "reason", v.reason())).toList());
		if (!skus.isEmpty()) {
			problem.setProperty("skus", skus);
		}
		return Problems.response(problem);
	}

	/** Exactly one of the three: the items, an order or one parcel. */
	record RecommendRequest(@Nullable @Size(max = 500) List<@Valid @NotNull ItemJson> items, @Nullable UUID orderId,
			@Nullable UUID shipmentId) {
	}

	record ItemJson(@NotBlank @Size(max = 100) String sku, @NotNull @Positive @Max(10_000) Integer quantity) {
	}

}
