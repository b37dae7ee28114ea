package dev.doorstep.shop;

import java.util.List;
import java.util.Optional;

import dev.doorstep.shop.internal.ShopRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, finds and updates shops.
 */
@Service
public class Shops {

	private final ShopRepository repository;

	private final ApplicationEventPublisher events;

	Shops(ShopRepository repository, ApplicationEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	@Transactional
	public Shop create(NewShop shop) {
		Shop created = this.repository.insert(shop);
		this.events.publishEvent(new ShopCreated(created.id(), created.slug()));
		return created;
	}

	public Optional<Shop> find(ShopId id) {
		return this.repository.findById(id);
	}

	public Shop get(ShopId id) {
		return find(id).orElseThrow(() -> new IllegalStateException("Shop " + id + " does not exist"));
	}

	public Optional<Shop> findBySlug(String slug) {
		return this.repository.findBySlug(slug);
	}

	public List<Shop> findAll(List<ShopId> ids) {
		return this.repository.findAll(ids);
	}

	public boolean any() {
		return this.repository.count() > 0;
	}

	@Transactional
	public Shop update(ShopId id, ShopSettings settings) {
		this.repository.update(id, settings);
		this.events.publishEvent(new ShopUpdated(id));
		return get(id);
	}

}
