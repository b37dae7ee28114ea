package dev.doorstep.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A window and a delay in the shopper's words, for the tracking page and messages:
 * "Arrives Tue 24 – Thu 26 Nov, most likely Wed" / "Zustellung Di, 24. – Do, 26. Nov.,
 * voraussichtlich Mi". The date patterns are part of the texts ({@code delivery.window.*}
 * in {@code messages/delivery*.properties}), so each language writes dates its own way.
 */
@Component
public class DeliveryTexts {

	private final MessageSource messages;

	DeliveryTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** "Arrives Tue 24 – Thu 26 Nov, most likely Wed", or "Arrives Wed 25 Nov". */
	public String window(DeliveryWindow window, Locale locale) {
		String latest = format(window.latest(), "delivery.window.dayMonth", locale);
		if (window.earliest().equals(window.latest())) {
			return this.messages.getMessage("delivery.window.single", new Object[] { latest }, locale);
		}
		boolean sameMonth = window.earliest().getMonth() == window.latest().getMonth()
				&& window.earliest().getYear() == window.latest().getYear();
		String earliest = format(window.earliest(), sameMonth ? "delivery.window.day" : "delivery.window.dayMonth",
				locale);
		String mostLikely = format(window.mostLikely(), "delivery.window.weekday", locale);
		return this.messages.getMessage("delivery.window.range", new Object[] { earliest, latest, mostLikely }, locale);
	}

	/** "Running late:" */
	public String lateTitle(Locale locale) {
		return this.messages.getMessage("delivery.late.title", null, locale);
	}

	/**
	 * Why the parcel is late, in plain words: "no scan for 3 days at Leipzig, usually 1
	 * day".
	 */
	public String reason(DelayReason reason, int daysWithoutScan, int usualDays, @Nullable String stage,
			@Nullable LocalDate promised, Locale locale) {
		return switch (reason) {
			case NO_SCAN -> (stage != null)
					? this.messages.getMessage("delivery.late.noScanAt",
							new Object[] { daysWithoutScan, stage, usualDays }, locale)
					: this.messages.getMessage("delivery.late.noScan", new Object[] { daysWithoutScan, usualDays },
							locale);
			case WINDOW_PAST_PROMISE -> (promised != null)
					? this.messages.getMessage("delivery.late.pastPromise",
							new Object[] { format(promised, "delivery.window.dayMonth", locale) }, locale)
					: this.messages.getMessage("delivery.late.slower", null, locale);
		};
	}

	/** The reason of a parcel's current delay, or {@code null} when it is on time. */
	public @Nullable String reason(ShipmentPromise promise, Locale locale) {
		ShipmentPromise.Delay delay = promise.delay();
		return delay == null ? null : reason(delay.reason(), delay.daysWithoutScan(), delay.usualDays(), delay.stage(),
				promise.promisedDate(), locale);
	}

	private String format(LocalDate date, String patternKey, Locale locale) {
		return DateTimeFormatter.ofPattern(this.messages.getMessage(patternKey, null, locale), locale).format(date);
	}

}
