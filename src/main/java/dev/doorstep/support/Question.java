package dev.doorstep.support;

import java.util.Locale;

import dev.doorstep.order.OrderId;
import dev.doorstep.shipment.ShipmentId;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A shopper's question to the assistant.
 *
 * @param shop the shop asked
 * @param order the order the shopper proved to be theirs (tracking link, look-up with
 * email or postcode, or the shop's API key), or {@code null} on the help page
 * @param shipment the parcel the shopper looks at, when there is one; else the order's
 * newest parcel is meant
 * @param text the question as written (or transcribed); at most {@link #MAX_LENGTH}
 * characters are read
 * @param language the answer's language
 * @param chosen the intent the shopper picked from the assistant's "Is it one of these?"
 * buttons, which then counts instead of the model's guess; else {@code null}
 */
public record Question(ShopId shop, @Nullable OrderId order, @Nullable ShipmentId shipment, String text,
		Locale language, Channel channel, @Nullable Intent chosen) {

	/**
	 * Longer questions are cut: nobody writes more to a support box, and it bounds work.
	 */
	public static final int MAX_LENGTH = 500;

	public Question {
		text = text.strip();
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
		}
	}

	/** A question in the shopper's own words. */
	public Question(ShopId shop, @Nullable OrderId order, @Nullable ShipmentId shipment, String text, Locale language,
			Channel channel) {
		this(shop, order, shipment, text, language, channel, null);
	}

	/** A question without order context (help page). */
	public static Question general(ShopId shop, String text, Locale language, Channel channel) {
		return new Question(shop, null, null, text, language, channel, null);
	}

}
