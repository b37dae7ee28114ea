package dev.doorstep.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.doorstep.delivery.DeliverySettings;
import dev.doorstep.delivery.model.ModelSettings;
import dev.doorstep.delivery.model.TransitModel;
import dev.doorstep.delivery.model.TransitModels;
import dev.doorstep.delivery.model.TransitSample;
import dev.doorstep.shop.ShopId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transit models in memory: one per shop that has delivered parcels, plus one
 * installation-wide model every shop falls back on when its own history is thin. Built
 * from the stored samples at start and on a schedule, and taught each delivery as it
 * arrives, so a prediction never touches the database.
 */
@Component
public class Models {

	private static final Logger log = LoggerFactory.getLogger(Models.class);

	private final SampleRepository samples;

	private final DeliverySettingsRepository settings;

	private final DeliveryProperties properties;

	private final Clock clock;

	/**
	 * A rebuild reads the table and swaps; learning waits meanwhile so nothing is lost.
	 */
	private final ReentrantReadWriteLock rebuilding = new ReentrantReadWriteLock();

	private volatile Generation generation;

	/** One complete set of models. */
	private record Generation(TransitModel fallback, Map<ShopId, TransitModel> shops) {
	}

	Models(SampleRepository samples, DeliverySettingsRepository settings, DeliveryProperties properties, Clock clock) {
		this.samples = samples;
		this.settings = settings;
		this.properties = properties;
		this.clock = clock;
		this.generation = new Generation(TransitModels.create(installationSettings(), null), new ConcurrentHashMap<>());
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		rebuild();
	}

	/** The shop's model (its own history, then the installation's). */
	public TransitModel forShop(ShopId shop) {
		Generation current = this.generation;
		return current.shops().computeIfAbsent(shop, id -> build(id, current.fallback()));
	}

	/** Teaches one new delivery to the shop's model and the installation's. */
	public void learn(ShopId shop, TransitSample sample) {
		this.rebuilding.readLock().lock();
		try {
			Generation current = this.generation;
			current.fallback().learn(sample);
			// A shop model not built yet reads the sample from the table when it is.
			current.shops().computeIfPresent(shop, (id, model) -> {
				model.learn(sample);
				return model;
			});
		}
		finally {
			this.rebuilding.readLock().unlock();
		}
	}

	/**
	 * Learns a sample once the current transaction commits: a rolled-back sample is not
	 * learned (its retry learns it).
	 */
	void learnAfterCommit(ShopId shop, TransitSample sample) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			learn(shop, sample);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				learn(shop, sample);
			}
		});
	}

	/** Forgets a shop's model, e.g. when its coverage target changed. */
	void forget(ShopId shop) {
		this.generation.shops().remove(shop);
	}

	/** Rebuilds every model from the stored samples. */
	public void rebuild() {
		long started = System.nanoTime();
		this.rebuilding.writeLock().lock();
		try {
			TransitModel fallback = TransitModels.create(installationSettings(), null);
			Map<ShopId, TransitModel> shops = new HashMap<>();
			int[] count = { 0 };
			this.samples.forEach(since(), (shop, sample) -> {
				fallback.learn(sample);
				shops.computeIfAbsent(shop, id -> create(id, fallback)).learn(sample);
				count[0]++;
			});
			this.generation = new Generation(fallback, new ConcurrentHashMap<>(shops));
			log.info("Delivery models rebuilt from {} samples of {} shops in {} ms", count[0], shops.size(),
					(System.nanoTime() - started) / 1_000_000);
		}
		finally {
			this.rebuilding.writeLock().unlock();
		}
	}

	private TransitModel build(ShopId shop, TransitModel fallback) {
		TransitModel model = create(shop, fallback);
		this.samples.forEach(shop, since(), model::learn);
		return model;
	}

	private TransitModel create(ShopId shop, TransitModel fallback) {
		return TransitModels.create(settingsFor(this.settings.find(shop)), fallback);
	}

	private ModelSettings settingsFor(DeliverySettings shop) {
		return this.properties.modelSettings(shop.coverage());
	}

	private ModelSettings installationSettings() {
		return this.properties.modelSettings(DeliverySettings.DEFAULT_COVERAGE);
	}

	private Instant since() {
		return this.clock.instant().minus(this.properties.history());
	}

}
