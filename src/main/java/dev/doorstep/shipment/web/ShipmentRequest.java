package dev.doorstep.shipment.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/orders/{id}/shipments}: a parcel the shop handed to a carrier.
 */
record ShipmentRequest(@Nullable String carrier,
		@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9 -]*",
				message = "must contain only letters, digits, spaces and dashes") String trackingNumber,
		@Nullable @Size(max = 100) String service, @Nullable @Size(max = 500) List<@NotNull @Valid Item> items,
		@Nullable Instant shippedAt, @Nullable @Valid Origin origin, @Nullable LocalDate promisedDeliveryDate) {

	record Item(@NotBlank @Size(max = 100) String sku, @NotNull @Positive @Max(10_000) Integer quantity) {
	}

	record Origin(@Nullable @Size(max = 20) String postcode, @Nullable @Pattern(regexp = "[A-Z]{2}",
			message = "must be an ISO 3166-1 alpha-2 code such as DE") String country) {
	}

}
