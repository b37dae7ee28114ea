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
		try (Stream<Path> canvases = Files.list(folder)) {
			for (Path canvas : canvases.filter(file -> file.toString().endsWith(".adoc")).toList()) {
				Files.write(canvas, sortedBullets(Files.readAllLines(canvas)));
			}
		}
	}

	/**
	 * The canvases list types and events in an order that changes from run to run too:
	 * each table cell's bullet list ({@code |* first}, {@code * next}) is sorted.
	 */
	private static List<String> sortedBullets(List<String> lines) {
		List<String> result = new ArrayList<>();
		int i = 0;
		while (i < lines.size()) {
			String line = lines.get(i);
			if (!line.startsWith("|* ")) {
				result.add(line);
				i++;
				continue;
			}
			List<String> items = new ArrayList<>();
			items.add(line.substring(3));
			i++;
			while (i < lines.size() && lines.get(i).startsWith("* ")) {
				items.add(lines.get(i).substring(2));
				i++;
			}
			items.sort(null);
			result.add("|* " + items.getFirst());
			items.subList(1, items.size()).forEach(item -> result.add("* " + item));
		}
		return result;
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
