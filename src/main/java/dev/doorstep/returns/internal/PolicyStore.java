package dev.doorstep.returns.internal;

import java.time.Clock;

import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.shop.ShopId;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A shop's return policy, kept as one JSON document: it is read and written whole, and
 * new rules need no migration.
 */
@Component
public class PolicyStore {

	private final ReturnRepository repository;

	private final JsonMapper json;

	private final Clock clock;

	PolicyStore(ReturnRepository repository, JsonMapper json, Clock clock) {
		this.repository = repository;
		this.json = json;
		this.clock = clock;
	}

	/** The shop's policy, or the defaults while it has none. */
	public ReturnPolicy get(ShopId shop) {
		return this.repository.policy(shop)
			.map(stored -> this.json.readValue(stored, ReturnPolicy.class))
			.orElseGet(ReturnPolicy::defaults);
	}

	public ReturnPolicy save(ShopId shop, ReturnPolicy policy) {
		this.repository.savePolicy(shop, this.json.writeValueAsString(policy), this.clock.instant());
		return policy;
	}

}
