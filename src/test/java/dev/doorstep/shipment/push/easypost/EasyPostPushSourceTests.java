package dev.doorstep.shipment.push.easypost;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.push.AbstractPushSourceContractTests;
import dev.doorstep.shipment.push.PushRequest;
import dev.doorstep.shipment.push.PushSource;
import dev.doorstep.shipment.push.PushedTracking;
import dev.doorstep.shipment.push.Signatures;
import dev.doorstep.shipment.push.Verification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EasyPostPushSourceTests extends AbstractPushSourceContractTests {

	private static final String PATH = "/hooks/carriers/easypost/shop";

	private final EasyPostPushSource source = new EasyPostPushSource(CLOCK);

	@Override
	protected PushSource source() {
		return this.source;
	}

	@Override
	protected Map<String, String> signedHeaders(byte[] body, String secret) {
		return Map.of("Content-Type", "application/json", "X-Hmac-Signature", v1(body, secret));
	}

	/** Written out here rather than calling the source, so a wrong rule cannot pass. */
	private static String v1(byte[] body, String secret) {
		String normalized = java.text.Normalizer.normalize(secret, java.text.Normalizer.Form.NFKD);
		return "hmac-sha256-hex=" + Signatures.hex(Signatures.hmacSha256(normalized, body));
	}

	private static Map<String, String> v2Headers(byte[] body, String secret, String timestamp) {
		byte[] signed = Signatures.concat((timestamp + "POST" + PATH).getBytes(StandardCharsets.UTF_8), body);
		Map<String, String> headers = new HashMap<>();
		headers.put("x-timestamp", timestamp);
		headers.put("x-path", PATH);
		headers.put("x-hmac-signature-v2", v1(signed, secret));
		return headers;
	}

	private static String rfc2822(Duration ago) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(CLOCK.instant().minus(ago).atOffset(ZoneOffset.UTC));
	}

	@Override
	protected List<StatusCodeTable> statusCodes() {
		return List.of(EasyPostStatusCodes.STATUSES, EasyPostStatusCodes.DETAILS);
	}

	@Override
	protected CarrierCode deliveredCarrier() {
		return new CarrierCode("usps");
	}

	@Test
	void deliveryIdIsTheEventId() {
		assertThat(this.source.parse(signed("delivered")).deliveryId()).isEqualTo("evt_3b7f0c9e1a2d4f5e8c6b");
	}

	@Test
	void secretIsNormalizedLikeEasyPostsLibraries() {
		byte[] body = fixture("delivered");
		// "ﬁ" (U+FB01) decomposes to "fi" under NFKD
		PushRequest request = new PushRequest(Map.of("X-Hmac-Signature", v1(body, "ﬁle-secret")), body, PATH);
		assertThat(this.source.verify(request, "ﬁle-secret")).isInstanceOf(Verification.Verified.class);
		assertThat(this.source.verify(request, "file-secret")).isInstanceOf(Verification.Verified.class);
	}

	@Test
	void timestampedSignatureIsVerifiedWithinTolerance() {
		byte[] body = fixture("delivered");
		PushRequest fresh = new PushRequest(v2Headers(body, SECRET, rfc2822(Duration.ofMinutes(1))), body, PATH);
		assertThat(this.source.verify(fresh, SECRET)).isInstanceOf(Verification.Verified.class);
		PushRequest stale = new PushRequest(v2Headers(body, SECRET, rfc2822(Duration.ofMinutes(30))), body, PATH);
		assertThat(this.source.verify(stale, SECRET)).isInstanceOfSatisfying(Verification.Rejected.class,
				(rejected) -> assertThat(rejected.reason()).contains("tolerance"));
		PushRequest forged = new PushRequest(v2Headers(body, "other", rfc2822(Duration.ofMinutes(1))), body, PATH);
		assertThat(this.source.verify(forged, SECRET)).isInstanceOf(Verification.Rejected.class);
	}

	@Test
	void timestampedSignatureMayOmitThePrefix() {
		byte[] body = fixture("delivered");
		Map<String, String> headers = v2Headers(body, SECRET, rfc2822(Duration.ofMinutes(1)));
		headers.put("x-hmac-signature-v2", headers.get("x-hmac-signature-v2").substring("hmac-sha256-hex=".length()));
		assertThat(this.source.verify(new PushRequest(headers, body, PATH), SECRET))
			.isInstanceOf(Verification.Verified.class);
	}

	@Test
	void timestampedSignatureWithoutItsTimestampIsRejected() {
		byte[] body = fixture("delivered");
		Map<String, String> headers = v2Headers(body, SECRET, rfc2822(Duration.ofMinutes(1)));
		headers.remove("x-timestamp");
		assertThat(this.source.verify(new PushRequest(headers, body, PATH), SECRET))
			.isInstanceOf(Verification.Rejected.class);
	}

	@Test
	void deliveredTrackerKeepsSignatureAndEstimate() {
		PushedTracking tracking = single("delivered");
		assertThat(tracking.trackingNumber()).isEqualTo("9400110200881234567890");
		assertThat(tracking.sourceCarrier()).isEqualTo("USPS");
		assertThat(tracking.signedBy()).isEqualTo("J DOE");
		assertThat(tracking.deliveredAt()).isEqualTo("2026-11-21T18:28:00Z");
		assertThat(tracking.estimatedDelivery()).isEqualTo("2026-11-21T00:00:00Z");
		assertThat(tracking.events().getFirst().subStatus()).isEqualTo("INFO_RECEIVED_LABEL_CREATED");
		assertThat(tracking.events().getFirst().rawCode()).isEqualTo("pre_transit/label_created");
	}

	@Test
	void weatherDelayRefinesTheTransit() {
		CarrierEvent delay = single("in-transit").events().getLast();
		assertThat(delay.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
		assertThat(delay.subStatus()).isEqualTo("IN_TRANSIT_DELAYED_WEATHER");
	}

	@Test
	void statusDecidesWhenTheDetailImpliesAnother() {
		StatusCodeTable.Lookup lookup = EasyPostStatusCodes.lookup("failure", "delayed");
		assertThat(lookup.mapped()).isTrue();
		assertThat(lookup.mapping().status()).isEqualTo(TrackingStatus.EXCEPTION);
		assertThat(lookup.mapping().subStatus()).isNull();
		StatusCodeTable.Lookup lost = EasyPostStatusCodes.lookup("failure", "lost");
		assertThat(lost.mapping().subStatus()).isEqualTo("EXCEPTION_LOST");
		CarrierEvent attempt = single("exception").events().getFirst();
		assertThat(attempt.status()).isEqualTo(TrackingStatus.EXCEPTION);
		assertThat(attempt.incidentReason()).isEqualTo(IncidentReason.CARRIER);
	}

	@Test
	void unknownDetailKeepsItsStatus() {
		CarrierEvent event = single("unknown-code").events().getFirst();
		assertThat(event.rawCode()).isEqualTo("in_transit/customs_inspection");
		assertThat(event.mapped()).isFalse();
	}

	@Test
	void trackerCreatedIsATrackingEventToo() {
		assertThat(this.source.parse(signed("unknown-code")).trackings()).hasSize(1);
	}

}
