package dev.doorstep.notification;

import java.time.Clock;

import dev.doorstep.notification.internal.NotificationProperties;
import dev.doorstep.notification.internal.SettingsRepository;
import dev.doorstep.shop.ShopId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A shop's notification settings, or the instance's defaults until the shop chooses.
 */
@Service
public class Settings {

	private final SettingsRepository settings;

	private final NotificationProperties properties;

	private final Clock clock;

	Settings(SettingsRepository settings, NotificationProperties properties, Clock clock) {
		this.settings = settings;
		this.properties = properties;
		this.clock = clock;
	}

	public NotificationSettings get(ShopId shop) {
		return this.settings.find(shop)
			.orElse(new NotificationSettings(this.properties.marketingNeedsConsent(), this.properties.trackOpens(),
					this.properties.trackClicks()));
	}

	@Transactional
	public NotificationSettings save(ShopId shop, NotificationSettings settings) {
		this.settings.save(shop, settings, this.clock.instant());
		return settings;
	}

}
