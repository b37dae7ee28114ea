package dev.doorstep.shipment.push;

import dev.doorstep.shipment.carrier.MalformedResponseException;

/**
 * A service that calls Doorstep with tracking news (an aggregator such as AfterShip,
 * EasyPost or 17TRACK, or a carrier's own webhooks). Implementations are Spring beans in
 * one sub-package each; {@link #code()} is the {@code {code}} of
 * {@code /hooks/carriers/{code}/{shopSlug}}.
 */
public interface PushSource {

	String code();

	/** The name merchants know the source by. */
	default String displayName() {
		return code();
	}

	/**
	 * Checks the signature with the shop's secret for this source, over the exact bytes
	 * received. Must compare in constant time.
	 */
	Verification verify(PushRequest request, String secret);

	/**
	 * Maps a verified payload. Pure: no network, no database.
	 * @throws MalformedResponseException when the body is not what the source sends
	 */
	PushPayload parse(PushRequest request);

}
