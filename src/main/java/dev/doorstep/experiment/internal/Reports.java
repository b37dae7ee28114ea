package dev.doorstep.experiment.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.doorstep.experiment.Arm;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.experiment.ExperimentReport;
import dev.doorstep.experiment.ExperimentReport.ArmFigures;
import dev.doorstep.experiment.ExperimentReport.Comparison;
import dev.doorstep.experiment.ExperimentReport.Metric;
import dev.doorstep.experiment.Target;
import dev.doorstep.notification.JourneyVariants;
import dev.doorstep.notification.Message;
import dev.doorstep.notification.MessageStatus;
import dev.doorstep.notification.Notifications;
import dev.doorstep.order.OrderId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Builds an experiment's report from its assignments, the linked orders and outcomes, and
 * (for journey steps) the messages planned with its variants. Unit of analysis is the
 * shopper: each counts once in their arm, with yes/no per share metric and a value per
 * mean metric.
 */
@Component
public class Reports {

	static final Duration REPURCHASE_WINDOW = Duration.ofDays(90);

	private static final List<Metric> OUTCOMES = List.of(Metric.REPURCHASE_90, Metric.RETURN_RATE, Metric.VISITS,
			Metric.CSAT);

	private static final List<Metric> MESSAGES = List.of(Metric.SENT, Metric.OPENED, Metric.CLICKED);

	private final ResultsRepository results;

	private final Notifications notifications;

	private final Verdicts verdicts;

	private final ExperimentProperties properties;

	Reports(ResultsRepository results, Notifications notifications, Verdicts verdicts,
			ExperimentProperties properties) {
		this.results = results;
		this.notifications = notifications;
		this.verdicts = verdicts;
		this.properties = properties;
	}

	/** What one shopper did after assignment. */
	static final class Shopper {

		final String arm;

		boolean sent;

		boolean opened;

		boolean clicked;

		boolean repurchased;

		boolean returned;

		double views;

		final List<Double> ratings = new ArrayList<>();

		Shopper(String arm) {
			this.arm = arm;
		}

		boolean yes(Metric metric) {
			return switch (metric) {
				case SENT -> this.sent;
				case OPENED -> this.opened;
				case CLICKED -> this.clicked;
				case REPURCHASE_90 -> this.repurchased;
				case RETURN_RATE -> this.returned;
				default -> throw new IllegalArgumentException(metric + " is not a share");
			};
		}

		double csat() {
			return this.ratings.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
		}

	}

	public ExperimentReport report(Experiment experiment, Locale locale) {
		Map<String, Shopper> shoppers = new HashMap<>();
		Map<String, ResultsRepository.Assignment> assignments = new HashMap<>();
		for (ResultsRepository.Assignment assignment : this.results.assignments(experiment.shopId(), experiment.id())) {
			assignments.put(assignment.shopperKey(), assignment);
			shoppers.put(assignment.shopperKey(), new Shopper(assignment.arm()));
		}
		Map<OrderId, String> orderShopper = new HashMap<>();
		for (ResultsRepository.LinkedOrder order : this.results.orders(experiment.shopId(), experiment.id())) {
			orderShopper.put(order.orderId(), order.shopperKey());
			ResultsRepository.Assignment assignment = assignments.get(order.shopperKey());
			if (assignment != null && !order.orderId().equals(assignment.orderId())
					&& order.placedAt().isAfter(assignment.assignedAt())
					&& !order.placedAt().isAfter(assignment.assignedAt().plus(REPURCHASE_WINDOW))) {
				shoppers.get(order.shopperKey()).repurchased = true;
			}
		}
		for (ResultsRepository.Outcome outcome : this.results.outcomes(experiment.shopId(), experiment.id())) {
			Shopper shopper = shoppers.get(outcome.shopperKey());
			switch (outcome.kind()) {
				case "VIEW" -> shopper.views += outcome.value();
				case "RETURN" -> shopper.returned = true;
				case "CSAT" -> shopper.ratings.add(outcome.value());
				default -> {
					// A kind a newer version wrote: not part of this report.
				}
			}
		}
		boolean journey = experiment.target() instanceof Target.JourneyStep;
		if (journey) {
			for (Message message : this.notifications.variantMessages(experiment.shopId(),
					experiment.id().toString())) {
				String key = orderShopper.get(message.orderId());
				Shopper shopper = (key == null) ? null : shoppers.get(key);
				if (shopper == null || JourneyVariants.isHoldout(message.variant())) {
					continue;
				}
				MessageStatus status = message.status();
				shopper.sent |= status.sent();
				shopper.opened |= status == MessageStatus.OPENED || status == MessageStatus.CLICKED;
				shopper.clicked |= status == MessageStatus.CLICKED;
			}
		}
		List<String> arms = new ArrayList<>();
		if (experiment.holdout() > 0) {
			arms.add(Experiment.HOLDOUT);
		}
		experiment.arms().stream().map(Arm::name).forEach(arms::add);
		Map<String, List<Shopper>> byArm = new LinkedHashMap<>();
		arms.forEach(arm -> byArm.put(arm, new ArrayList<>()));
		shoppers.values().forEach(shopper -> byArm.computeIfAbsent(shopper.arm, arm -> new ArrayList<>()).add(shopper));
		List<ArmFigures> figures = new ArrayList<>();
		byArm.forEach((arm, members) -> figures.add(figures(arm, members)));

		String baseline = arms.getFirst();
		List<Comparison> comparisons = new ArrayList<>();
		for (String arm : arms) {
			if (!arm.equals(baseline)) {
				for (Metric metric : OUTCOMES) {
					comparisons.add(compare(arm, baseline, metric, byArm, locale));
				}
			}
		}
		// Message figures against the holdout say nothing (it gets none by design): the
		// variants are compared with the first variant instead.
		if (journey) {
			String first = experiment.arms().getFirst().name();
			for (Arm arm : experiment.arms()) {
				if (!arm.name().equals(first)) {
					for (Metric metric : MESSAGES) {
						comparisons.add(compare(arm.name(), first, metric, byArm, locale));
					}
				}
			}
		}
		return new ExperimentReport(experiment, baseline, figures, comparisons);
	}

	private static ArmFigures figures(String arm, List<Shopper> members) {
		int sent = 0;
		int opened = 0;
		int clicked = 0;
		int repurchased = 0;
		int returned = 0;
		long views = 0;
		int rated = 0;
		double csat = 0;
		for (Shopper shopper : members) {
			sent += shopper.sent ? 1 : 0;
			opened += shopper.opened ? 1 : 0;
			clicked += shopper.clicked ? 1 : 0;
			repurchased += shopper.repurchased ? 1 : 0;
			returned += shopper.returned ? 1 : 0;
			views += Math.round(shopper.views);
			if (!shopper.ratings.isEmpty()) {
				rated++;
				csat += shopper.csat();
			}
		}
		return new ArmFigures(arm, members.size(), sent, opened, clicked, repurchased, returned, views, rated, csat);
	}

	private Comparison compare(String arm, String baseline, Metric metric, Map<String, List<Shopper>> byArm,
			Locale locale) {
		List<Shopper> a = byArm.get(arm);
		List<Shopper> b = byArm.get(baseline);
		Statistics.Interval interval = interval(metric, a, b);
		String verdict = this.verdicts.verdict(arm, baseline, metric, interval, locale);
		double difference = (interval != null) ? interval.estimate() : pointDifference(metric, a, b);
		return new Comparison(arm, baseline, metric, difference, interval == null ? null : interval.low(),
				interval == null ? null : interval.high(), interval != null && interval.excludesZero(), verdict);
	}

	/** The 95 % interval of arm minus baseline; null below the minimum sample. */
	private Statistics.@Nullable Interval interval(Metric metric, List<Shopper> a, List<Shopper> b) {
		int least = this.properties.minSample();
		if (metric.proportion()) {
			if (a.size() < least || b.size() < least) {
				return null;
			}
			return Statistics.newcombe(count(a, metric), a.size(), count(b, metric), b.size());
		}
		Statistics.Sample first = Statistics.Sample.of(values(a, metric));
		Statistics.Sample second = Statistics.Sample.of(values(b, metric));
		if (first.n() < least || second.n() < least || !Statistics.welchDefined(first, second)) {
			return null;
		}
		return Statistics.welch(first, second);
	}

	private static double pointDifference(Metric metric, List<Shopper> a, List<Shopper> b) {
		if (metric.proportion()) {
			return share(a, metric) - share(b, metric);
		}
		return Statistics.Sample.of(values(a, metric)).mean() - Statistics.Sample.of(values(b, metric)).mean();
	}

	private static double share(List<Shopper> shoppers, Metric metric) {
		return shoppers.isEmpty() ? 0 : (double) count(shoppers, metric) / shoppers.size();
	}

	private static long count(List<Shopper> shoppers, Metric metric) {
		return shoppers.stream().filter(shopper -> shopper.yes(metric)).count();
	}

	/** Views of every shopper; CSAT of those who rated. */
	private static double[] values(List<Shopper> shoppers, Metric metric) {
		if (metric == Metric.VISITS) {
			return shoppers.stream().mapToDouble(shopper -> shopper.views).toArray();
		}
		return shoppers.stream().mapToDouble(Shopper::csat).filter(value -> !Double.isNaN(value)).toArray();
	}

}
