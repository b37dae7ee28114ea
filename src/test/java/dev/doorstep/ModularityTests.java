package dev.doorstep;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(DoorstepApplication.class);

	@Test
	void verifiesModuleStructure() {
		MODULES.verify();
	}

	@Test
	void detectsAPlantedViolation() {
		// dev.doorstep.planted.beta reaches into alpha's internals; it lives in test
		// sources only.
		// If verify() accepted it, the check above would prove nothing.
		ApplicationModules withViolation = ApplicationModules.of("dev.doorstep.planted", location -> true);
		assertThatThrownBy(withViolation::verify).hasMessageContaining("Secret");
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/architecture/generated"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(java.nio.file.Path.of("docs/architecture/generated/components.puml")).exists();
	}

}
