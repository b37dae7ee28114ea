package dev.doorstep.runtime;

import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DoorstepIntegrationTest
class ActuatorExposureIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "/actuator/health, 200", "/actuator/info, 200", "/actuator/metrics, 200", "/actuator/prometheus, 200",
			"/actuator/env, 404", "/actuator/beans, 404", "/actuator/configprops, 404", "/actuator/heapdump, 404",
			"/actuator/loggers, 404", "/actuator/modulith, 404" })
	void exposesOnlyHealthInfoMetricsAndPrometheus(String path, int status) {
		assertThat(new ApiClient(this.port, "").get(path).status()).isEqualTo(status);
	}

}
