package dev.doorstep.delivery.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.doorstep.delivery.DeliveryPromises;
import dev.doorstep.delivery.DeliverySettings;
import dev.doorstep.delivery.PromiseQuery;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The delivery promise for a product page or checkout, and the shop's delivery settings.
 */
@RestController
class DeliveryPromiseController {

	private final DeliveryPromises promises;

	DeliveryPromiseController(DeliveryPromises promises) {
		this.promises = promises;
	}

	@GetMapping("/api/v1/delivery-promise")
	PredictionJson promise(ShopId shop, @RequestParam(required = false) @Nullable String carrier,
			@RequestParam(required = false) @Nullable String service,
			@RequestParam(required = false) @Nullable String originCountry,
			@RequestParam(required = false) @Nullable String originPostcode,
			@RequestParam(required = false) @Nullable String destinationCountry,
			@RequestParam(required = false) @Nullable String destinationPostcode,
			@RequestParam(required = false) @Nullable String orderedAt) {
		PromiseQuery query = new PromiseQuery(carrier == null ? "" : carrier, service, originCountry, originPostcode,
				destinationCountry == null ? "" : destinationCountry, destinationPostcode, instant(orderedAt));
		return PredictionJson.of(this.promises.promise(shop, query));
	}

	@GetMapping("/api/v1/delivery/settings")
	SettingsJson settings(ShopId shop) {
		return SettingsJson.of(this.promises.settings(shop));
	}

	@PutMapping("/api/v1/delivery/settings")
	SettingsJson saveSettings(ShopId shop, @RequestBody SettingsJson body) {
		return SettingsJson.of(this.promises.saveSettings(shop, body.settings()));
	}

	/**
	 * The settings as JSON; a missing number means its default.
	 *
	 * @param cutOff {@code HH:mm} in the shop's time zone
	 */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	record SettingsJson(@Nullable Double delayThreshold, @Nullable String cutOff, @Nullable String originCountry,
			@Nullable String originPostcode, @Nullable Double coverage,
			@Nullable List<DeliverySettings.DefaultDays> defaultDays) {

		static SettingsJson of(DeliverySettings settings) {
			return new SettingsJson(settings.delayThreshold(),
					settings.cutOff() == null ? null : settings.cutOff().toString(), settings.originCountry(),
					settings.originPostcode(), settings.coverage(), settings.defaultDays());
		}

		DeliverySettings settings() {
			LocalTime time = null;
			if (this.cutOff != null && !this.cutOff.isBlank()) {
				try {
					time = LocalTime.parse(this.cutOff.strip());
				}
				catch (DateTimeParseException ex) {
					throw new InvalidRequestException("cutOff", "must be a time of day as HH:mm, e.g. 14:00");
				}
			}
			return new DeliverySettings(
					this.delayThreshold == null ? DeliverySettings.DEFAULT_DELAY_THRESHOLD : this.delayThreshold, time,
					this.originCountry, this.originPostcode,
					this.coverage == null ? DeliverySettings.DEFAULT_COVERAGE : this.coverage,
					this.defaultDays == null ? List.of() : this.defaultDays);
		}

	}

	/**
	 * ISO-8601 with offset ({@code 2026-11-23T10:15:00Z}) or a plain date (start of day
	 * UTC).
	 */
	private static @Nullable Instant instant(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(value.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException again) {
				throw new InvalidRequestException("orderedAt",
						"must be an ISO-8601 timestamp with offset, e.g. 2026-11-23T10:15:00Z");
			}
		}
	}

}
