package dev.doorstep.shipment.carrier.dpd;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.doorstep.shipment.carrier.CarrierHttp;
import dev.doorstep.shipment.carrier.MalformedResponseException;
import dev.doorstep.shipment.carrier.Payloads;
import dev.doorstep.shipment.carrier.TrackingResult;
import org.w3c.dom.Document;

/**
 * DPD's LoginService 2.1: {@code getAuth} trades a delisId and password for an
 * {@code authToken} (valid about a day, until {@code authTokenExpires}), cached per
 * delisId until shortly before then, so a poll costs one call, not two.
 */
public class DpdLogin {

	/** A token, or why there is none. */
	public sealed interface Result {

		record Token(String authToken) implements Result {
		}

		record Failure(TrackingResult result) implements Result {
		}

	}

	private record Cached(String token, Instant renewAt) {
	}

	// DPD states the expiry; renewing a few minutes early avoids a refusal mid-poll.
	private static final Duration EARLY = Duration.ofMinutes(5);

	// When an answer lacks authTokenExpires: DPD's tokens live about a day.
	private static final Duration ASSUMED_LIFETIME = Duration.ofHours(12);

	private final DpdClient client;

	private final Clock clock;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	public DpdLogin(DpdClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	public Result token(String delisId, String password) {
		Instant now = this.clock.instant();
		Cached cached = this.cache.get(delisId);
		if (cached != null && now.isBefore(cached.renewAt())) {
			return new Result.Token(cached.token());
		}
		return switch (this.client.login(delisId, password)) {
			case CarrierHttp.Outcome.Unreachable unreachable -> new Result.Failure(unreachable.failure());
			case CarrierHttp.Outcome.Answered answered -> read(delisId, answered.response(), now);
		};
	}

	/** Forgets a token DPD refused, so the next call logs in again. */
	public void invalidate(String delisId) {
		this.cache.remove(delisId);
	}

	private Result read(String delisId, CarrierHttp.Response response, Instant now) {
		if (response.status() == 500 && response.body().contains("Fault>")) {
			// authenticationFault LOGIN_8 (wrong user or password) and friends
			return new Result.Failure(new DpdMapper().parse(response.body()));
		}
		TrackingResult common = CarrierHttp.common(response, "DPD", this.clock);
		if (common != null) {
			return new Result.Failure(common);
		}
		try {
			Document document = Payloads.xml(response.body(), "a DPD getAuth answer");
			String token = Payloads.text(document, "authToken");
			if (token == null) {
				return new Result.Failure(new TrackingResult.Failed("DPD login answer without authToken", false));
			}
			Instant expires = DpdMapper.date(Payloads.text(document, "authTokenExpires"));
			Instant renewAt = expires == null ? now.plus(ASSUMED_LIFETIME) : expires.minus(EARLY);
			this.cache.put(delisId, new Cached(token, renewAt));
			return new Result.Token(token);
		}
		catch (MalformedResponseException ex) {
			return new Result.Failure(new TrackingResult.Failed("DPD login answer is not XML", true));
		}
	}

}
