package dev.doorstep.returns.label.dhl;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class DhlReturnsPropertiesTests {

	@Test
	void bindsReceiverIdsPerCountryFromPropertiesAndEnvironmentVariables() {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
				Map.of("DOORSTEP_RETURNS_DHL_APIKEY", "key", "DOORSTEP_RETURNS_DHL_RECEIVERIDS_AT", "aut")));
		sources.addLast(new MapPropertySource("properties", Map.of("doorstep.returns.dhl.username", "user",
				"doorstep.returns.dhl.password", "secret", "doorstep.returns.dhl.receiver-ids.DE", "deu")));

		DhlReturnsProperties properties = new Binder(ConfigurationPropertySources.from(sources))
			.bindOrCreate("doorstep.returns.dhl", DhlReturnsProperties.class);

		assertThat(properties.receiverIds()).isEqualTo(Map.of("AT", "aut", "DE", "deu"));
		assertThat(properties.configured()).isTrue();
		assertThat(properties.oauth()).isFalse();
		assertThat(properties.baseUrl()).isEqualTo("https://api-eu.dhl.com/parcel/de/shipping/returns/v1");
		assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(10));
		assertThat(properties.toString()).doesNotContain("secret", "key=");
	}

	@Test
	void withoutAnythingItIsNotConfigured() {
		DhlReturnsProperties properties = new Binder(ConfigurationPropertySources.from(new MutablePropertySources()))
			.bindOrCreate("doorstep.returns.dhl", DhlReturnsProperties.class);

		assertThat(properties.configured()).isFalse();
		assertThat(properties.receiverIds()).isEmpty();
	}

}
