package dev.doorstep.shipment.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingUpdate;

/**
 * Identifies an event across resends: the carrier's own event id when there is one, else
 * a hash of the facts (time, status, sub-status, text, place).
 */
public final class DedupKeys {

	private DedupKeys() {
	}

	public static String of(TrackingUpdate update) {
		if (update.externalId() != null && !update.externalId().isBlank()) {
			return "x:" + update.externalId().trim();
		}
		TrackingEvent.Location location = update.location();
		String facts = String.join("|", update.occurredAt().toString(), update.status().name(),
				Objects.toString(update.subStatus(), ""), Objects.toString(update.description(), ""),
				location == null ? "" : Objects.toString(location.city(), ""),
				location == null ? "" : Objects.toString(location.postcode(), ""),
				location == null ? "" : Objects.toString(location.country(), ""));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(facts.getBytes(StandardCharsets.UTF_8));
			return "h:" + HexFormat.of().formatHex(digest, 0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
