package dev.doorstep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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
	void writesModuleDocumentation() throws IOException {
		Path folder = Path.of("docs/architecture/generated");
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		assertThat(folder.resolve("components.puml")).exists();
		try (Stream<Path> diagrams = Files.list(folder)) {
			for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, sortedRelations(Files.readAllLines(diagram)));
			}
		}
	}

	/**
	 * The Documenter writes relations in an order that changes from run to run; sorted,
	 * the committed diagrams change only when the modules do.
	 */
	private static List<String> sortedRelations(List<String> lines) {
		List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
		List<String> result = new ArrayList<>();
		for (String line : lines) {
			if (!line.startsWith("Rel(")) {
				result.add(line);
			}
			else if (result.stream().noneMatch(written -> written.startsWith("Rel("))) {
				result.addAll(relations);
			}
		}
		return result;
	}

}
