package dev.doorstep.recommendation.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class RecommendCommandsTests {

	@TempDir
	Path dir;

	ByteArrayOutputStream out = new ByteArrayOutputStream();

	ByteArrayOutputStream err = new ByteArrayOutputStream();

	int run(String... args) {
		return RecommendCommands.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	JsonNode json() {
		return JsonMapper.builder().build().readTree(this.out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void onBasketsWithPlantedPairsTheModelClearlyBeatsThePopularityBaseline() {
		Path file = this.dir.resolve("baskets.txt");
		assertThat(run("generate", file.toString(), "--baskets", "20000", "--seed", "5")).isZero();
		this.out.reset();
		assertThat(run("evaluate", file.toString(), "--k", "5")).isZero();
		JsonNode figures = json();
		assertThat(figures.get("baskets_train").asInt()).isEqualTo(16000);
		assertThat(figures.get("baskets_test").asInt()).isEqualTo(4000);
		assertThat(figures.get("cases").asInt()).isGreaterThan(4000);
		double hitRate = figures.get("hit_rate").asDouble();
		double baseline = figures.get("baseline_hit_rate").asDouble();
		assertThat(hitRate).as("hit rate %s against baseline %s", hitRate, baseline).isGreaterThan(baseline + 0.10);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("100%").contains("testing");
	}

	@Test
	void whenTastesChangeWeighingRecentBasketsHigherFollowsThem() {
		Path file = this.dir.resolve("drift.txt");
		assertThat(run("generate", file.toString(), "--baskets", "30000", "--drift", "true")).isZero();
		this.out.reset();
		run("evaluate", file.toString(), "--half-life-days", "0");
		double flat = json().get("hit_rate").asDouble();
		this.out.reset();
		run("evaluate", file.toString(), "--half-life-days", "90");
		double recent = json().get("hit_rate").asDouble();
		assertThat(recent).as("90 days half-life %s against none %s", recent, flat).isGreaterThan(flat + 0.005);
	}

	@Test
	void theJsonHasExactlyTheDocumentedKeysInOrder() throws Exception {
		Path file = this.dir.resolve("small.txt");
		// Ten baskets: eight learned, two tested; the last has one item only (no case).
		Files.writeString(file, """
				a,b
				a,b,c
				b,c
				a , b

				a,b
				c
				a,b
				a,c
				a,b
				d
				""");
		assertThat(run("evaluate", file.toString(), "--k", "1")).isZero();
		JsonNode figures = json();
		assertThat(figures.propertyNames()).containsExactly("baskets_train", "baskets_test", "cases", "hit_rate",
				"baseline_hit_rate");
		assertThat(figures.get("baskets_train").asInt()).isEqualTo(8);
		assertThat(figures.get("baskets_test").asInt()).isEqualTo(2);
		// The ninth basket, a,b: hide a (b recommends a), hide b (a recommends b).
		assertThat(figures.get("cases").asInt()).isEqualTo(2);
		assertThat(figures.get("hit_rate").asDouble()).isEqualTo(1.0);
	}

	@Test
	void theGeneratorIsDeterministicAndPlantsItsPairs() throws Exception {
		Path first = this.dir.resolve("one.txt");
		Path second = this.dir.resolve("two.txt");
		run("generate", first.toString(), "--baskets", "500");
		run("generate", second.toString(), "--baskets", "500");
		List<String> lines = Files.readAllLines(first);
		assertThat(lines).hasSize(500).isEqualTo(Files.readAllLines(second));
		BasketGenerator generator = new BasketGenerator(42);
		assertThat(generator.partners()).hasSize(BasketGenerator.PAIRS);
		long together = lines.stream()
			.map(line -> List.of(line.split(",")))
			.filter(basket -> generator.partners()
				.entrySet()
				.stream()
				.anyMatch(pair -> basket.contains(pair.getKey()) && basket.contains(pair.getValue())))
			.count();
		assertThat(together).isGreaterThan(50);
	}

	@Test
	void wrongCommandLinesExplainThemselves() {
		assertThat(run("evaluate")).isEqualTo(RecommendCommands.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("needs a basket file").contains("usage:");
		assertThat(run("evaluate", "x.txt", "--k", "many")).isEqualTo(RecommendCommands.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--k must be a whole number");
		assertThat(run("evaluate", "x.txt", "--colour", "red")).isEqualTo(RecommendCommands.USAGE);
		assertThat(run("evaluate", this.dir.resolve("missing.txt").toString())).isEqualTo(RecommendCommands.USAGE);
		assertThat(run("frobnicate")).isEqualTo(RecommendCommands.USAGE);
		assertThat(this.out.size()).isZero();
	}

}
