package dev.doorstep.order.platform.magento;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.doorstep.order.internal.OrderProperties;
import dev.doorstep.order.platform.MalformedPayloadException;
import dev.doorstep.order.platform.PlatformCommand;
import dev.doorstep.order.platform.PlatformConnection;
import dev.doorstep.order.platform.PlatformInbox;
import dev.doorstep.order.platform.PlatformJson;
import dev.doorstep.order.platform.PlatformReceipt;
import dev.doorstep.order.platform.internal.PlatformRepository;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;

/**
 * The scheduled pull for Magento shops without webhooks: orders, then shipments, updated
 * since the newest {@code updated_at} applied before (the high-water mark, per shop and
 * resource), page by page, oldest first. Each order version and each shipment version is
 * applied through {@link PlatformInbox#apply} exactly like a webhook, so reading the
 * boundary twice (the filter is {@code gteq}) or a webhook and the pull seeing the same
 * order changes nothing twice.
 */
@Service
public class MagentoPull {

	private static final Logger log = LoggerFactory.getLogger(MagentoPull.class);

	/** A runaway shop (or a stub that never ends) stops here; the next run goes on. */
	private static final int MAX_PAGES_PER_RUN = 1000;

	private static final List<String> RESOURCES = List.of("orders", "shipments");

	/**
	 * What one pull of one shop did.
	 *
	 * @param applied order versions and shipments applied
	 * @param duplicates seen before (the mark's boundary, or a webhook was first)
	 * @param skipped not applicable: malformed, or a shipment of an order Doorstep does
	 * not have (older than the first pull reaches back)
	 * @param requests pages asked for
	 * @param error why the pull stopped early, {@code null} when it read everything
	 */
	public record Result(int applied, int duplicates, int skipped, int requests, @Nullable String error) {
	}

	private final PlatformRepository repository;

	private final PlatformInbox inbox;

	private final MagentoClient client;

	private final OrderProperties properties;

	private final Clock clock;

	MagentoPull(PlatformRepository repository, PlatformInbox inbox, MagentoClient client, OrderProperties properties,
			Clock clock) {
		this.repository = repository;
		this.inbox = inbox;
		this.client = client;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Pulls every shop connected with an API; one shop's failure does not stop others.
	 */
	public void pullAll() {
		for (ShopId shop : this.repository.shopsWithApi(MagentoAdapter.PLATFORM)) {
			try {
				pull(shop);
			}
			catch (RuntimeException ex) {
				log.warn("Magento pull for shop {} failed", shop.value(), ex);
			}
		}
	}

	public Result pull(ShopId shop) {
		Optional<PlatformConnection> connection = this.repository.find(shop, MagentoAdapter.PLATFORM)
			.filter(found -> found.baseUrl() != null && found.accessToken() != null);
		if (connection.isEmpty()) {
			return new Result(0, 0, 0, 0, "no Magento connection with baseUrl and accessToken");
		}
		Counts counts = new Counts();
		for (String resource : RESOURCES) {
			try {
				pull(shop, connection.get(), resource, counts);
			}
			catch (MagentoClient.PullFailed ex) {
				this.repository.recordPull(shop, MagentoAdapter.PLATFORM, resource, null, ex.getMessage());
				log.info("Magento pull for shop {} stopped: {}", shop.value(), ex.getMessage());
				return counts.result(ex.getMessage());
			}
		}
		log.info("Magento pull for shop {}: {} applied, {} seen before, {} skipped", shop.value(), counts.applied,
				counts.duplicates, counts.skipped);
		return counts.result(null);
	}

	private void pull(ShopId shop, PlatformConnection connection, String resource, Counts counts)
			throws MagentoClient.PullFailed {
		Instant since = this.repository.highWaterMark(shop, MagentoAdapter.PLATFORM, resource)
			.orElseGet(() -> this.clock.instant().minus(this.properties.platformPullLookback()));
		int pageSize = this.properties.platformPullPageSize();
		for (int page = 1; page <= MAX_PAGES_PER_RUN; page++) {
			MagentoClient.Page answer = this.client.page(connection.baseUrl(), connection.accessToken(), resource,
					since, page, pageSize);
			counts.requests++;
			Instant mark = null;
			for (JsonNode item : answer.items()) {
				Instant updated = apply(shop, resource, item, counts);
				if (updated != null && (mark == null || updated.isAfter(mark))) {
					mark = updated;
				}
			}
			// Page by page, so a pull that fails later resumes from here.
			this.repository.recordPull(shop, MagentoAdapter.PLATFORM, resource, mark, null);
			// Magento answers a page past the end with the last page again: stop by
			// the count.
			if (answer.items().size() < pageSize || (long) page * pageSize >= answer.totalCount()) {
				return;
			}
		}
	}

	/**
	 * @return the item's updated_at, {@code null} when it has none readable
	 */
	private @Nullable Instant apply(ShopId shop, String resource, JsonNode item, Counts counts) {
		Instant updated;
		List<PlatformCommand> commands;
		String id = PlatformJson.text(item, "entity_id");
		try {
			updated = MagentoMapper.utc(item, item.has("updated_at") ? "updated_at" : "created_at");
			commands = resource.equals("orders") ? List.of(MagentoMapper.order(item)) : MagentoMapper.shipment(item);
		}
		catch (MalformedPayloadException ex) {
			log.info("Magento pull for shop {}: {} {} skipped: {}", shop.value(), resource, id, ex.getMessage());
			counts.skipped++;
			return null;
		}
		String deliveryId = "pull:" + resource + ":" + id + "@" + updated.getEpochSecond();
		PlatformReceipt receipt = this.inbox.apply(shop, MagentoAdapter.PLATFORM, deliveryId, "pull/" + resource,
				commands);
		switch (receipt) {
			case PlatformReceipt.Applied applied -> counts.applied++;
			case PlatformReceipt.Duplicate duplicate -> counts.duplicates++;
			default -> {
				log.info("Magento pull for shop {}: {} {} skipped: {}", shop.value(), resource, id, receipt);
				counts.skipped++;
			}
		}
		return updated;
	}

	private static final class Counts {

		int applied;

		int duplicates;

		int skipped;

		int requests;

		Result result(@Nullable String error) {
			return new Result(this.applied, this.duplicates, this.skipped, this.requests, error);
		}

	}

}
