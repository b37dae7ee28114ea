package dev.doorstep.returns.internal;

import dev.doorstep.order.Order;
import dev.doorstep.returns.label.Address;
import org.jspecify.annotations.Nullable;

/** The sender of a return parcel: the shopper at the order's shipping address. */
public final class ReturnAddresses {

	private ReturnAddresses() {
	}

	/** Null when the order lacks a part a label needs. */
	public static @Nullable Address shopper(Order order) {
		Order.Address address = order.shippingAddress();
		if (address == null || blank(address.line1()) || blank(address.postcode()) || blank(address.city())
				|| blank(address.country())) {
			return null;
		}
		String first = order.customer().firstName();
		String last = order.customer().lastName();
		String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
		try {
			return new Address(name.isEmpty() ? order.orderNumber() : name, address.line1(), address.line2(),
					address.postcode(), address.city(), address.country());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
