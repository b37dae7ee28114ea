package dev.doorstep.shipment.carrier.hermes;

import java.time.Clock;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.carrier.CarrierCredentials;
import dev.doorstep.shipment.carrier.OAuthCarrierAdapter;

import org.springframework.stereotype.Component;

/**
 * Hermes Germany tracking. A shop's credentials are its HSI user name ({@code key}) and
 * password ({@code secret}); the OAuth client id and secret are the installation's
 * ({@code doorstep.carrier.hermes.client-id}/{@code client-secret}), as Hermes issues
 * them to the API partner. An expired or revoked token (e902/e903, 401) is dropped, so
 * the next poll logs in again.
 */
@Component
public class HermesAdapter extends OAuthCarrierAdapter {

	public static final CarrierCode CODE = new CarrierCode("hermes");

	private final HermesProperties properties;

	public HermesAdapter(HermesProperties properties, Clock clock) {
		super("Hermes", new HermesClient(properties, clock),
				new CarrierCredentials(properties.username(), properties.password(), null), new HermesMapper(), clock);
		this.properties = properties;
	}

	/**
	 * A Hermes user, and the installation's own OAuth client, which every login needs.
	 */
	@Override
	protected boolean complete(CarrierCredentials credentials) {
		return !this.properties.clientId().isBlank() && !credentials.key().isBlank();
	}

}
