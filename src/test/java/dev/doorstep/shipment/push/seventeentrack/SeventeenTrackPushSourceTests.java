package dev.doorstep.shipment.push.seventeentrack;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.push.AbstractPushSourceContractTests;
import dev.doorstep.shipment.push.PushPayload;
import dev.doorstep.shipment.push.PushSource;
import dev.doorstep.shipment.push.PushedTracking;
import dev.doorstep.shipment.push.Signatures;
import dev.doorstep.shipment.push.Verification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeventeenTrackPushSourceTests extends AbstractPushSourceContractTests {

	private final SeventeenTrackPushSource source = new SeventeenTrackPushSource();

	@Override
	protected PushSource source() {
		return this.source;
	}

	@Override
	protected Map<String, String> signedHeaders(byte[] body, String secret) {
		String signed = new String(body, java.nio.charset.StandardCharsets.UTF_8) + "/" + secret;
		return Map.of("Content-Type", "application/json", "sign",
				HexFormat.of().formatHex(Signatures.sha256(signed.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
	}

	@Override
	protected List<StatusCodeTable> statusCodes() {
		return List.of(SeventeenTrackStatusCodes.TABLE);
	}

	@Override
	protected CarrierCode deliveredCarrier() {
		return new CarrierCode("dhl");
	}

	@Test
	void deliveryIdIsTheBodysHashBecause17TrackSendsNone() {
		byte[] body = fixture("delivered");
		assertThat(this.source.parse(signed("delivered")).deliveryId())
			.isEqualTo(Signatures.hex(Signatures.sha256(body)))
			.hasSize(64);
	}

	@Test
	void providersAreLegsOfOneTimeline() {
		PushedTracking tracking = single("in-transit");
		assertThat(tracking.carrier()).isNull();
		assertThat(tracking.sourceCarrier()).isEqualTo("3011");
		assertThat(tracking.events()).extracting(CarrierEvent::subStatus)
			.containsExactly("IN_TRANSIT_PICKED_UP", "IN_TRANSIT_DEPARTED_HUB", "IN_TRANSIT_CUSTOMS_CLEARED");
		assertThat(tracking.events()).extracting((event) -> event.location().country())
			.containsExactly("CN", "CN", "DE");
		assertThat(tracking.estimatedDelivery()).isEqualTo("2026-11-27T00:00:00Z");
	}

	@Test
	void deliveredParcelKeepsTimesInUtc() {
		PushedTracking tracking = single("delivered");
		assertThat(tracking.trackingNumber()).isEqualTo("00340434161094042557");
		assertThat(tracking.deliveredAt()).isEqualTo("2026-11-21T10:42:00Z");
		assertThat(tracking.events().getFirst().status()).isEqualTo(TrackingStatus.INFO_RECEIVED);
		assertThat(tracking.events().getLast().location())
			.isEqualTo(new TrackingEvent.Location("Berlin", "10115", "DE"));
	}

	@Test
	void failedAttemptNamesTheRecipient() {
		CarrierEvent attempt = single("exception").events().getFirst();
		assertThat(attempt.status()).isEqualTo(TrackingStatus.ATTEMPT_FAIL);
		assertThat(attempt.subStatus()).isEqualTo("ATTEMPT_FAIL_RECIPIENT_ABSENT");
		assertThat(single("exception").carrier()).isEqualTo(new CarrierCode("ups"));
	}

	@Test
	void testNotificationWithoutTrackInfoYieldsNoTrackings() {
		PushPayload payload = this.source.parse(signed("test-notification"));
		assertThat(this.source.verify(signed("test-notification"), SECRET)).isInstanceOf(Verification.Verified.class);
		assertThat(payload.trackings()).isEmpty();
	}

	@Test
	void signatureIsLowercaseHexOfBodySlashKey() {
		assertThat(SeventeenTrackPushSource.sign("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), "key"))
			.isEqualTo(Signatures.hex(Signatures.sha256("{}/key".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
	}

	@Test
	void carrierKeysOfOtherNetworksStayUnmapped() {
		assertThat(SeventeenTrackCarriers.TABLE.carrier("11031")).isEqualTo(new CarrierCode("royal-mail"));
		assertThat(SeventeenTrackCarriers.TABLE.carrier("14041")).isEqualTo(new CarrierCode("postnl"));
		assertThat(SeventeenTrackCarriers.TABLE.carrier("100007")).isEqualTo(new CarrierCode("dpd"));
		assertThat(SeventeenTrackCarriers.TABLE.carrier("100010")).isNull();
		assertThat(SeventeenTrackCarriers.TABLE.carrier("3011")).isNull();
	}

}
