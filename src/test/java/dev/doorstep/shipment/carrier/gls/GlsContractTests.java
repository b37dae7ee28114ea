package dev.doorstep.shipment.carrier.gls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlsContractTests extends AbstractCarrierContractTests {

	@Override
	protected CarrierCode carrier() {
		return GlsAdapter.CODE;
	}

	@Override
	protected CarrierAdapter adapter(String baseUrl, Clock clock) {
		return new GlsAdapter(new GlsProperties(baseUrl, "client-id", "client-secret", "DE", Duration.ofSeconds(2)),
				clock);
	}

	@Override
	protected MappingBuilder trackingRequest(String trackingNumber) {
		return WireMock.get(WireMock.urlPathEqualTo(GlsClient.TRACKING_PATH + trackingNumber))
			.withHeader("Authorization", WireMock.equalTo("Bearer gls-token"))
			.withHeader("Accept-Language", WireMock.equalTo("DE"));
	}

	@Override
	protected String trackingNumber() {
		return "42249028960";
	}

	@Override
	protected StatusCodeTable statusCodes() {
		return GlsStatusCodes.TABLE;
	}

	@Override
	protected void stubAuthentication() {
		carrierApi.stubFor(WireMock.post(WireMock.urlPathEqualTo(GlsClient.TOKEN_PATH))
			.withRequestBody(WireMock.containing("grant_type=client_credentials"))
			.withRequestBody(WireMock.containing("client_id=client-id"))
			.willReturn(WireMock
				.okJson("{\"access_token\":\"gls-token\",\"token_type\":\"Bearer\",\"expires_in\":14400}")));
	}

	@Override
	protected String tokenPath() {
		return GlsClient.TOKEN_PATH;
	}

	@Override
	protected int notFoundStatus() {
		// GLS reports unknown numbers inside a 200 answer (errorCode E_404_01).
		return 200;
	}

	@Test
	void offsetsWithoutColonAreRead() {
		serve(200, "delivered");
		CarrierTracking tracking = found(track());
		assertThat(tracking.deliveredAt()).isEqualTo(Instant.parse("2026-11-20T10:42:10Z"));
		assertThat(tracking.unmapped()).isEmpty();
		assertThat(tracking.events()).extracting(event -> event.status())
			.containsExactly(TrackingStatus.INFO_RECEIVED, TrackingStatus.INFO_RECEIVED, TrackingStatus.IN_TRANSIT,
					TrackingStatus.IN_TRANSIT, TrackingStatus.IN_TRANSIT, TrackingStatus.OUT_FOR_DELIVERY,
					TrackingStatus.DELIVERED);
		assertThat(tracking.events().getFirst().subStatus()).isEqualTo("INFO_RECEIVED_LABEL_CREATED");
	}

	@Test
	void parcelShopDeliveryIsReadyForPickup() {
		TrackingResult result = new GlsMapper()
			.parse("""
					{"parcels":[{"requested":"42249028960","unitno":"42249028960","status":"DELIVEREDPS",
					"statusDateTime":"2025-02-10T15:13:46+0100","events":[{"code":"DELIVD.PARCELSHOP","city":"",
					"postalCode":"","country":"","description":"The parcel has been delivered at the ParcelShop (see ParcelShop information).",
					"eventDateTime":"2025-02-10T15:13:46+0100"}]}]}""");
		CarrierTracking tracking = found(result);
		assertThat(tracking.status()).isEqualTo(TrackingStatus.AVAILABLE_FOR_PICKUP);
		assertThat(tracking.subStatus()).isEqualTo("AVAILABLE_FOR_PICKUP_PARCELSHOP");
		assertThat(tracking.delivered()).isFalse();
	}

	@Test
	void anUnlistedDetailTakesItsGroup() {
		StatusCodeTable.Lookup lookup = GlsStatusCodes.TABLE.lookup("DELIVD.NEIGHBOUR");
		assertThat(lookup.mapped()).isFalse();
		assertThat(lookup.mapping().status()).isEqualTo(TrackingStatus.DELIVERED);
	}

	@Test
	void withoutCredentialsNothingIsAsked() {
		CarrierAdapter bare = new GlsAdapter(
				new GlsProperties(carrierApi.baseUrl(), "", "", "DE", Duration.ofSeconds(2)), CLOCK);
		assertThat(bare.canTrack(TrackingQuery.of(trackingNumber()))).isFalse();
		assertThat(bare.track(TrackingQuery.of(trackingNumber()))).isInstanceOf(TrackingResult.Unauthorized.class);
		carrierApi.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
	}

}
