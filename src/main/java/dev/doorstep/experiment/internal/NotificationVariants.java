package dev.doorstep.experiment.internal;

import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.doorstep.experiment.Arm;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.experiment.Target;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.JourneyStep;
import dev.doorstep.notification.JourneyVariants;
import dev.doorstep.notification.Trigger;
import dev.doorstep.order.Order;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Component;

/**
 * The experiment module's answer to the notification planner: the running experiment on
 * the step (trigger and channel) decides the message's channel, timing and copy, or holds
 * the shopper out. The message's variant tag is {@code arm@experiment-id}.
 */
@Component
class NotificationVariants implements JourneyVariants {

	private final Assigner assigner;

	private final ExperimentRepository experiments;

	/**
	 * Arms by experiment for rendering: target and arms never change after creation, so
	 * what is kept here never goes stale (a message planned before a stop still gets its
	 * copy).
	 */
	private final Cache<UUID, Experiment> arms = Caffeine.newBuilder().maximumSize(1_000).build();

	NotificationVariants(Assigner assigner, ExperimentRepository experiments) {
		this.assigner = assigner;
		this.experiments = experiments;
	}

	@Override
	public Optional<Variant> variant(ShopId shop, Trigger trigger, Channel channel, Order order) {
		for (Experiment experiment : this.assigner.running(shop)) {
			if (experiment.target() instanceof Target.JourneyStep step && step.trigger() == trigger
					&& step.channel() == channel) {
				String arm = this.assigner.assign(experiment, order);
				Arm chosen = experiment.arm(arm);
				if (chosen == null) {
					return Optional.of(Variant.holdout(experiment.id().toString()));
				}
				return Optional.of(new Variant(arm + "@" + experiment.id(), chosen.channel(), chosen.delay()));
			}
		}
		return Optional.empty();
	}

	@Override
	public Optional<JourneyStep.Variant> copy(ShopId shop, String tag) {
		int at = tag.indexOf('@');
		UUID id;
		try {
			id = UUID.fromString(tag.substring(at + 1));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		Experiment experiment = this.arms.getIfPresent(id);
		if (experiment == null) {
			experiment = this.experiments.find(shop, id).orElse(null);
			if (experiment == null) {
				return Optional.empty();
			}
			this.arms.put(id, experiment);
		}
		if (!experiment.shopId().equals(shop)) {
			return Optional.empty();
		}
		Arm arm = experiment.arm(tag.substring(0, at));
		return (arm == null) ? Optional.empty()
				: Optional.of(new JourneyStep.Variant(arm.name(), arm.weight(), arm.subject(), arm.body()));
	}

}
