package dev.doorstep.returns.label;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Every {@link ReturnLabelProvider} in the application, by carrier. */
@Component
public class ReturnLabelProviders {

	private final List<ReturnLabelProvider> providers;

	ReturnLabelProviders(List<ReturnLabelProvider> providers) {
		this.providers = List.copyOf(providers);
	}

	/** All providers, configured or not (for a settings page that lists them). */
	public List<ReturnLabelProvider> all() {
		return this.providers;
	}

	/** The provider of this carrier, configured or not. */
	public Optional<ReturnLabelProvider> find(String carrier) {
		return this.providers.stream().filter(provider -> provider.carrier().equalsIgnoreCase(carrier)).findFirst();
	}

	/**
	 * The carrier's provider when it can make a label for a parcel from this country
	 * right now; empty means: use the Doorstep label alone.
	 */
	public Optional<ReturnLabelProvider> forSender(String carrier, String senderCountry) {
		String country = senderCountry.toUpperCase(Locale.ROOT);
		return find(carrier).filter(provider -> provider.configured() && provider.serves(country));
	}

	/** Providers that can make a label for a parcel from this country right now. */
	public List<ReturnLabelProvider> availableFor(String senderCountry) {
		String country = senderCountry.toUpperCase(Locale.ROOT);
		return this.providers.stream().filter(provider -> provider.configured() && provider.serves(country)).toList();
	}

}
