package dev.doorstep.experiment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import dev.doorstep.experiment.internal.Assigner;
import dev.doorstep.experiment.internal.ExperimentRepository;
import dev.doorstep.experiment.internal.Reports;
import dev.doorstep.runtime.ConflictException;
import dev.doorstep.runtime.FieldViolation;
import dev.doorstep.runtime.InvalidRequestException;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ShopId;
import dev.doorstep.tracking.PageBlocks;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A shop's experiments: created as drafts, started, stopped (history and report stay),
 * and read as a report.
 */
@Service
public class Experiments {

	/** The longest timing a variant may set. */
	static final Duration LONGEST_DELAY = Duration.ofDays(90);

	private final ExperimentRepository experiments;

	private final Assigner assigner;

	private final Reports reports;

	private final List<String> modules;

	private final Clock clock;

	Experiments(ExperimentRepository experiments, Assigner assigner, Reports reports, List<PageBlocks> blocks,
			Clock clock) {
		this.experiments = experiments;
		this.assigner = assigner;
		this.reports = reports;
		this.modules = blocks.stream().map(PageBlocks::module).distinct().sorted().toList();
		this.clock = clock;
	}

	/** Newest first. */
	public List<Experiment> list(ShopId shop) {
		return this.experiments.all(shop);
	}

	public Experiment get(ShopId shop, UUID id) {
		return this.experiments.find(shop, id).orElseThrow(() -> new NotFoundException("Experiment", id));
	}

	/** The tracking-page blocks an experiment can switch on and off. */
	public List<String> pageModules() {
		return this.modules;
	}

	/**
	 * Checks and stores a draft.
	 * @throws InvalidRequestException naming every field that is wrong; nothing is stored
	 * then
	 */
	@Transactional
	public Experiment create(ShopId shop, NewExperiment request) {
		List<FieldViolation> violations = check(request);
		if (!violations.isEmpty()) {
			throw new InvalidRequestException(violations);
		}
		Experiment experiment = new Experiment(UUID.randomUUID(), shop, request.name().strip(), request.target(),
				request.arms(), request.holdout(), ExperimentStatus.DRAFT, this.clock.instant(), null, null);
		this.experiments.insert(experiment);
		return experiment;
	}

	/** Starts assigning shoppers; only a draft starts. */
	@Transactional
	public Experiment start(ShopId shop, UUID id) {
		return move(shop, id, ExperimentStatus.DRAFT, ExperimentStatus.RUNNING);
	}

	/**
	 * Stops assigning: everyone gets the default again. Assignments and outcomes stay,
	 * and outcomes of assigned shoppers keep counting (a repurchase within 90 days), so
	 * the report can still be read.
	 */
	@Transactional
	public Experiment stop(ShopId shop, UUID id) {
		return move(shop, id, ExperimentStatus.RUNNING, ExperimentStatus.STOPPED);
	}

	/** The comparison of arms, verdicts in {@code locale}. */
	@Transactional(readOnly = true)
	public ExperimentReport report(ShopId shop, UUID id, Locale locale) {
		return this.reports.report(get(shop, id), locale);
	}

	private Experiment move(ShopId shop, UUID id, ExperimentStatus from, ExperimentStatus to) {
		Experiment current = get(shop, id);
		Instant now = this.clock.instant();
		if (to == ExperimentStatus.RUNNING && current.target() instanceof Target.JourneyStep step
				&& list(shop).stream()
					.anyMatch(other -> other.running() && !other.id().equals(id)
							&& other.target() instanceof Target.JourneyStep running && running.equals(step))) {
			throw new ConflictException("target", "another experiment already runs on this journey step");
		}
		if (!this.experiments.move(shop, id, from, to, now)) {
			throw new ConflictException("status",
					"only a " + from.name().toLowerCase(Locale.ROOT) + " experiment can move to "
							+ to.name().toLowerCase(Locale.ROOT) + "; this one is "
							+ current.status().name().toLowerCase(Locale.ROOT));
		}
		this.assigner.forget(shop);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Again once the move is visible: a page or planner that read the running
			// experiments between the forget above and the commit would otherwise keep
			// the old state for the whole cache lifetime.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					Experiments.this.assigner.forget(shop);
				}
			});
		}
		return get(shop, id);
	}

	private List<FieldViolation> check(NewExperiment request) {
		List<FieldViolation> violations = new ArrayList<>();
		if (request.name() == null || request.name().isBlank()) {
			violations.add(new FieldViolation("name", "must not be blank"));
		}
		else if (request.name().length() > 200) {
			violations.add(new FieldViolation("name", "must be at most 200 characters"));
		}
		if (!(request.holdout() >= 0 && request.holdout() < 1)) {
			violations.add(new FieldViolation("holdout", "must be at least 0 and below 1"));
		}
		if (request.target() instanceof Target.PageModule page && !this.modules.contains(page.module())) {
			violations.add(new FieldViolation("module", "must be one of " + this.modules));
		}
		if (request.arms().isEmpty()) {
			violations.add(new FieldViolation("arms", "must have at least one variant"));
		}
		else if (request.arms().size() == 1 && request.holdout() == 0) {
			violations.add(new FieldViolation("holdout", "must be above 0 with a single variant: nothing to compare"));
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < request.arms().size(); i++) {
			Arm arm = request.arms().get(i);
			String field = "arms[" + i + "]";
			if (arm.name() == null || !arm.name().matches("[\\p{L}\\p{N} _.-]{1,40}")) {
				violations.add(new FieldViolation(field + ".name",
						"must be 1 to 40 letters, digits, spaces, dots, dashes or underscores"));
			}
			else if (arm.name().equalsIgnoreCase(Experiment.HOLDOUT) || !names.add(arm.name())) {
				violations.add(new FieldViolation(field + ".name", "must be unique and not \"holdout\""));
			}
			if (arm.weight() < 1 || arm.weight() > 1000) {
				violations.add(new FieldViolation(field + ".weight", "must be from 1 to 1000"));
			}
			if (arm.delay() != null && (arm.delay().isNegative() || arm.delay().compareTo(LONGEST_DELAY) > 0)) {
				violations.add(new FieldViolation(field + ".delay", "must be from 0 to 90 days"));
			}
			template(field + ".subject", arm.subject(), violations);
			template(field + ".body", arm.body(), violations);
		}
		return violations;
	}

	/**
	 * Variant texts are Mustache like the shop's own; one that does not compile is
	 * refused.
	 */
	private static void template(String field, @Nullable String text, List<FieldViolation> violations) {
		if (text == null) {
			return;
		}
		try {
			Mustache.compiler().compile(text);
		}
		catch (MustacheException ex) {
			violations.add(new FieldViolation(field, "is not a valid template: " + ex.getMessage()));
		}
	}

}
