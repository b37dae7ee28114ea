package dev.doorstep.shipment.push.aftership;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.push.AbstractPushSourceContractTests;
import dev.doorstep.shipment.push.PushSource;
import dev.doorstep.shipment.push.PushedTracking;
import dev.doorstep.shipment.push.Signatures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AfterShipPushSourceTests extends AbstractPushSourceContractTests {

	private final AfterShipPushSource source = new AfterShipPushSource();

	@Override
	protected PushSource source() {
		return this.source;
	}

	@Override
	protected Map<String, String> signedHeaders(byte[] body, String secret) {
		return Map.of("Content-Type", "application/json", "aftership-hmac-sha256",
				Base64.getEncoder().encodeToString(Signatures.hmacSha256(secret, body)), "as-webhook-version",
				"2026-07");
	}

	@Override
	protected List<StatusCodeTable> statusCodes() {
		return List.of(AfterShipStatusCodes.TABLE);
	}

	@Override
	protected CarrierCode deliveredCarrier() {
		return new CarrierCode("dhl");
	}

	@Test
	void deliveryIdIsTheEventId() {
		assertThat(this.source.parse(signed("delivered")).deliveryId())
			.isEqualTo("2d3f4a7e-8c1b-4b0e-9f57-1c2b3d4e5f60");
	}

	@Test
	void deliveredToNeighbourKeepsSignatureDeliveryTimeAndEstimate() {
		PushedTracking tracking = single("delivered");
		assertThat(tracking.sourceCarrier()).isEqualTo("dhl-germany");
		assertThat(tracking.signedBy()).isEqualTo("Nachbar Meier");
		assertThat(tracking.deliveredAt()).isEqualTo("2026-11-21T10:42:00Z");
		assertThat(tracking.estimatedDelivery()).isEqualTo("2026-11-21T00:00:00Z");
		assertThat(tracking.events().getLast().subStatus()).isEqualTo("DELIVERED_NEIGHBOR");
		assertThat(tracking.events().get(1).location()).isEqualTo(new TrackingEvent.Location("Köln", "50997", "DE"));
	}

	@Test
	void olderWebhookVersionsWithIso3AndZipAreRead() {
		PushedTracking tracking = single("in-transit");
		assertThat(tracking.carrier()).isEqualTo(new CarrierCode("ups"));
		assertThat(tracking.events().getFirst().location())
			.isEqualTo(new TrackingEvent.Location("NEUSS", "41460", "DE"));
		assertThat(tracking.events().getFirst().subStatus()).isEqualTo("IN_TRANSIT_PICKED_UP");
		assertThat(tracking.events().getLast().subStatus()).isEqualTo("IN_TRANSIT_DEPARTED_HUB");
		assertThat(tracking.estimatedDelivery()).isEqualTo("2026-11-24T00:00:00Z");
	}

	@Test
	void failedAttemptNamesTheRecipient() {
		CarrierEvent attempt = single("exception").events().getFirst();
		assertThat(attempt.status()).isEqualTo(TrackingStatus.ATTEMPT_FAIL);
		assertThat(attempt.subStatus()).isEqualTo("ATTEMPT_FAIL_RECIPIENT_ABSENT");
		assertThat(attempt.rawCode()).isEqualTo("AttemptFail_002");
	}

	@Test
	void unknownSubtagTakesItsTagAndIsCounted() {
		StatusCodeTable.Lookup lookup = AfterShipMapper.lookup("Exception_099", "Exception");
		assertThat(lookup.mapped()).isFalse();
		assertThat(lookup.rawCode()).isEqualTo("Exception_099");
		assertThat(lookup.mapping().status()).isEqualTo(TrackingStatus.EXCEPTION);
		assertThat(AfterShipMapper.lookup("Brandnew_001", "AttemptFail").mapping().status())
			.isEqualTo(TrackingStatus.ATTEMPT_FAIL);
		CarrierEvent unknown = single("unknown-code").events().getFirst();
		assertThat(unknown.rawCode()).isEqualTo("InTransit_099");
		assertThat(unknown.location()).isEqualTo(new TrackingEvent.Location("Wien", "1010", "AT"));
	}

	@Test
	void countriesAreStoredAsIso2() {
		assertThat(AfterShipMapper.iso2("DEU")).isEqualTo("DE");
		assertThat(AfterShipMapper.iso2("gbr")).isEqualTo("GB");
		assertThat(AfterShipMapper.iso2("NL")).isEqualTo("NL");
		assertThat(AfterShipMapper.iso2("XYZ")).isNull();
	}

	@Test
	void slugsOfOtherNetworksStayUnmapped() {
		assertThat(AfterShipCarriers.TABLE.carrier("hermes-de")).isEqualTo(new CarrierCode("hermes"));
		assertThat(AfterShipCarriers.TABLE.carrier("deutsch-post")).isEqualTo(new CarrierCode("deutsche-post"));
		assertThat(AfterShipCarriers.TABLE.carrier("gls-italy")).isNull();
		assertThat(AfterShipCarriers.TABLE.carrier("hermes")).isNull();
	}

}
