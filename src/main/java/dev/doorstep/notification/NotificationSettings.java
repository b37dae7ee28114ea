package dev.doorstep.notification;

/**
 * A shop's notification settings.
 *
 * @param marketingNeedsConsent whether review requests and other marketing need an opt-in
 * (German courts treat review requests as advertising)
 * @param trackOpens whether emails carry an open pixel
 * @param trackClicks whether links in emails go through a signed redirect that records
 * the click
 */
public record NotificationSettings(boolean marketingNeedsConsent, boolean trackOpens, boolean trackClicks) {
}
