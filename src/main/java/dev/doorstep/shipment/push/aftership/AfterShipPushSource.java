package dev.doorstep.shipment.push.aftership;

import java.util.Base64;

import dev.doorstep.shipment.push.PushPayload;
import dev.doorstep.shipment.push.PushRequest;
import dev.doorstep.shipment.push.PushSource;
import dev.doorstep.shipment.push.Signatures;
import dev.doorstep.shipment.push.Verification;
import org.springframework.stereotype.Component;

/**
 * AfterShip tracking webhooks. AfterShip signs the raw body with the account's webhook
 * secret (Settings &gt; Webhooks) and sends {@code aftership-hmac-sha256} =
 * Base64(HMAC-SHA256(secret, body)); the delivery id is the body's {@code event_id}.
 */
@Component
public class AfterShipPushSource implements PushSource {

	public static final String CODE = "aftership";

	static final String SIGNATURE_HEADER = "aftership-hmac-sha256";

	private final AfterShipMapper mapper = new AfterShipMapper();

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String displayName() {
		return "AfterShip";
	}

	@Override
	public Verification verify(PushRequest request, String secret) {
		return Verification.ofHeader(SIGNATURE_HEADER, request.header(SIGNATURE_HEADER),
				() -> Base64.getEncoder().encodeToString(Signatures.hmacSha256(secret, request.body())));
	}

	@Override
	public PushPayload parse(PushRequest request) {
		return this.mapper.map(request.bodyText());
	}

}
