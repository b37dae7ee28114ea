package dev.doorstep.order.platform;

import java.util.List;
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

	PlatformConnections(PlatformRepository repository, List<PlatformAdapter> adapters) {
		this.repository = repository;
		this.platforms = adapters.stream().map(PlatformAdapter::name).sorted().toList();
	}

	/** The platforms Doorstep has an adapter for. */
	public List<String> platforms() {
		return this.platforms;
	}

	@Transactional
	public PlatformConnection connect(ShopId shop, String platform, String secret) {
		return this.repository.save(shop, known(platform), secret.strip());
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

	private String known(String platform) {
		if (!this.platforms.contains(platform)) {
			throw new NotFoundException("Platform", platform);
		}
		return platform;
	}

}
