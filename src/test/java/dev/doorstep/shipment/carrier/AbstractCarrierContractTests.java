package dev.doorstep.shipment.carrier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.doorstep.shipment.CarrierCode;
import dev.doorstep.shipment.TrackingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract every carrier adapter passes: raw fixtures from
 * {@code src/test/resources/shipment/carrier/<code>/} served over real HTTP by WireMock
 * (OAuth token flow included where the carrier has one), mapped through the adapter, and
 * checked against what the rest of Doorstep relies on.
 * <p>
 * Fixtures every carrier provides, shaped exactly like the carrier's documented
 * responses: {@code delivered}, {@code in-transit}, {@code exception} (an exception or a
 * failed attempt), {@code unknown-code} (an event code the table does not list),
 * {@code not-found} and {@code unauthorized}, each with the extension
 * {@link #fixtureExtension()}.
 */
public abstract class AbstractCarrierContractTests {

	@RegisterExtension
	protected static final WireMockExtension carrierApi = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	/** A fixed "now" inside the fixtures' time range, so no event lies in the future. */
	protected static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

	private static final Set<String> SUB_STATUSES = seededSubStatuses();

	protected CarrierAdapter adapter;

	protected abstract CarrierCode carrier();

	/** An adapter calling {@code baseUrl}, with test credentials configured. */
	protected abstract CarrierAdapter adapter(String baseUrl, Clock clock);

	/** The request the adapter sends to track {@code trackingNumber}. */
	protected abstract MappingBuilder trackingRequest(String trackingNumber);

	/** The tracking number the fixtures are about. */
	protected abstract String trackingNumber();

	/** The carrier's documented codes. */
	protected abstract StatusCodeTable statusCodes();

	/** Stubs the token endpoint when the carrier uses OAuth; the default does nothing. */
	protected void stubAuthentication() {
	}

	/** The token endpoint's path when the carrier uses OAuth, else {@code null}. */
	protected String tokenPath() {
		return null;
	}

	/** HTTP status the carrier answers "not found" with. */
	protected int notFoundStatus() {
		return 404;
	}

	/** HTTP status the carrier answers bad credentials with. */
	protected int unauthorizedStatus() {
		return 401;
	}

	protected String fixtureExtension() {
		return "json";
	}

	protected String contentType() {
		return fixtureExtension().equals("xml") ? "text/xml; charset=utf-8" : "application/json";
	}

	@BeforeEach
	void createAdapter() {
		carrierApi.resetAll();
		stubAuthentication();
		this.adapter = adapter(carrierApi.baseUrl(), CLOCK);
	}

	protected String fixture(String name) {
		String path = "/shipment/carrier/" + carrier().value() + "/" + name + "." + fixtureExtension();
		try (InputStream in = getClass().getResourceAsStream(path)) {
			assertThat(in).as("fixture %s", path).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected void serve(int status, String fixtureName) {
		ResponseDefinitionBuilder response = WireMock.aResponse()
			.withStatus(status)
			.withHeader("Content-Type", contentType())
			.withBody(fixture(fixtureName));
		carrierApi.stubFor(trackingRequest(trackingNumber()).willReturn(response));
	}

	protected TrackingResult track() {
		return this.adapter.track(TrackingQuery.of(trackingNumber()));
	}

	protected CarrierTracking found(TrackingResult result) {
		assertThat(result).isInstanceOf(TrackingResult.Found.class);
		CarrierTracking tracking = ((TrackingResult.Found) result).tracking();
		assertThat(tracking.carrier()).isEqualTo(carrier());
		assertThat(tracking.events()).isSortedAccordingTo(java.util.Comparator.comparing(CarrierEvent::occurredAt));
		for (CarrierEvent event : tracking.events()) {
			if (event.subStatus() != null) {
				assertThat(SUB_STATUSES).as("sub-status of %s", event).contains(event.subStatus());
				assertThat(event.subStatus()).startsWith(event.status().name());
			}
			assertThat(event.occurredAt()).isBefore(CLOCK.instant().plus(Duration.ofDays(1)));
		}
		if (tracking.subStatus() != null) {
			assertThat(SUB_STATUSES).contains(tracking.subStatus());
		}
		return tracking;
	}

	@Test
	void deliveredParcelIsDeliveredWithTimeAndNewestEventLast() {
		serve(200, "delivered");
		CarrierTracking tracking = found(track());
		assertThat(tracking.status()).isEqualTo(TrackingStatus.DELIVERED);
		assertThat(tracking.delivered()).isTrue();
		assertThat(tracking.deliveredAt()).isNotNull();
		assertThat(tracking.trackingNumber()).isEqualToIgnoringCase(trackingNumber());
		assertThat(tracking.events()).hasSizeGreaterThan(1);
		assertThat(tracking.events().getLast().status()).isEqualTo(TrackingStatus.DELIVERED);
		assertThat(tracking.events()).allSatisfy(event -> assertThat(event.description()).isNotBlank());
	}

	@Test
	void parcelInTransitIsUnderway() {
		serve(200, "in-transit");
		CarrierTracking tracking = found(track());
		assertThat(tracking.status()).isIn(TrackingStatus.INFO_RECEIVED, TrackingStatus.IN_TRANSIT,
				TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.AVAILABLE_FOR_PICKUP);
		assertThat(tracking.delivered()).isFalse();
		assertThat(tracking.deliveredAt()).isNull();
		assertThat(tracking.events()).isNotEmpty();
	}

	@Test
	void exceptionOrFailedAttemptIsReportedWithItsCause() {
		serve(200, "exception");
		CarrierTracking tracking = found(track());
		assertThat(tracking.events()).anySatisfy(
				event -> assertThat(event.status()).isIn(TrackingStatus.EXCEPTION, TrackingStatus.ATTEMPT_FAIL));
		assertThat(tracking.delivered()).isFalse();
	}

	@Test
	void unknownCodeIsKeptWithItsTextAndFlagged() {
		serve(200, "unknown-code");
		CarrierTracking tracking = found(track());
		assertThat(tracking.unmapped()).isNotEmpty().allSatisfy(event -> {
			assertThat(event.rawCode()).isNotBlank();
			assertThat(event.description()).isNotBlank();
			assertThat(event.status()).isNotEqualTo(TrackingStatus.PENDING);
		});
	}

	@Test
	void unknownNumberIsNotFound() {
		serve(notFoundStatus(), "not-found");
		assertThat(track()).isInstanceOf(TrackingResult.NotFound.class);
	}

	@Test
	void refusedCredentialsAreUnauthorized() {
		serve(unauthorizedStatus(), "unauthorized");
		assertThat(track()).isInstanceOf(TrackingResult.Unauthorized.class);
	}

	@Test
	void rateLimitHonoursRetryAfter() {
		carrierApi.stubFor(trackingRequest(trackingNumber())
			.willReturn(WireMock.aResponse().withStatus(429).withHeader("Retry-After", "120")));
		assertThat(track()).isEqualTo(new TrackingResult.RateLimited(Duration.ofSeconds(120)));
	}

	@Test
	void serverErrorIsRetryable() {
		carrierApi.stubFor(trackingRequest(trackingNumber()).willReturn(WireMock.aResponse().withStatus(502)));
		assertThat(track()).isInstanceOfSatisfying(TrackingResult.Failed.class,
				failed -> assertThat(failed.retryable()).isTrue());
	}

	@Test
	void unreachableCarrierIsRetryable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		CarrierAdapter offline = adapter("http://127.0.0.1:" + closedPort, CLOCK);
		assertThat(offline.track(TrackingQuery.of(trackingNumber())))
			.isInstanceOfSatisfying(TrackingResult.Failed.class, failed -> assertThat(failed.retryable()).isTrue());
	}

	@Test
	void parsingTheRawBodyGivesWhatTrackingGives() {
		serve(200, "delivered");
		TrackingResult tracked = track();
		assertThat(this.adapter.parse(fixture("delivered"))).isEqualTo(tracked);
		assertThat(CarrierParsers.load().get(carrier()).parse(fixture("delivered"))).isEqualTo(tracked);
	}

	@Test
	void aBodyNoCarrierSendsIsMalformed() {
		assertThatThrownBy(() -> this.adapter.parse("<<definitely not a tracking response"))
			.isInstanceOf(MalformedResponseException.class);
		assertThatThrownBy(() -> this.adapter.parse(fixtureExtension().equals("xml") ? "{\"a\":1}" : "[1,2]"))
			.isInstanceOf(MalformedResponseException.class);
	}

	@Test
	void everyDocumentedCodeIsMappedToAKnownSubStatus() {
		assertThat(statusCodes().entries()).isNotEmpty();
		for (StatusCodeTable.Entry entry : statusCodes().entries()) {
			StatusCodeTable.Lookup lookup = statusCodes().lookup(entry.code());
			assertThat(lookup.mapped()).as(entry.code()).isTrue();
			String subStatus = entry.mapping().subStatus();
			if (subStatus != null) {
				assertThat(SUB_STATUSES).as("sub-status of %s", entry.code()).contains(subStatus);
				assertThat(subStatus).as(entry.code()).startsWith(entry.mapping().status().name());
			}
		}
	}

	@Test
	void oauthTokenIsFetchedOnceAndReused() {
		if (tokenPath() == null) {
			return;
		}
		serve(200, "in-transit");
		found(track());
		found(track());
		carrierApi.verify(1, WireMock.postRequestedFor(WireMock.urlPathEqualTo(tokenPath())));
	}

	/** Sub-status codes seeded by any migration: the only ones the database accepts. */
	static Set<String> seededSubStatuses() {
		Pattern row = Pattern.compile("\\('([A-Z_]+)', '([A-Z_]+)'");
		Set<String> codes = new java.util.TreeSet<>();
		try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path file : files.toList()) {
				String sql = Files.readString(file);
				if (!sql.contains("INSERT INTO sub_status")) {
					continue;
				}
				Matcher matcher = row.matcher(sql);
				while (matcher.find()) {
					codes.add(matcher.group(1));
				}
			}
			return codes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
