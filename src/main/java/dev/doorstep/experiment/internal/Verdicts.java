package dev.doorstep.experiment.internal;

import java.text.NumberFormat;
import java.util.Locale;

import dev.doorstep.experiment.ExperimentReport.Metric;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A comparison in plain words, from {@code messages/experiment*.properties}: "B raises
 * 90-day repurchase by 1.2 pp, 95 % CI 0.3–2.1", or no clear difference yet.
 */
@Component
public class Verdicts {

	private final MessageSource messages;

	Verdicts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param interval arm minus baseline with its 95 % interval; null when there is not
	 * enough data
	 */
	public String verdict(String arm, String baseline, Metric metric, Statistics.@Nullable Interval interval,
			Locale locale) {
		String name = text("experiment.metric." + metric.name(), locale);
		if (interval == null) {
			return text("experiment.verdict.small", locale, arm, name, baseline);
		}
		if (!interval.excludesZero()) {
			return text("experiment.verdict.unclear", locale, arm, name, baseline,
					number(interval.low(), metric, locale),
					unit(number(interval.high(), metric, locale), metric, locale));
		}
		boolean raises = interval.estimate() > 0;
		double sign = raises ? 1 : -1;
		double low = raises ? interval.low() : -interval.high();
		double high = raises ? interval.high() : -interval.low();
		String object = text("experiment.metric." + metric.name() + ".object", locale);
		return text(raises ? "experiment.verdict.raises" : "experiment.verdict.lowers", locale, arm, object,
				unit(number(sign * interval.estimate(), metric, locale), metric, locale), number(low, metric, locale),
				number(high, metric, locale));
	}

	/** A difference as shown: percentage points with one decimal, means with two. */
	public static String number(double value, Metric metric, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int digits = metric.proportion() ? 1 : 2;
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		double shown = metric.proportion() ? value * 100 : value;
		// No "-0.0" for a difference that rounds to nothing.
		String text = format.format(shown);
		return text.matches("-0[.,]0+") ? text.substring(1) : text;
	}

	private String unit(String number, Metric metric, Locale locale) {
		String key = switch (metric) {
			case VISITS -> "experiment.unit.none";
			case CSAT -> "experiment.unit.points";
			default -> "experiment.unit.pp";
		};
		return text(key, locale, number);
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
