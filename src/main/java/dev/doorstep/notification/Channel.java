package dev.doorstep.notification;

import java.util.Locale;

/**
 * Where a message goes. Email may go out at any hour; the others wait for the end of the
 * recipient's quiet hours.
 */
public enum Channel {

	EMAIL(false), SMS(true), WHATSAPP(true), PUSH(true), MESSENGER(true), WEBHOOK(false);

	private final boolean quietHours;

	Channel(boolean quietHours) {
		this.quietHours = quietHours;
	}

	/** Whether messages on this channel wait while the recipient sleeps. */
	public boolean respectsQuietHours() {
		return this.quietHours;
	}

	/**
	 * Whether the shopper has to opt in before anything is sent (everything but email and
	 * the merchant's webhook).
	 */
	public boolean needsOptIn() {
		return this != EMAIL && this != WEBHOOK;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
