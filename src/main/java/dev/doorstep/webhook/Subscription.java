package dev.doorstep.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;

/**
 * A merchant endpoint and the event types it wants.
 *
 * @param secret the signing secret; the API shows it only on create and rotate
 * @param types exact types ({@code return.approved}) or prefix wildcards
 * ({@code return.*}); empty means every type
 * @param disabledReason why Doorstep switched it off, null when enabled or switched off
 * by the merchant
 */
public record Subscription(ShopId shop, UUID id, String url, String secret, List<String> types, boolean enabled,
		String description, @Nullable String disabledReason, Instant createdAt, Instant updatedAt) {

	private static final Pattern FILTER = Pattern.compile("\\*|[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*(\\.\\*)?");

	/** Whether {@code filter} is an exact type, a prefix wildcard or {@code *}. */
	public static boolean validFilter(String filter) {
		return FILTER.matcher(filter).matches();
	}

	/** Without the secret, so a logged subscription gives nothing away. */
	@Override
	public String toString() {
		return "Subscription[shop=" + this.shop + ", id=" + this.id + ", types=" + this.types + ", enabled="
				+ this.enabled + "]";
	}

	/** Whether an event of {@code type} goes to this subscription. */
	public boolean wants(String type) {
		if (this.types.isEmpty()) {
			return true;
		}
		for (String filter : this.types) {
			if (filter.equals("*") || filter.equals(type)
					|| filter.endsWith(".*") && type.startsWith(filter.substring(0, filter.length() - 1))) {
				return true;
			}
		}
		return false;
	}

}
