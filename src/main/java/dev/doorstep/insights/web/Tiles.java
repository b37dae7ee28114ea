package dev.doorstep.insights.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import dev.doorstep.insights.Kpis;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

/**
 * The headline figures above the charts, formatted in the shop's locale and currency (the
 * reader's language only picks the words).
 */
public final class Tiles {

	/** One headline figure and what it was computed from. */
	public record Tile(String id, String label, String value, String detail) {
	}

	private final NumberFormat integers;

	private final NumberFormat decimals;

	private final NumberFormat percents;

	private final NumberFormat money;

	private final MessageSource messages;

	private final Locale reader;

	Tiles(Locale shopLocale, String currency, MessageSource messages, Locale reader) {
		this.messages = messages;
		this.reader = reader;
		this.integers = NumberFormat.getIntegerInstance(shopLocale);
		this.decimals = NumberFormat.getNumberInstance(shopLocale);
		this.decimals.setMinimumFractionDigits(1);
		this.decimals.setMaximumFractionDigits(1);
		this.percents = NumberFormat.getPercentInstance(shopLocale);
		this.percents.setMinimumFractionDigits(1);
		this.percents.setMaximumFractionDigits(1);
		NumberFormat currencyFormat = NumberFormat.getCurrencyInstance(shopLocale);
		try {
			currencyFormat.setCurrency(Currency.getInstance(currency));
		}
		catch (IllegalArgumentException ex) {
			// An unknown code keeps the locale's currency symbol off: plain number.
			currencyFormat = NumberFormat.getNumberInstance(shopLocale);
		}
		this.money = currencyFormat;
	}

	private String t(String key, Object... args) {
		return this.messages.getMessage("insights." + key, args, key, this.reader);
	}

	public String count(long value) {
		return this.integers.format(value);
	}

	public String rate(Kpis.Rate rate) {
		return (rate.rate() != null) ? this.percents.format(rate.rate()) : "–";
	}

	public String decimal(@Nullable Double value) {
		return (value != null) ? this.decimals.format(value) : "–";
	}

	public String money(BigDecimal value) {
		return this.money.format(value);
	}

	/** A chart's value in its data table. */
	public String cell(String unit, @Nullable Number value) {
		if (value == null) {
			return "–";
		}
		return switch (unit) {
			case "money" ->
				money((value instanceof BigDecimal decimal) ? decimal : BigDecimal.valueOf(value.doubleValue()));
			case "percent" -> decimal(value.doubleValue()) + " %";
			default -> (value instanceof Long || value instanceof Integer) ? count(value.longValue())
					: decimal(value.doubleValue());
		};
	}

	private String of(Kpis.Rate rate) {
		return t("tile.of", count(rate.part()), count(rate.whole()));
	}

	List<Tile> of(Kpis k) {
		List<Tile> tiles = new ArrayList<>();
		tiles.add(new Tile("repurchase-30", t("tile.repurchase30"), rate(k.repurchase().within30Days()),
				of(k.repurchase().within30Days())));
		tiles.add(new Tile("repurchase-90", t("tile.repurchase90"), rate(k.repurchase().within90Days()),
				of(k.repurchase().within90Days())));
		Kpis.Satisfaction s = k.satisfaction();
		tiles
			.add(new Tile("csat", t("tile.csat"), decimal(s.csatAverage()), t("tile.answers", count(s.csatAnswers()))));
		tiles.add(new Tile("nps", t("tile.nps"), (s.nps() != null) ? this.integers.format(Math.round(s.nps())) : "–",
				t("tile.answers", count(s.npsAnswers()))));
		tiles.add(new Tile("return-rate", t("tile.returnRate"), rate(k.returns().overall()),
				t("tile.units", count(k.returns().overall().part()), count(k.returns().overall().whole()))));
		tiles.add(new Tile("refunds", t("tile.refunds"), money(k.returns().refunds()),
				t("tile.storeCredit", money(k.returns().storeCredit()))));
		tiles.add(new Tile("exchange-share", t("tile.exchangeShare"), rate(k.returns().exchangeShare()),
				of(k.returns().exchangeShare())));
		long promised = k.delivery().onTime().stream().mapToLong(c -> c.onTime().whole()).sum();
		long onTime = k.delivery().onTime().stream().mapToLong(c -> c.onTime().part()).sum();
		Kpis.Rate overall = Kpis.Rate.of(onTime, promised);
		tiles.add(new Tile("on-time", t("tile.onTime"), rate(overall), of(overall)));
		tiles.add(new Tile("window-accuracy", t("tile.windowAccuracy"), rate(k.delivery().windows().firstWindow()),
				of(k.delivery().windows().firstWindow())));
		tiles.add(new Tile("delay-alerts", t("tile.delayAlerts"), rate(k.delivery().delayAlerts().cameTrue()),
				t("tile.alerts", count(k.delivery().delayAlerts().raised()))));
		long sent = k.messages().stream().mapToLong(Kpis.Funnel::sent).sum();
		long opened = k.messages().stream().mapToLong(Kpis.Funnel::opened).sum();
		tiles.add(new Tile("messages", t("tile.messages"), count(sent), t("tile.opened", count(opened))));
		tiles.add(new Tile("tracking-visits", t("tile.trackingVisits"), decimal(k.tracking().viewsPerShipment()),
				t("tile.parcels", count(k.tracking().views()), count(k.tracking().shipments()))));
		long claims = k.claims().stream().mapToLong(Kpis.ClaimFigures::filed).sum();
		tiles.add(new Tile("claims", t("tile.claims"), count(claims), t("tile.claimsApproved",
				count(k.claims().stream().mapToLong(c -> c.approved() + c.resolved()).sum()))));
		tiles.add(new Tile("cross-sell", t("tile.crossSell"), money(k.crossSell().revenue()),
				t("tile.clicks", count(k.crossSell().clicks()))));
		long answered = k.support().stream().mapToLong(Kpis.Deflection::answered).sum();
		long handedOver = k.support().stream().mapToLong(Kpis.Deflection::handedOver).sum();
		Kpis.Rate deflection = Kpis.Rate.of(answered - handedOver, answered);
		tiles.add(new Tile("support-deflection", t("tile.supportDeflection"), rate(deflection), of(deflection)));
		return tiles;
	}

}
