package dev.doorstep.delivery.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.doorstep.delivery.DeliveryPrediction;
import dev.doorstep.delivery.DeliverySettings;
import dev.doorstep.delivery.LaneOverview;
import dev.doorstep.delivery.PastDelivery;
import dev.doorstep.delivery.PromiseQuery;
import dev.doorstep.delivery.ShipmentPromise;
import dev.doorstep.delivery.model.Lane;
import dev.doorstep.delivery.model.PredictionRequest;
import dev.doorstep.delivery.model.TransitSample;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@link dev.doorstep.delivery.DeliveryPromises} does: checks input, asks the
 * models, reads a parcel's stored promise.
 */
@Component
public class Promises {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,11}");

	private static final int MAX_DEFAULT_DAYS = 60;

	private final Models models;

	private final PromiseRepository promises;

	private final DeliverySettingsRepository settings;

	private final Shops shops;

	private final SampleRepository samples;

	Promises(Models models, PromiseRepository promises, DeliverySettingsRepository settings, Shops shops,
			SampleRepository samples) {
		this.samples = samples;
		this.models = models;
		this.promises = promises;
		this.settings = settings;
		this.shops = shops;
	}

	public DeliveryPrediction promise(ShopId shop, PromiseQuery query, Instant now) {
		List<FieldViolation> violations = new ArrayList<>();
		String carrier = carrier(query.carrier(), "carrier", violations);
		if (query.service() != null && query.service().length() > 64) {
			violations.add(new FieldViolation("service", "must be at most 64 characters"));
		}
		String destination = country(query.destinationCountry(), "destinationCountry", true, violations);
		String origin = country(query.originCountry(), "originCountry", false, violations);
		String originPostcode = postcode(query.originPostcode(), "originPostcode", violations);
		String destinationPostcode = postcode(query.destinationPostcode(), "destinationPostcode", violations);
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		DeliverySettings settings = this.settings.find(shop);
		if (origin == null) {
			origin = settings.originCountry() != null ? settings.originCountry() : destination;
			originPostcode = originPostcode != null ? originPostcode : settings.originPostcode();
		}
		Lane lane = new Lane(carrier, blankToNull(query.service()), origin, originPostcode, destination,
				destinationPostcode);
		Instant orderedAt = query.orderedAt() != null ? query.orderedAt() : now;
		PredictionRequest request = new PredictionRequest(lane, orderedAt, null, settings.cutOff(),
				this.shops.get(shop).timeZone(), now, null, null, null, null,
				settings.defaultDays(carrier, destination));
		return this.models.forShop(shop).predict(request);
	}

	@Transactional(readOnly = true)
	public Optional<ShipmentPromise> forShipment(ShopId shop, ShipmentId shipment) {
		return this.promises.find(shop, shipment).flatMap(state -> {
			Optional<ShipmentPromise.Prediction> current = this.promises.prediction(shop, state.latestId());
			Optional<ShipmentPromise.Prediction> first = this.promises.prediction(shop, state.firstId());
			if (current.isEmpty() || first.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new ShipmentPromise(current.get(), first.get(), this.promises.history(shop, shipment),
					state.carrierEstimate(), state.promisedDate(), state.deliveredOn(), state.onTime(), state.delay()));
		});
	}

	public Optional<String> version(ShopId shop, ShipmentId shipment) {
		return this.promises.version(shop, shipment);
	}

	public DeliverySettings settings(ShopId shop) {
		return this.settings.find(shop);
	}

	@Transactional
	public DeliverySettings saveSettings(ShopId shop, DeliverySettings settings, Instant now) {
		List<FieldViolation> violations = new ArrayList<>();
		if (!(settings.delayThreshold() > 0 && settings.delayThreshold() < 1)) {
			violations.add(new FieldViolation("delayThreshold", "must be between 0 and 1 (exclusive)"));
		}
		if (!(settings.coverage() >= 0.5 && settings.coverage() <= 0.99)) {
			violations.add(new FieldViolation("coverage", "must be between 0.5 and 0.99"));
		}
		String origin = country(settings.originCountry(), "originCountry", false, violations);
		String postcode = postcode(settings.originPostcode(), "originPostcode", violations);
		List<DeliverySettings.DefaultDays> days = new ArrayList<>();
		for (int i = 0; i < settings.defaultDays().size(); i++) {
			DeliverySettings.DefaultDays row = settings.defaultDays().get(i);
			String prefix = "defaultDays[" + i + "].";
			String carrier = carrier(row.carrier(), prefix + "carrier", violations);
			String country = country(row.destinationCountry(), prefix + "destinationCountry", true, violations);
			if (row.businessDays() < 0 || row.businessDays() > MAX_DEFAULT_DAYS) {
				violations
					.add(new FieldViolation(prefix + "businessDays", "must be between 0 and " + MAX_DEFAULT_DAYS));
			}
			if (days.stream()
				.anyMatch(other -> other.carrier().equals(carrier) && other.destinationCountry().equals(country))) {
				violations
					.add(new FieldViolation(prefix + "destinationCountry", "is listed twice for carrier " + carrier));
			}
			days.add(new DeliverySettings.DefaultDays(carrier, country, row.businessDays()));
		}
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		DeliverySettings previous = this.settings.find(shop);
		DeliverySettings clean = new DeliverySettings(settings.delayThreshold(), settings.cutOff(), origin, postcode,
				settings.coverage(), days);
		this.settings.save(shop, clean, now);
		if (previous.coverage() != clean.coverage()) {
			this.models.forget(shop);
		}
		return clean;
	}

	@Transactional
	public int importHistory(ShopId shop, List<PastDelivery> deliveries) {
		int added = 0;
		for (PastDelivery delivery : deliveries) {
			if (delivery.deliveredAt().isBefore(delivery.handedOverAt())) {
				continue;
			}
			TransitSample sample = new TransitSample(
					new Lane(delivery.carrier(), delivery.service(), delivery.originCountry(),
							delivery.originPostcode(), delivery.destinationCountry(), delivery.destinationPostcode()),
					delivery.handedOverAt(), delivery.deliveredAt());
			// A stable id per shop and reference: a second import of the same parcel is a
			// no-op.
			ShipmentId id = new ShipmentId(UUID.nameUUIDFromBytes(
					(shop.value() + ":" + delivery.reference()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			if (this.samples.add(shop, id, sample, delivery.promisedDate())) {
				this.models.learnAfterCommit(shop, sample);
				added++;
			}
		}
		return added;
	}

	public LaneOverview lanes(ShopId shop) {
		List<LaneOverview.CarrierRow> carriers = this.promises.carriers(shop)
			.stream()
			.map(row -> new LaneOverview.CarrierRow(row.carrier(), row.delivered(), row.withPromise(), row.onTime()))
			.toList();
		List<LaneOverview.LaneRow> lanes = this.models.forShop(shop)
			.lanes()
			.stream()
			.map(lane -> new LaneOverview.LaneRow(lane.carrier(), lane.level(), lane.deliveries(),
					lane.medianBusinessDays(), lane.p90BusinessDays()))
			.toList();
		return new LaneOverview(carriers, lanes);
	}

	private static String carrier(@Nullable String value, String field, List<FieldViolation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "is required"));
			return "";
		}
		Optional<CarrierCode> code = CarrierCode.parse(value.strip());
		if (code.isEmpty()) {
			violations.add(new FieldViolation(field,
					"unknown carrier '" + value + "'; known carriers: " + String.join(", ", CarrierCode.known())));
			return "";
		}
		return code.get().value();
	}

	private static @Nullable String country(@Nullable String value, String field, boolean required,
			List<FieldViolation> violations) {
		if (value == null || value.isBlank()) {
			if (required) {
				violations.add(new FieldViolation(field, "is required"));
				return "";
			}
			return null;
		}
		String upper = value.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(upper)) {
			violations.add(new FieldViolation(field, "must be an ISO 3166-1 alpha-2 country code, e.g. DE"));
		}
		return upper;
	}

	private static @Nullable String postcode(@Nullable String value, String field, List<FieldViolation> violations) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!POSTCODE.matcher(value.strip()).matches()) {
			violations.add(new FieldViolation(field, "must be 1 to 12 letters, digits, spaces or dashes"));
		}
		return value.strip().toUpperCase(Locale.ROOT);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
