package dev.doorstep.claim.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimStatus;
import dev.doorstep.notification.ShopperEvents;
import dev.doorstep.notification.Trigger;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.TrackingLinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Tells the shopper about each step of their claim through the notification module's
 * {@code CLAIM_UPDATED} journeys, with a link to the claim's status page.
 */
@Component
public class ClaimNotices {

	private static final Logger log = LoggerFactory.getLogger(ClaimNotices.class);

	private final ShopperEvents shopperEvents;

	private final TrackingLinks links;

	ClaimNotices(ShopperEvents shopperEvents, TrackingLinks links) {
		this.shopperEvents = shopperEvents;
		this.links = links;
	}

	/**
	 * Plans the message for the claim's current status. The notification module sends one
	 * message per reference, so each step has its own: the claim number for the filing,
	 * the number and the step after it ({@code CLM-7K3Q9XRT/approved}).
	 */
	public void tell(Claim claim, Shipment shipment) {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("claimStatus", switch (claim.status()) {
			case FILED -> "received";
			case APPROVED -> "approved";
			case REJECTED -> "rejected";
			case RESOLVED -> "resolved";
		});
		String url = statusUrl(claim, shipment);
		if (url.startsWith("http")) {
			facts.put("claimUrl", url);
		}
		ShopperEvents.Outcome outcome = this.shopperEvents.notify(claim.shopId(), claim.orderId(), claim.shipmentId(),
				Trigger.CLAIM_UPDATED, reference(claim), claim.updatedAt(), facts);
		log.debug("Claim {} {}: {}", claim.number(), claim.status(), outcome.getClass().getSimpleName());
	}

	/** The reference of the claim's current step in the notification module. */
	public static String reference(Claim claim) {
		return (claim.status() == ClaimStatus.FILED) ? claim.number()
				: claim.number() + "/" + claim.status().name().toLowerCase(Locale.ROOT);
	}

	/** The shopper's status page, absolute when the base URL is known. */
	public String statusUrl(Claim claim, Shipment shipment) {
		String tracking = this.links.url(shipment);
		String base = tracking.substring(0, tracking.length() - TrackingLinks.path(shipment).length());
		return base + "/c/" + claim.publicToken();
	}

}
