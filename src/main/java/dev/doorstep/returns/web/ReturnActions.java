package dev.doorstep.returns.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.doorstep.order.Order;
import dev.doorstep.returns.ReturnLinks;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.Returns;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shop.Shops;
import dev.doorstep.tracking.ShopperAction;
import dev.doorstep.tracking.ShopperActions;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The tracking page's way into the returns portal: "Return items" once the parcel is
 * delivered and something can still go back (with the last day), and a link to each
 * return the order already has.
 */
@Component
class ReturnActions implements ShopperActions {

	private final Returns returns;

	private final Shops shops;

	private final MessageSource messages;

	ReturnActions(Returns returns, Shops shops, MessageSource messages) {
		this.returns = returns;
		this.shops = shops;
		this.messages = messages;
	}

	@Override
	public List<ShopperAction> actions(Shipment shipment, Order order, Locale locale) {
		List<ShopperAction> actions = new ArrayList<>();
		String lang = "?lang=" + locale.getLanguage();
		for (ReturnRequest ret : this.returns.forOrder(order.shopId(), order.id())) {
			actions.add(new ShopperAction(text("returns.action.view", locale, ret.rma()),
					ReturnLinks.statusPath(ret) + lang, text("returns.status." + ret.status().name(), locale)));
		}
		if (!shipment.delivered()) {
			return actions;
		}
		String slug = this.shops.find(order.shopId()).map(shop -> shop.slug()).orElse(null);
		java.util.Optional<java.time.LocalDate> last = this.returns.lastReturnDay(order.shopId(), order);
		if (slug == null || last.isEmpty()) {
			return actions;
		}
		String lastDay = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(last.get());
		actions.add(0,
				new ShopperAction(text("returns.action.start", locale),
						"/s/" + slug + "/returns/t/" + shipment.publicToken() + lang,
						text("returns.item.lastDay", locale, lastDay)));
		return actions;
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
