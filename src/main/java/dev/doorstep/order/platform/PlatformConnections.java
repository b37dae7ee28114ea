package dev.doorstep.order.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.doorstep.order.platform.internal.PlatformRepository;
import dev.doorstep.runtime.NotFoundException;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which platforms a shop is connected to and the secret each signs its webhooks with.
 */
@Service
public class PlatformConnections {

	private final PlatformRepository repository;

	private final List<String> platforms;

	private final Map<String, PlatformAdapter> adapters;

	PlatformConnections(PlatformRepository repository, List<PlatformAdapter> adapters) {
		this.repository = repository;
		this.platforms = adapters.stream().map(PlatformAdapter::name).sorted().toList();
		this.adapters = adapters.stream()
			.collect(java.util.stream.Collectors.toUnmodifiableMap(PlatformAdapter::name, adapter -> adapter));
	}

	/** The platforms Doorstep has an adapter for. */
	public List<String> platforms() {
		return this.platforms;
	}

	/**
	 * Saves the connection's settings, checked by the platform's adapter (400 naming the
	 * field when one is missing or wrong).
	 */
	@Transactional
	public PlatformConnection connect(ShopId shop, String platform, PlatformConnection.Settings settings) {
		PlatformAdapter adapter = adapter(platform);
		return this.repository.save(shop, platform, adapter.check(settings));
	}

	/** What the platform's adapter tells about the connection's state (no secrets). */
	public Map<String, Object> details(ShopId shop, String platform) {
		return adapter(platform).details(shop);
	}

	public Optional<PlatformConnection> find(ShopId shop, String platform) {
		return this.repository.find(shop, platform);
	}

	/** The connection, or a 404 when the shop has none for this platform. */
	public PlatformConnection get(ShopId shop, String platform) {
		return find(shop, platform).orElseThrow(() -> new NotFoundException("Platform connection", platform));
	}

	@Transactional
	public void disconnect(ShopId shop, String platform) {
		if (!this.repository.delete(shop, platform)) {
			throw new NotFoundException("Platform connection", platform);
		}
	}

	private PlatformAdapter adapter(String platform) {
		PlatformAdapter adapter = this.adapters.get(platform);
		if (adapter == null) {
			throw new NotFoundException("Platform", platform);
		}
		return adapter;
	}

}
