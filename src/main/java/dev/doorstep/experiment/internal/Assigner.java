package dev.doorstep.experiment.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.doorstep.experiment.Experiment;
import dev.doorstep.experiment.ExperimentAssigned;
import dev.doorstep.order.Order;
import dev.doorstep.shop.ShopId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts shoppers in arms for the planner and the tracking page, which ask on every message
 * and page: a shop's running experiments are kept in memory for a few seconds (dropped at
 * once when this node starts or stops one), and the arm is a pure hash, so only a
 * shopper's first meeting with an experiment writes (recorded, with
 * {@link ExperimentAssigned}).
 */
@Component
public class Assigner {

	private final ExperimentRepository experiments;

	private final ResultsRepository results;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Cache<ShopId, List<Experiment>> running;

	/**
	 * Assignments known to be stored, keyed by experiment and shopper: experiment ids are
	 * random, so a key never stands for another experiment's row.
	 */
	private final Cache<String, Boolean> recorded = Caffeine.newBuilder().maximumSize(200_000).build();

	Assigner(ExperimentRepository experiments, ResultsRepository results, TransactionTemplate transactions,
			ApplicationEventPublisher events, ExperimentProperties properties, Clock clock) {
		this.experiments = experiments;
		this.results = results;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
		this.running = Caffeine.newBuilder().expireAfterWrite(properties.runningCacheTtl()).maximumSize(10_000).build();
	}

	/** The shop's running experiments, at most {@code running-cache-ttl} old. */
	public List<Experiment> running(ShopId shop) {
		return this.running.get(shop, this.experiments::running);
	}

	/** Drops what this node remembers of the shop's running experiments. */
	public void forget(ShopId shop) {
		this.running.invalidate(shop);
	}

	/**
	 * The shopper's arm in the experiment, recorded the first time. Inside a caller's
	 * transaction (the planner) the record commits or rolls back with it, so it is only
	 * remembered as stored when written in a transaction of its own.
	 */
	public String assign(Experiment experiment, Order order) {
		String shopper = Assignments.shopperKey(order);
		String arm = Assignments.arm(experiment, shopper);
		String key = experiment.id() + " " + shopper;
		if (this.recorded.getIfPresent(key) != null) {
			return arm;
		}
		boolean joined = TransactionSynchronizationManager.isActualTransactionActive();
		this.transactions
			.executeWithoutResult(status -> record(experiment.id(), experiment.shopId(), shopper, arm, order));
		if (!joined) {
			this.recorded.put(key, Boolean.TRUE);
		}
		return arm;
	}

	private void record(UUID experiment, ShopId shop, String shopper, String arm, Order order) {
		var now = this.clock.instant();
		if (this.results.assign(shop, experiment, shopper, arm, order.id(), order.placedAt(), now)) {
			this.events.publishEvent(new ExperimentAssigned(shop, experiment, shopper, arm, order.id(), now));
		}
	}

}
