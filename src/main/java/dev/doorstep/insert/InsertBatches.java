package dev.doorstep.insert;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.doorstep.shop.ShopId;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A day's insert cards made in the background, so the console can show progress and offer
 * the merged PDF when it is ready. Results are kept for an hour in memory: a batch is
 * re-made in seconds, so it needs no table.
 */
@Component
public class InsertBatches {

	private static final Logger log = LoggerFactory.getLogger(InsertBatches.class);

	private final Inserts inserts;

	private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

	private final Cache<UUID, Job> jobs = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofHours(1))
		.maximumSize(200)
		.build();

	InsertBatches(Inserts inserts) {
		this.inserts = inserts;
	}

	/**
	 * Where a batch stands. {@code pdf} is set once it is done; {@code failed} if not.
	 */
	public record Progress(LocalDate day, int done, int total, boolean finished, boolean failed, int cards) {

		public int percent() {
			return (this.total == 0) ? (this.finished ? 100 : 0) : (100 * this.done / this.total);
		}

	}

	private static final class Job {

		final ShopId shop;

		final LocalDate day;

		final AtomicInteger done = new AtomicInteger();

		final AtomicInteger total = new AtomicInteger(-1);

		volatile byte @Nullable [] pdf;

		volatile int cards;

		volatile boolean failed;

		Job(ShopId shop, LocalDate day) {
			this.shop = shop;
			this.day = day;
		}

	}

	public UUID start(ShopId shop, LocalDate day) {
		UUID id = UUID.randomUUID();
		Job job = new Job(shop, day);
		this.jobs.put(id, job);
		this.workers.execute(() -> {
			try {
				Inserts.Batch batch = this.inserts.batch(shop, day, (done, total) -> {
					job.total.set(total);
					job.done.set(done);
				});
				job.cards = batch.cards();
				job.pdf = batch.pdf();
			}
			catch (RuntimeException ex) {
				job.failed = true;
				log.warn("Insert batch {} for shop {} failed", id, shop, ex);
			}
		});
		return id;
	}

	/** The batch's progress; empty for an unknown batch or another shop's. */
	public Optional<Progress> progress(ShopId shop, UUID id) {
		Job job = this.jobs.getIfPresent(id);
		if (job == null || !job.shop.equals(shop)) {
			return Optional.empty();
		}
		boolean finished = job.pdf != null || job.failed;
		return Optional
			.of(new Progress(job.day, job.done.get(), Math.max(job.total.get(), 0), finished, job.failed, job.cards));
	}

	public Optional<byte[]> pdf(ShopId shop, UUID id) {
		Job job = this.jobs.getIfPresent(id);
		if (job == null || !job.shop.equals(shop) || job.pdf == null) {
			return Optional.empty();
		}
		return Optional.of(job.pdf);
	}

	@PreDestroy
	void stop() {
		this.workers.shutdownNow();
	}

}
