package dev.doorstep.shipment.push.easypost;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import dev.doorstep.shipment.push.PushPayload;
import dev.doorstep.shipment.push.PushRequest;
import dev.doorstep.shipment.push.PushSource;
import dev.doorstep.shipment.push.Signatures;
import dev.doorstep.shipment.push.Verification;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * EasyPost webhooks, signed with the webhook's {@code webhook_secret}. Two documented
 * signatures are accepted, either one suffices:
 * <ul>
 * <li>{@code X-Hmac-Signature} =
 * {@code "hmac-sha256-hex=" + hex(HMAC-SHA256(NFKD(secret),
 * raw body))}, exactly as the official client libraries' {@code validate_webhook} checks
 * it;</li>
 * <li>{@code X-Hmac-Signature-V2} with {@code X-Timestamp} (RFC 2822) and {@code X-Path}
 * (EasyPost's support article "Webhook HMAC Validation"): the same keyed hex HMAC over
 * {@code timestamp + "POST" + path + body}, with or without the {@code hmac-sha256-hex=}
 * prefix, and the timestamp within {@link #TIMESTAMP_TOLERANCE} of now, so a captured
 * request cannot be replayed later. The article names the headers but the string to sign
 * is taken from existing integrations; if it differs, v2 fails closed and v1 still
 * verifies.</li>
 * </ul>
 * The delivery id is the event's {@code id}; a retried event keeps it.
 */
@Component
public class EasyPostPushSource implements PushSource {

	public static final String CODE = "easypost";

	static final String SIGNATURE_HEADER = "X-Hmac-Signature";

	static final String SIGNATURE_V2_HEADER = "X-Hmac-Signature-V2";

	static final String TIMESTAMP_HEADER = "X-Timestamp";

	static final String PATH_HEADER = "X-Path";

	static final String PREFIX = "hmac-sha256-hex=";

	static final Duration TIMESTAMP_TOLERANCE = Duration.ofMinutes(5);

	private final EasyPostMapper mapper = new EasyPostMapper();

	private final Clock clock;

	public EasyPostPushSource(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String displayName() {
		return "EasyPost";
	}

	@Override
	public Verification verify(PushRequest request, String secret) {
		String signature = request.header(SIGNATURE_HEADER);
		String signatureV2 = request.header(SIGNATURE_V2_HEADER);
		byte[] body = request.body();
		Verification v1 = Verification.ofHeader(SIGNATURE_HEADER, signature, () -> sign(secret, body));
		if (v1 instanceof Verification.Verified || isBlank(signatureV2)) {
			return v1;
		}
		return verifyV2(request, secret, signatureV2.strip(), body);
	}

	private Verification verifyV2(PushRequest request, String secret, String signature, byte[] body) {
		String timestamp = request.header(TIMESTAMP_HEADER);
		String path = request.header(PATH_HEADER);
		if (isBlank(timestamp) || isBlank(path)) {
			return Verification.rejected("missing " + TIMESTAMP_HEADER + " or " + PATH_HEADER + " header");
		}
		Instant sentAt = timestamp(timestamp);
		if (sentAt == null) {
			return Verification.rejected(TIMESTAMP_HEADER + " is not a timestamp");
		}
		if (Duration.between(sentAt, this.clock.instant()).abs().compareTo(TIMESTAMP_TOLERANCE) > 0) {
			return Verification.rejected(TIMESTAMP_HEADER + " is outside the tolerance window");
		}
		byte[] signed = Signatures.concat((timestamp + "POST" + path).getBytes(StandardCharsets.UTF_8), body);
		// Integrations disagree on whether v2 repeats the v1 prefix: accept both
		String digest = signature.startsWith(PREFIX) ? signature.substring(PREFIX.length()) : signature;
		return Verification.ofHeader(SIGNATURE_V2_HEADER, digest,
				() -> sign(secret, signed).substring(PREFIX.length()));
	}

	/** The secret is NFKD-normalized first, as EasyPost's client libraries do. */
	static String sign(String secret, byte[] message) {
		String normalized = Normalizer.normalize(secret, Normalizer.Form.NFKD);
		return PREFIX + Signatures.hex(Signatures.hmacSha256(normalized, message));
	}

	/** RFC 2822 as documented ({@code Tue, 19 Aug 2025 20:37:09 -0000}), or ISO 8601. */
	static @Nullable Instant timestamp(String value) {
		try {
			return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
		}
		catch (DateTimeParseException notRfc2822) {
			try {
				return OffsetDateTime.parse(value.strip()).toInstant();
			}
			catch (DateTimeParseException unreadable) {
				return null;
			}
		}
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	@Override
	public PushPayload parse(PushRequest request) {
		return this.mapper.map(request.bodyText());
	}

}
