package dev.doorstep.shipment.web;

import java.time.Instant;
import java.util.List;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/shipments/{id}/events}: a batch of carrier events, already
 * normalized.
 */
record EventsRequest(@NotEmpty List<@NotNull @Valid Event> events) {

	record Event(@NotNull Instant occurredAt, @NotNull TrackingStatus status, @Nullable String subStatus,
			@Nullable IncidentReason incidentReason, @Nullable @Size(max = 500) String description,
			@Nullable @Valid Location location, @Nullable @Size(max = 200) String externalId) {
	}

	record Location(@Nullable @Size(max = 100) String city, @Nullable @Size(max = 20) String postcode,
			@Nullable @Pattern(regexp = "[A-Z]{2}",
					message = "must be an ISO 3166-1 alpha-2 code such as DE") String country) {
	}

}
