package dev.doorstep.shipment.carrier.dpd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierAdapter;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.CarrierTracking;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.TrackingQuery;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DpdContractTests extends AbstractCarrierContractTests {

	@Override
	protected CarrierCode carrier() {
		return DpdAdapter.CODE;
	}

	@Override
	protected CarrierAdapter adapter(String baseUrl, Clock clock) {
		return new DpdAdapter(new DpdProperties(baseUrl, "KD12345", "secret", "en_US", Duration.ofSeconds(2)), clock);
	}

	@Override
	protected MappingBuilder trackingRequest(String trackingNumber) {
		return WireMock.post(WireMock.urlPathEqualTo(DpdClient.SERVICE_PATH))
			.withHeader("SOAPAction", WireMock.equalTo("\"" + DpdClient.SOAP_ACTION + "\""))
			.withRequestBody(WireMock.containing("<parcelLabelNumber>" + trackingNumber + "</parcelLabelNumber>"))
			.withRequestBody(WireMock.containing("<delisId>KD12345</delisId><authToken>dpd-token</authToken>"));
	}

	@Override
	protected void stubAuthentication() {
		carrierApi.stubFor(login().willReturn(
				WireMock.aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=utf-8").withBody("""
						<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
						  <soap:Body>
						    <getAuthResponse xmlns="http://dpd.com/common/service/types/LoginService/2.1">
						      <return>
						        <delisId>KD12345</delisId>
						        <customerUid>KD12345</customerUid>
						        <authToken>dpd-token</authToken>
						        <depot>0141</depot>
						        <authTokenExpires>2026-11-24T11:58:03.06</authTokenExpires>
						      </return>
						    </getAuthResponse>
						  </soap:Body>
						</soap:Envelope>
						""")));
	}

	private static MappingBuilder login() {
		return WireMock.post(WireMock.urlPathEqualTo(DpdClient.LOGIN_PATH))
			.withHeader("SOAPAction", WireMock.equalTo("\"" + DpdClient.LOGIN_SOAP_ACTION + "\""))
			.withRequestBody(WireMock.containing("<delisId>KD12345</delisId><password>secret</password>"));
	}

	@Override
	protected String tokenPath() {
		return DpdClient.LOGIN_PATH;
	}

	@Override
	protected String trackingNumber() {
		return "01405400945058";
	}

	@Override
	protected StatusCodeTable statusCodes() {
		return DpdStatusCodes.TABLE;
	}

	@Override
	protected String fixtureExtension() {
		return "xml";
	}

	@Override
	protected int notFoundStatus() {
		// No reached stage in an ordinary answer: DPD knows nothing about the parcel yet.
		return 200;
	}

	@Override
	protected int unauthorizedStatus() {
		// SOAP 1.1 faults come as HTTP 500.
		return 500;
	}

	@Test
	void onlyReachedStagesBecomeEventsInLocalTime() {
		serve(200, "in-transit");
		CarrierTracking tracking = found(track());
		assertThat(tracking.events()).extracting(CarrierEvent::rawCode)
			.containsExactly("ACCEPTED", "AT_SENDING_DEPOT", "ON_THE_ROAD");
		// "11/19/2026 3:12:40 PM" in Germany (CET)
		assertThat(tracking.events().getFirst().occurredAt()).isEqualTo(Instant.parse("2026-11-19T14:12:40Z"));
		assertThat(tracking.events().getFirst().location().city()).isEqualTo("Unna");
		assertThat(tracking.events().getFirst().location().country()).isEqualTo("DE");
		assertThat(tracking.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
	}

	@Test
	void errorItemsMarkAFailedAttempt() {
		serve(200, "exception");
		CarrierTracking tracking = found(track());
		CarrierEvent newest = tracking.events().getLast();
		assertThat(newest.status()).isEqualTo(TrackingStatus.ATTEMPT_FAIL);
		assertThat(newest.rawCode()).isEqualTo("AT_DELIVERY_DEPOT");
		assertThat(newest.description()).contains("recipient not at home");
	}

	@Test
	void germanDatesAreReadToo() {
		assertThat(DpdMapper.date("20.11.2026 11:47")).isEqualTo(Instant.parse("2026-11-20T10:47:00Z"));
		assertThat(DpdMapper.date("20.11.2026 11:47:09")).isEqualTo(Instant.parse("2026-11-20T10:47:09Z"));
		assertThat(DpdMapper.date("2026-07-20 11:47:09")).isEqualTo(Instant.parse("2026-07-20T09:47:09Z"));
	}

	@Test
	void aFaultOtherThanAuthenticationFails() {
		TrackingResult result = new DpdMapper().parse("""
				<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>
				<faultcode>soap:Server</faultcode><faultstring>Internal error</faultstring></soap:Fault></soap:Body>
				</soap:Envelope>""");
		assertThat(result).isInstanceOfSatisfying(TrackingResult.Failed.class,
				failed -> assertThat(failed.retryable()).isFalse());
	}

	@Test
	void aRefusedTokenLogsInOnceMore() {
		serve(500, "unauthorized");
		assertThat(track()).isInstanceOf(TrackingResult.Unauthorized.class);
		carrierApi.verify(2, WireMock.postRequestedFor(WireMock.urlPathEqualTo(DpdClient.LOGIN_PATH)));
		carrierApi.verify(2, WireMock.postRequestedFor(WireMock.urlPathEqualTo(DpdClient.SERVICE_PATH)));
	}

	@Test
	void aWrongPasswordIsUnauthorizedWithoutTracking() {
		carrierApi.stubFor(login().willReturn(WireMock.aResponse()
			.withStatus(500)
			.withBody(
					"""
							<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>
							<faultcode>soap:Server</faultcode><faultstring>Fault occured</faultstring><detail>
							<ns1:authenticationFault xmlns:ns1="http://dpd.com/common/service/types/Authentication/2.0">
							<errorCode>LOGIN_8</errorCode><errorMessage>The combination of user and password is invalid.</errorMessage>
							</ns1:authenticationFault></detail></soap:Fault></soap:Body></soap:Envelope>""")));
		assertThat(track()).isInstanceOfSatisfying(TrackingResult.Unauthorized.class,
				unauthorized -> assertThat(unauthorized.detail()).contains("LOGIN_8"));
		carrierApi.verify(0, WireMock.postRequestedFor(WireMock.urlPathEqualTo(DpdClient.SERVICE_PATH)));
	}

	@Test
	void withoutCredentialsNothingIsAsked() {
		CarrierAdapter bare = new DpdAdapter(
				new DpdProperties(carrierApi.baseUrl(), "", "", "de_DE", Duration.ofSeconds(2)), CLOCK);
		assertThat(bare.canTrack(TrackingQuery.of(trackingNumber()))).isFalse();
		assertThat(bare.track(TrackingQuery.of(trackingNumber()))).isInstanceOf(TrackingResult.Unauthorized.class);
		carrierApi.verify(0, WireMock.anyRequestedFor(WireMock.anyUrl()));
	}

}
