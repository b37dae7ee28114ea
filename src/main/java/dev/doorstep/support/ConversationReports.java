package dev.doorstep.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.doorstep.shop.ShopId;
import dev.doorstep.support.report.ConversationQueries;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The console's view of the assistant's conversations: a filtered list without personal
 * data (no question or answer text) and the deflection per intent, the share of questions
 * answered without handing over to a person.
 */
@Service
public class ConversationReports {

	/** Rows a list shows at most. */
	public static final int MAX_ROWS = 200;

	private final ConversationQueries queries;

	ConversationReports(ConversationQueries queries) {
		this.queries = queries;
	}

	/**
	 * What to list; every field optional.
	 *
	 * @param handedOver {@code true} only hand-overs, {@code false} only answered
	 * @param from inclusive
	 * @param to exclusive
	 */
	public record Filter(@Nullable Intent intent, @Nullable Channel channel, @Nullable Boolean handedOver,
			@Nullable Instant from, @Nullable Instant to) {

		public static Filter all() {
			return new Filter(null, null, null, null, null);
		}

	}

	/** One conversation as the console lists it. */
	public record Row(UUID id, Intent intent, double confidence, boolean handedOver, Channel channel,
			Instant createdAt) {
	}

	/**
	 * Deflection of one intent.
	 *
	 * @param answered questions answered without hand-over
	 * @param share {@code answered / total}, 0–1
	 * @param confirmed hand-overs the shopper confirmed ("contact the shop")
	 */
	public record Deflection(Intent intent, long total, long answered, double share, long confirmed) {
	}

	public List<Row> list(ShopId shop, Filter filter) {
		return this.queries.list(shop, filter, MAX_ROWS);
	}

	/** Per intent with questions in the period, most asked first. */
	public List<Deflection> deflection(ShopId shop, @Nullable Instant from, @Nullable Instant to) {
		return this.queries.deflection(shop, from, to);
	}

}
