package dev.doorstep.experiment.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.doorstep.experiment.Arm;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.experiment.ExperimentReport;
import dev.doorstep.experiment.ExperimentStatus;
import dev.doorstep.experiment.Experiments;
import dev.doorstep.experiment.NewExperiment;
import dev.doorstep.experiment.Target;
import dev.doorstep.notification.Channel;
import dev.doorstep.notification.Trigger;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/experiments}: a journey-step experiment names {@code trigger} and
 * {@code channel}, a page experiment names {@code module}; arms carry what they change.
 */
@RestController
class ExperimentApiController {

	private final Experiments experiments;

	ExperimentApiController(Experiments experiments) {
		this.experiments = experiments;
	}

	/**
	 * One arm as JSON.
	 *
	 * @param delayMinutes the wait after the trigger instead of the journey's delays
	 * @param shows whether a page arm shows the block (default true)
	 */
	record ArmJson(@Nullable String name, @Nullable Integer weight, @Nullable String subject, @Nullable String body,
			@Nullable Channel channel, @Nullable Long delayMinutes, @Nullable Boolean shows) {

		static ArmJson of(Arm arm) {
			return new ArmJson(arm.name(), arm.weight(), arm.subject(), arm.body(), arm.channel(),
					arm.delay() == null ? null : arm.delay().toMinutes(), arm.showsModule());
		}

		Arm arm() {
			return new Arm(this.name == null ? "" : this.name, this.weight == null ? 1 : this.weight, this.subject,
					this.body, this.channel, this.delayMinutes == null ? null : Duration.ofMinutes(this.delayMinutes),
					this.shows == null || this.shows);
		}

	}

	record ExperimentJson(@Nullable UUID id, @Nullable String name, @Nullable Trigger trigger,
			@Nullable Channel channel, @Nullable String module, @Nullable Double holdout, @Nullable List<ArmJson> arms,
			@Nullable ExperimentStatus status, @Nullable Instant createdAt, @Nullable Instant startedAt,
			@Nullable Instant stoppedAt) {

		static ExperimentJson of(Experiment e) {
			Trigger trigger = (e.target() instanceof Target.JourneyStep step) ? step.trigger() : null;
			Channel channel = (e.target() instanceof Target.JourneyStep step) ? step.channel() : null;
			String module = (e.target() instanceof Target.PageModule page) ? page.module() : null;
			return new ExperimentJson(e.id(), e.name(), trigger, channel, module, e.holdout(),
					e.arms().stream().map(ArmJson::of).toList(), e.status(), e.createdAt(), e.startedAt(),
					e.stoppedAt());
		}

		NewExperiment request() {
			Target target;
			if (this.module != null) {
				target = new Target.PageModule(this.module);
			}
			else if (this.trigger != null && this.channel != null) {
				target = new Target.JourneyStep(this.trigger, this.channel);
			}
			else {
				throw new InvalidRequestException("module", "name a page module, or a trigger and a channel");
			}
			return new NewExperiment(this.name == null ? "" : this.name, target,
					this.arms == null ? List.of() : this.arms.stream().map(ArmJson::arm).toList(),
					this.holdout == null ? 0 : this.holdout);
		}

	}

	@GetMapping("/api/v1/experiments")
	List<ExperimentJson> list(ShopId shop) {
		return this.experiments.list(shop).stream().map(ExperimentJson::of).toList();
	}

	@PostMapping("/api/v1/experiments")
	@ResponseStatus(HttpStatus.CREATED)
	ExperimentJson create(ShopId shop, @RequestBody ExperimentJson body) {
		return ExperimentJson.of(this.experiments.create(shop, body.request()));
	}

	@GetMapping("/api/v1/experiments/{id}")
	ExperimentJson get(ShopId shop, @PathVariable UUID id) {
		return ExperimentJson.of(this.experiments.get(shop, id));
	}

	@PostMapping("/api/v1/experiments/{id}/start")
	ExperimentJson start(ShopId shop, @PathVariable UUID id) {
		return ExperimentJson.of(this.experiments.start(shop, id));
	}

	@PostMapping("/api/v1/experiments/{id}/stop")
	ExperimentJson stop(ShopId shop, @PathVariable UUID id) {
		return ExperimentJson.of(this.experiments.stop(shop, id));
	}

	/** The report; verdicts in {@code lang} (en or de, default en). */
	@GetMapping("/api/v1/experiments/{id}/report")
	ExperimentReport report(ShopId shop, @PathVariable UUID id, @RequestParam(defaultValue = "en") String lang) {
		return this.experiments.report(shop, id, Locale.forLanguageTag(lang));
	}

}
