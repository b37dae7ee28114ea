package dev.doorstep.demo;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The durable tasks of the demo: the simulated carrier's heartbeat, and the top-up that
 * keeps the demo shop busy.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DemoProperties.class)
class DemoConfiguration {

	/**
	 * Advances due simulated parcels every second. The simulated carrier works for every
	 * shop, so this runs even with the demo shop turned off; with nothing due it is one
	 * indexed query.
	 */
	@Bean
	RecurringTask<Void> demoSimulatorTask(Simulator simulator, Clock clock) {
		return Tasks.recurring("demo-simulator", FixedDelay.ofSeconds(1))
			.execute((instance, context) -> simulator.advance(clock.instant()));
	}

	@Bean
	RecurringTask<Void> demoTopUpTask(DemoSeeder seeder, DemoProperties properties, Clock clock) {
		Duration interval = properties.topUpInterval();
		return Tasks.recurring("demo-top-up", FixedDelay.of(interval))
			.execute((instance, context) -> seeder.topUp(clock.instant()));
	}

}
