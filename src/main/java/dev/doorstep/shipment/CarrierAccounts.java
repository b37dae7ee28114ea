package dev.doorstep.shipment;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shipment.carrier.CarrierAdapters;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.internal.CarrierAccountRepository;
import dev.doorstep.shipment.internal.TrackingLegRepository;
import dev.doorstep.shipment.push.PushSource;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shops' own contracts with carriers and secrets with push sources. A shop without one
 * uses the instance-wide credentials of the adapter's properties.
 */
@Service
public class CarrierAccounts {

	private final CarrierAccountRepository accounts;

	private final TrackingLegRepository legs;

	private final List<PushSource> pushSources;

	private final CarrierAdapters adapters;

	private final Clock clock;

	CarrierAccounts(CarrierAccountRepository accounts, TrackingLegRepository legs, List<PushSource> pushSources,
			CarrierAdapters adapters, Clock clock) {
		this.adapters = adapters;
		this.accounts = accounts;
		this.legs = legs;
		this.pushSources = pushSources;
		this.clock = clock;
	}

	/**
	 * One carrier or push source as a shop sees it.
	 *
	 * @param pushSource {@code true} for a source that calls Doorstep, {@code false} for
	 * a carrier Doorstep polls
	 * @param instanceCredentials whether the instance has credentials of its own for this
	 * carrier (so shops without an account are polled too)
	 * @param account the shop's account, secrets masked, or {@code null}
	 */
	public record Overview(String code, String name, boolean pushSource, boolean instanceCredentials,
			@Nullable CarrierAccount account) {
	}

	/**
	 * Every carrier with an adapter and every push source, with the shop's account
	 * masked.
	 */
	public List<Overview> overview(ShopId shop) {
		java.util.Map<String, CarrierAccount> saved = new java.util.HashMap<>();
		this.accounts.list(shop).forEach(account -> saved.put(account.code(), account.masked()));
		List<Overview> rows = new java.util.ArrayList<>();
		for (String code : this.adapters.codes()) {
			boolean instance = this.adapters.get(new CarrierCode(code))
				.canTrack(new TrackingQuery("", null, null, null));
			rows.add(new Overview(code, new CarrierCode(code).displayName(), false, instance, saved.get(code)));
		}
		this.pushSources.stream()
			.sorted(java.util.Comparator.comparing(PushSource::displayName))
			.forEach(source -> rows
				.add(new Overview(source.code(), source.displayName(), true, false, saved.get(source.code()))));
		return rows;
	}

	/** Codes an account may be saved for: carriers and push sources. */
	public List<String> codes() {
		List<String> codes = new java.util.ArrayList<>(CarrierCode.known());
		codes.remove(CarrierCode.SIMULATED.value());
		this.pushSources.stream().map(PushSource::code).sorted().forEach(codes::add);
		return codes;
	}

	/**
	 * Saves the shop's account; legs of that carrier waiting for credentials are polled
	 * at once.
	 */
	@Transactional
	public CarrierAccount save(ShopId shop, CarrierAccount account) {
		if (!codes().contains(account.code())) {
			throw new InvalidRequestException("code",
					"unknown carrier or push source '" + account.code() + "'; known: " + String.join(", ", codes()));
		}
		if (account.apiKey() == null && account.webhookSecret() == null) {
			throw new InvalidRequestException("apiKey",
					"give apiKey (with apiSecret where the carrier has one) to poll, or webhookSecret to receive pushes");
		}
		if (account.apiSecret() != null && account.apiKey() == null) {
			throw new InvalidRequestException("apiKey", "an apiSecret needs the apiKey (client id) it belongs to");
		}
		CarrierAccount stamped = new CarrierAccount(account.code(), account.apiKey(), account.apiSecret(),
				account.accountNumber(), account.webhookSecret(), this.clock.instant());
		this.accounts.save(shop, stamped, this.clock.instant());
		CarrierCode.parse(account.code()).ifPresent(carrier -> this.legs.rearm(shop, carrier, this.clock.instant()));
		return stamped;
	}

	public Optional<CarrierAccount> find(ShopId shop, String code) {
		return this.accounts.find(shop, code);
	}

	public List<CarrierAccount> list(ShopId shop) {
		return this.accounts.list(shop);
	}

	public void delete(ShopId shop, String code) {
		if (!this.accounts.delete(shop, code)) {
			throw new NotFoundException("Carrier account", code);
		}
	}

	/** The shop's credentials for polling this carrier, if it has its own. */
	public Optional<CarrierCredentials> credentials(ShopId shop, CarrierCode carrier) {
		return this.accounts.find(shop, carrier.value())
			.filter(account -> account.apiKey() != null)
			.map(account -> new CarrierCredentials(account.apiKey(), account.apiSecret(), account.accountNumber()));
	}

}
