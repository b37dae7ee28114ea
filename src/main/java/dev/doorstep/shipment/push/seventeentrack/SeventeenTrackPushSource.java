package dev.doorstep.shipment.push.seventeentrack;

import java.nio.charset.StandardCharsets;

import dev.doorstep.shipment.push.PushPayload;
import dev.doorstep.shipment.push.PushRequest;
import dev.doorstep.shipment.push.PushSource;
import dev.doorstep.shipment.push.Signatures;
import dev.doorstep.shipment.push.Verification;
import org.springframework.stereotype.Component;

/**
 * 17TRACK webhooks. 17TRACK sends header {@code sign} = lowercase hex of SHA-256 over the
 * raw body, a {@code "/"} and the account's security key (a keyed hash, not an HMAC).
 */
@Component
public class SeventeenTrackPushSource implements PushSource {

	public static final String CODE = "17track";

	static final String SIGNATURE_HEADER = "sign";

	private final SeventeenTrackMapper mapper = new SeventeenTrackMapper();

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String displayName() {
		return "17TRACK";
	}

	@Override
	public Verification verify(PushRequest request, String secret) {
		return Verification.ofHeader(SIGNATURE_HEADER, request.header(SIGNATURE_HEADER),
				() -> sign(request.body(), secret));
	}

	static String sign(byte[] body, String securityKey) {
		return Signatures
			.hex(Signatures.sha256(Signatures.concat(body, ("/" + securityKey).getBytes(StandardCharsets.UTF_8))));
	}

	@Override
	public PushPayload parse(PushRequest request) {
		return this.mapper.map(request.body());
	}

}
