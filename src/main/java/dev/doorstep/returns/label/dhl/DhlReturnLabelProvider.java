package dev.doorstep.returns.label.dhl;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import dev.doorstep.returns.label.CarrierLabelRequest;
import dev.doorstep.returns.label.CarrierLabelResult;
import dev.doorstep.returns.label.ReturnLabelProvider;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * DHL return labels for shoppers in the countries the merchant has a receiver id for.
 * Address problems DHL would refuse anyway (no house number, no receiver id for the
 * country) are answered without a call.
 */
@Component
class DhlReturnLabelProvider implements ReturnLabelProvider {

	/** Tokens are renewed this long before DHL says they expire. */
	private static final Duration TOKEN_MARGIN = Duration.ofMinutes(1);

	private final DhlReturnsProperties properties;

	private final DhlReturnsClient client;

	private final Clock clock;

	private @Nullable String token;

	private Instant tokenExpires = Instant.MIN;

	DhlReturnLabelProvider(DhlReturnsProperties properties, Clock clock) {
		this.properties = properties;
		this.client = new DhlReturnsClient(properties.baseUrl(), properties.tokenUrl(), properties.timeout());
		this.clock = clock;
	}

	@Override
	public String carrier() {
		return "dhl";
	}

	@Override
	public String carrierName() {
		return "DHL";
	}

	@Override
	public boolean configured() {
		return this.properties.configured();
	}

	@Override
	public boolean serves(String senderCountry) {
		return configured() && this.properties.receiverIds().containsKey(senderCountry);
	}

	@Override
	public CarrierLabelResult request(CarrierLabelRequest request) {
		if (!configured()) {
			return new CarrierLabelResult.Unavailable(false, "DHL returns are not configured");
		}
		String receiverId = this.properties.receiverIds().get(request.from().country());
		if (receiverId == null) {
			return new CarrierLabelResult.Refused(
					"No DHL receiver id for returns sent from " + request.from().country(), "from.country");
		}
		DhlReturnsMapper.StreetAndHouse street = DhlReturnsMapper.split(request.from().street());
		if (street == null) {
			return new CarrierLabelResult.Refused("DHL needs a house number in the street", "from.street");
		}
		String body = DhlReturnsMapper.requestBody(request, receiverId, street);
		String authorization = authorization();
		if (authorization == null) {
			return new CarrierLabelResult.Unavailable(true, "DHL issued no access token");
		}
		CarrierLabelResult result = send(body, authorization);
		if (this.properties.oauth() && result instanceof CarrierLabelResult.Unavailable unavailable
				&& unavailable.reason().startsWith("DHL refused the credentials")) {
			// A token DHL revoked early: one fresh token, one more try.
			forgetToken();
			String fresh = authorization();
			return fresh == null ? result : send(body, fresh);
		}
		return result;
	}

	private CarrierLabelResult send(String body, String authorization) {
		return switch (this.client.createOrder(body, this.properties.apiKey(), authorization)) {
			case DhlReturnsClient.Outcome.Answered answered ->
				DhlReturnsMapper.answer(answered.status(), answered.body());
			case DhlReturnsClient.Outcome.Unreachable unreachable ->
				new CarrierLabelResult.Unavailable(true, unreachable.reason());
		};
	}

	/** Basic with the portal user, or a Bearer token when OAuth2 is configured. */
	private @Nullable String authorization() {
		if (!this.properties.oauth()) {
			String user = this.properties.username() + ":" + this.properties.password();
			return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
		}
		String bearer = bearer();
		return bearer == null ? null : "Bearer " + bearer;
	}

	private synchronized @Nullable String bearer() {
		Instant now = this.clock.instant();
		if (this.token != null && now.isBefore(this.tokenExpires)) {
			return this.token;
		}
		if (this.client.token(this.properties.apiKey(), this.properties.clientSecret(), this.properties.username(),
				this.properties.password()) instanceof DhlReturnsClient.Outcome.Answered answered
				&& answered.status() == 200) {
			DhlReturnsMapper.Token issued = DhlReturnsMapper.token(answered.body());
			if (issued != null) {
				this.token = issued.accessToken();
				this.tokenExpires = now.plusSeconds(issued.expiresInSeconds()).minus(TOKEN_MARGIN);
				return this.token;
			}
		}
		return null;
	}

	private synchronized void forgetToken() {
		this.token = null;
		this.tokenExpires = Instant.MIN;
	}

}
