package dev.doorstep.notification.channel;

import dev.doorstep.notification.Journeys;
import dev.doorstep.notification.Notifications;
import dev.doorstep.notification.internal.Dispatcher;
import dev.doorstep.support.TestShops;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes {@link ChannelScenario}s with the running application's beans.
 */
@Component
public class ChannelScenarios {

	private final TestShops shops;

	private final Dispatcher dispatcher;

	private final Notifications notifications;

	private final Journeys journeys;

	private final JdbcClient jdbc;

	private final Environment environment;

	ChannelScenarios(TestShops shops, Dispatcher dispatcher, Notifications notifications, Journeys journeys,
			JdbcClient jdbc, Environment environment) {
		this.shops = shops;
		this.dispatcher = dispatcher;
		this.notifications = notifications;
		this.journeys = journeys;
		this.jdbc = jdbc;
		this.environment = environment;
	}

	public ChannelScenario create(String shopName) {
		return new ChannelScenario(this.environment.getRequiredProperty("local.server.port", Integer.class), this.shops,
				shopName, this.dispatcher, this.notifications, this.journeys, this.jdbc);
	}

}
