package dev.doorstep.recommendation.internal;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import dev.doorstep.order.Order;
import dev.doorstep.recommendation.ClickLinks;
import dev.doorstep.recommendation.Product;
import dev.doorstep.recommendation.Recommendations;
import dev.doorstep.recommendation.Surface;
import org.jspecify.annotations.Nullable;

/**
 * A recommended product for an order as the shopper-facing surfaces show them: name,
 * price formatted for the shopper's language, picture, and a signed link that records the
 * click.
 *
 * @param url the signed {@code /go/} path, relative to this server
 */
record Suggestion(String sku, String name, String price, @Nullable String image, String url) {

	static List<Suggestion> of(Recommendations recommendations, ClickLinks links, Order order, Surface surface,
			Locale locale, int limit) {
		List<String> basket = order.items().stream().map(Order.LineItem::sku).distinct().toList();
		if (basket.isEmpty()) {
			return List.of();
		}
		return recommendations.forBasket(order.shopId(), basket, limit)
			.stream()
			.map(recommended -> recommended.product())
			// Without a page to go to, a click could only end in a 404.
			.filter(product -> product.productUrl() != null)
			.map(product -> new Suggestion(product.sku(), product.name(), price(product, locale), product.imageUrl(),
					links.path(order.shopId(), order.id(), product.sku(), surface)))
			.toList();
	}

	static String price(Product product, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		try {
			format.setCurrency(Currency.getInstance(product.currency()));
		}
		catch (IllegalArgumentException ex) {
			return product.price().toPlainString() + " " + product.currency();
		}
		return format.format(product.price());
	}

}
