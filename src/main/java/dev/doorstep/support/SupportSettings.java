package dev.doorstep.support;

/**
 * A shop's support settings.
 *
 * @param retentionDays how long conversations are kept (1–3650 days; default 90)
 */
public record SupportSettings(int retentionDays) {

	public static final int DEFAULT_RETENTION_DAYS = 90;

	public static final int MAX_RETENTION_DAYS = 3650;

	public static SupportSettings defaults() {
		return new SupportSettings(DEFAULT_RETENTION_DAYS);
	}

}
