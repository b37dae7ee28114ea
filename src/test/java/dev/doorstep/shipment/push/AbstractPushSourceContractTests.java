package dev.doorstep.shipment.push;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.AbstractCarrierContractTests;
import dev.doorstep.shipment.carrier.CarrierEvent;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract every push source passes: signatures over the exact bytes (valid, wrong
 * secret, missing header, one byte changed, replay keeps the delivery id) and raw
 * fixtures from {@code src/test/resources/shipment/push/<code>/} ({@code delivered},
 * {@code in-transit}, {@code exception}, {@code unknown-code}, {@code ping}, all
 * {@code .json}) mapped to what the rest of Doorstep relies on.
 */
public abstract class AbstractPushSourceContractTests {

	protected static final String SECRET = "whsec-Doorstep-test-secret";

	/** A fixed "now" after every fixture event. */
	protected static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

	private static final Set<String> SUB_STATUSES = AbstractCarrierContractTests.seededSubStatuses();

	protected abstract PushSource source();

	/** The headers the source would send with {@code body} signed by {@code secret}. */
	protected abstract Map<String, String> signedHeaders(byte[] body, String secret);

	/** Every status table the source maps with. */
	protected abstract List<StatusCodeTable> statusCodes();

	/** The carrier the delivered fixture resolves to. */
	protected abstract @Nullable CarrierCode deliveredCarrier();

	protected byte[] fixture(String name) {
		String path = "/shipment/push/" + source().code() + "/" + name + ".json";
		try (InputStream in = getClass().getResourceAsStream(path)) {
			assertThat(in).as("fixture %s", path).isNotNull();
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected PushRequest signed(byte[] body, String secret) {
		return new PushRequest(signedHeaders(body, secret), body, "/hooks/carriers/" + source().code() + "/shop");
	}

	protected PushRequest signed(String fixture) {
		return signed(fixture(fixture), SECRET);
	}

	protected PushedTracking single(String fixture) {
		PushRequest request = signed(fixture);
		assertThat(source().verify(request, SECRET)).isInstanceOf(Verification.Verified.class);
		PushPayload payload = source().parse(request);
		assertThat(payload.deliveryId()).isNotBlank();
		assertThat(payload.trackings()).hasSize(1);
		PushedTracking tracking = payload.trackings().getFirst();
		assertThat(tracking.trackingNumber()).isNotBlank();
		assertThat(tracking.events()).isSortedAccordingTo(Comparator.comparing(CarrierEvent::occurredAt));
		for (CarrierEvent event : tracking.events()) {
			if (event.subStatus() != null) {
				assertThat(SUB_STATUSES).as("sub-status of %s", event).contains(event.subStatus());
				assertThat(event.subStatus()).startsWith(event.status().name());
			}
			assertThat(event.occurredAt()).isBefore(CLOCK.instant());
		}
		return tracking;
	}

	@Test
	void validSignatureIsVerified() {
		assertThat(source().verify(signed("delivered"), SECRET)).isInstanceOf(Verification.Verified.class);
	}

	@Test
	void signatureWithAnotherSecretIsRejected() {
		PushRequest request = signed(fixture("delivered"), "someone-elses-secret");
		assertThat(source().verify(request, SECRET)).isInstanceOf(Verification.Rejected.class);
	}

	@Test
	void requestWithoutSignatureHeaderIsRejected() {
		PushRequest request = new PushRequest(Map.of("Content-Type", "application/json"), fixture("delivered"),
				"/hooks/carriers/" + source().code() + "/shop");
		assertThat(source().verify(request, SECRET)).isInstanceOfSatisfying(Verification.Rejected.class,
				(rejected) -> assertThat(rejected.reason()).contains("missing").doesNotContain(SECRET));
	}

	@Test
	void bodyAlteredByOneByteIsRejected() {
		byte[] body = fixture("delivered");
		Map<String, String> headers = signedHeaders(body, SECRET);
		byte[] altered = body.clone();
		int middle = altered.length / 2;
		altered[middle] = (byte) (altered[middle] ^ 0x01);
		PushRequest request = new PushRequest(headers, altered, "/hooks/carriers/" + source().code() + "/shop");
		assertThat(source().verify(request, SECRET)).isInstanceOf(Verification.Rejected.class);
	}

	@Test
	void replayedRequestHasTheSameDeliveryIdSoTheEndpointCanDedupe() {
		PushRequest first = signed("delivered");
		PushRequest replay = new PushRequest(first.headers(), first.body(), first.path());
		assertThat(source().verify(replay, SECRET)).isInstanceOf(Verification.Verified.class);
		String deliveryId = source().parse(first).deliveryId();
		assertThat(deliveryId).isNotBlank().isEqualTo(source().parse(replay).deliveryId());
		assertThat(source().parse(signed("in-transit")).deliveryId()).isNotEqualTo(deliveryId);
	}

	@Test
	void deliveredParcelIsDeliveredWithTimeAndNewestEventLast() {
		PushedTracking tracking = single("delivered");
		assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
		assertThat(tracking.deliveredAt()).isNotNull();
		assertThat(tracking.carrier()).isEqualTo(deliveredCarrier());
		assertThat(tracking.sourceCarrier()).isNotBlank();
		assertThat(tracking.events()).hasSizeGreaterThan(1);
		assertThat(tracking.events().getLast().status()).isEqualTo(TrackingStatus.DELIVERED);
		assertThat(tracking.events()).allSatisfy((event) -> {
			assertThat(event.description()).isNotBlank();
			assertThat(event.mapped()).as("%s mapped", event.rawCode()).isTrue();
		});
	}

	@Test
	void parcelInTransitIsUnderway() {
		PushedTracking tracking = single("in-transit");
		assertThat(tracking.status()).isIn(TrackingStatus.INFO_RECEIVED, TrackingStatus.IN_TRANSIT,
				TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.AVAILABLE_FOR_PICKUP);
		assertThat(tracking.deliveredAt()).isNull();
		assertThat(tracking.events()).isNotEmpty();
	}

	@Test
	void exceptionOrFailedAttemptIsReportedWithItsCause() {
		PushedTracking tracking = single("exception");
		assertThat(tracking.status()).isEqualTo(TrackingStatus.EXCEPTION);
		assertThat(tracking.deliveredAt()).isNull();
		assertThat(tracking.events()).anySatisfy(
				(event) -> assertThat(event.status()).isIn(TrackingStatus.EXCEPTION, TrackingStatus.ATTEMPT_FAIL));
		assertThat(tracking.events())
			.anySatisfy((event) -> assertThat(event.subStatus()).isEqualTo("EXCEPTION_RETURNING_TO_SENDER"));
	}

	@Test
	void unknownCodeIsKeptWithItsFamilyStatusAndFlagged() {
		PushedTracking tracking = single("unknown-code");
		assertThat(tracking.carrier()).isNull();
		assertThat(tracking.sourceCarrier()).isNotBlank();
		assertThat(tracking.events()).filteredOn((event) -> !event.mapped()).isNotEmpty().allSatisfy((event) -> {
			assertThat(event.rawCode()).isNotBlank();
			assertThat(event.description()).isNotBlank();
			assertThat(event.status()).isEqualTo(TrackingStatus.IN_TRANSIT);
		});
	}

	@Test
	void eventWithoutTrackingYieldsNoTrackingsButADeliveryId() {
		PushRequest request = signed("ping");
		assertThat(source().verify(request, SECRET)).isInstanceOf(Verification.Verified.class);
		PushPayload payload = source().parse(request);
		assertThat(payload.deliveryId()).isNotBlank();
		assertThat(payload.trackings()).isEmpty();
	}

	@Test
	void aBodyTheSourceNeverSendsIsMalformed() {
		for (String body : List.of("<<definitely not a webhook", "[1,2]", "{\"unrelated\":true}")) {
			PushRequest request = signed(body.getBytes(StandardCharsets.UTF_8), SECRET);
			assertThatThrownBy(() -> source().parse(request)).as(body).isInstanceOf(MalformedResponseException.class);
		}
	}

	@Test
	void everyDocumentedCodeIsMappedToASeededSubStatus() {
		for (StatusCodeTable table : statusCodes()) {
			assertThat(table.entries()).isNotEmpty();
			for (StatusCodeTable.Entry entry : table.entries()) {
				assertThat(table.lookup(entry.code()).mapped()).as(entry.code()).isTrue();
				assertThat(entry.meaning()).as(entry.code()).isNotBlank();
				String subStatus = entry.mapping().subStatus();
				if (subStatus != null) {
					assertThat(SUB_STATUSES).as("sub-status of %s", entry.code()).contains(subStatus);
					assertThat(subStatus).as(entry.code()).startsWith(entry.mapping().status().name());
				}
			}
		}
	}

}
