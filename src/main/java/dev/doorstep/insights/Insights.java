package dev.doorstep.insights;

import java.time.Clock;
import java.time.LocalDate;

import dev.doorstep.insights.internal.KpiQueries;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.Shops;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPI report of a shop: the console dashboard, its CSV exports and
 * {@code GET /api/v1/insights/kpis} all read it from here. Days are the shop's calendar
 * days.
 */
@Service
public class Insights {

	/** Money figures' currency before the shop has any order. */
	static final String DEFAULT_CURRENCY = "EUR";

	private final KpiQueries queries;

	private final Shops shops;

	private final Clock clock;

	Insights(KpiQueries queries, Shops shops, Clock clock) {
		this.queries = queries;
		this.shops = shops;
		this.clock = clock;
	}

	/** Today in the shop's time zone: the default end of a report. */
	public LocalDate today(ShopId shop) {
		return this.clock.instant().atZone(this.shops.get(shop).timeZone()).toLocalDate();
	}

	/** What the filters can choose from: carriers and countries the shop has data for. */
	public Choices choices(ShopId shop) {
		return new Choices(this.queries.carriers(shop), this.queries.countries(shop));
	}

	/** Values the dashboard's filters offer. */
	public record Choices(java.util.List<String> carriers, java.util.List<String> countries) {
	}

	/** One consistent snapshot of every KPI. */
	@Transactional(readOnly = true)
	public Kpis kpis(ShopId shopId, InsightsFilter filter) {
		Shop shop = this.shops.get(shopId);
		return this.queries.kpis(shopId, filter, shop.timeZone(), this.clock.instant(),
				this.queries.currency(shopId, DEFAULT_CURRENCY));
	}

}
