package dev.doorstep.claim.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.Claims;
import dev.doorstep.claim.Eligibility;
import dev.doorstep.order.Order;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.tracking.ShopperAction;
import dev.doorstep.tracking.ShopperActions;

import org.springframework.stereotype.Component;

/**
 * The claim steps on the tracking page: "Report a problem" while any claim type is open
 * for the parcel (the hint names which), and a link to each claim already filed.
 */
@Component
class ClaimActions implements ShopperActions {

	private final Claims claims;

	private final ClaimTexts texts;

	ClaimActions(Claims claims, ClaimTexts texts) {
		this.claims = claims;
		this.texts = texts;
	}

	@Override
	public List<ShopperAction> actions(Shipment shipment, Order order, Locale locale) {
		List<ShopperAction> actions = new ArrayList<>();
		String lang = "?lang=" + locale.getLanguage();
		Claims.ParcelClaims parcel = this.claims.parcel(shipment, order);
		for (Claim claim : parcel.claims()) {
			actions.add(new ShopperAction(this.texts.text("claim.action.view", locale, claim.number()),
					"/c/" + claim.publicToken() + lang, this.texts.status(claim.status(), locale)));
		}
		List<String> open = parcel.eligibility()
			.stream()
			.filter(Eligibility::eligible)
			.map(eligibility -> this.texts.type(eligibility.type(), locale))
			.toList();
		if (!open.isEmpty()) {
			actions.add(new ShopperAction(this.texts.text("claim.action.report", locale),
					"/t/" + shipment.publicToken() + "/claim" + lang,
					this.texts.text("claim.action.hint", locale, String.join(", ", open))));
		}
		return actions;
	}

}
