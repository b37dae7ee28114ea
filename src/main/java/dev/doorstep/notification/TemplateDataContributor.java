package dev.doorstep.notification;

import java.util.Locale;
import java.util.Map;

import dev.doorstep.order.Order;

/**
 * Extra variables for message templates from another module (cross-sell's
 * {@code recommendations}). A module implements this as a bean; its variables are added
 * to every message's template model without replacing the built-in ones. Lets a module
 * that depends on notification feed its templates without notification depending on it.
 */
public interface TemplateDataContributor {

	/**
	 * The variables for a message of this trigger about this order, in the recipient's
	 * language; empty when the module has nothing for it. Values are what Mustache reads:
	 * strings, numbers, booleans, maps and lists of maps. Called once per rendered
	 * message: keep it to a query or two.
	 */
	Map<String, Object> data(Trigger trigger, Order order, Locale locale);

}
