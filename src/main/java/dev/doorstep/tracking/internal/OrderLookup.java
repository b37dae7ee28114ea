package dev.doorstep.tracking.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.doorstep.order.Order;
import dev.doorstep.order.Orders;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.Shop;

import org.springframework.stereotype.Component;

/**
 * Finds an order by its number plus the shopper's email or postcode. An unknown number
 * and a wrong email or postcode are the same result, so the look-up never tells which
 * order numbers exist.
 */
@Component
public class OrderLookup {

	/** What a look-up found. */
	public sealed interface Result permits Shipped, NotShippedYet, NoMatch {

	}

	/** The order's newest parcel. */
	public record Shipped(Shipment newest) implements Result {
	}

	/** The order exists and matches, but no parcel has left yet. */
	public record NotShippedYet(Order order) implements Result {
	}

	/** No order with this number and this email or postcode. */
	public record NoMatch() implements Result {
	}

	private static final byte[] NOTHING = "\u0000no-order\u0000".getBytes(StandardCharsets.UTF_8);

	private final Orders orders;

	private final Shipments shipments;

	OrderLookup(Orders orders, Shipments shipments) {
		this.orders = orders;
		this.shipments = shipments;
	}

	public Result find(Shop shop, String orderNumber, String emailOrPostcode) {
		List<Order> candidates = candidates(shop, orderNumber);
		byte[] given = normalize(emailOrPostcode).getBytes(StandardCharsets.UTF_8);
		Optional<Order> match = Optional.empty();
		if (candidates.isEmpty()) {
			// Compare anyway so an unknown number costs about as long as a wrong pair.
			MessageDigest.isEqual(NOTHING, given);
		}
		for (Order order : candidates) {
			if (matches(order, given) && match.isEmpty()) {
				match = Optional.of(order);
			}
		}
		if (match.isEmpty()) {
			return new NoMatch();
		}
		Order order = match.get();
		return this.shipments.forOrder(shop.id(), order.id())
			.stream()
			.max(Comparator.comparing(Shipment::createdAt))
			.<Result>map(Shipped::new)
			.orElseGet(() -> new NotShippedYet(order));
	}

	/** The order a found parcel belongs to. */
	public Optional<Order> order(Shop shop, Shipment shipment) {
		return this.orders.find(shop.id(), shipment.orderId());
	}

	/**
	 * Shoppers copy numbers with a leading "#" or type them in lower case; shops mostly
	 * print them in upper case.
	 */
	private List<Order> candidates(Shop shop, String entered) {
		String number = entered.trim();
		if (number.startsWith("#")) {
			number = number.substring(1).trim();
		}
		List<Order> found = this.orders.findByNumber(shop.id(), number);
		String upper = number.toUpperCase(Locale.ROOT);
		if (found.isEmpty() && !upper.equals(number)) {
			found = this.orders.findByNumber(shop.id(), upper);
		}
		return found;
	}

	private static boolean matches(Order order, byte[] given) {
		// Both comparisons always run (non-short-circuit |) and each is constant-time.
		String email = order.customer().email();
		String postcode = (order.shippingAddress() != null) ? order.shippingAddress().postcode() : null;
		boolean emailMatches = email != null && !email.isBlank()
				&& MessageDigest.isEqual(normalize(email).getBytes(StandardCharsets.UTF_8), given);
		boolean postcodeMatches = postcode != null && !postcode.isBlank()
				&& MessageDigest.isEqual(normalize(postcode).getBytes(StandardCharsets.UTF_8), given);
		return emailMatches | postcodeMatches;
	}

	/**
	 * Case and spaces never matter: emails compare case-insensitively, postcodes ignore
	 * spaces ("sw1a 1aa" = "SW1A1AA"); an email has no spaces anyway.
	 */
	static String normalize(String value) {
		return value.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}

}
