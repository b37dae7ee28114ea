package dev.doorstep.support.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.doorstep.support.model.Evaluation;
import dev.doorstep.support.model.IntentModel;
import dev.doorstep.support.model.LabelledPhrase;
import dev.doorstep.support.model.PhraseFiles;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code doorstep support evaluate}: the assistant's intent model offline. No web server,
 * no database.
 */
public final class SupportCommands {

	/** Exit code for a wrong command line or an unreadable file. */
	public static final int USAGE = 1;

	private static final String HELP = """
			usage: doorstep support evaluate [--test <dir>] [--folds 5]
			         trains the intent model on the phrases that ship in the jar and prints JSON with the
			         accuracy per language: on held-apart questions in <dir>/<lang>.txt (the phrase file
			         format: [INTENT] lines, then one question a line) when --test is given, else by
			         k-fold cross-validation over the training phrases""";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private SupportCommands() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || !args[0].equals("evaluate")) {
			err.println("support: " + ((args.length == 0) ? "needs a command" : "unknown command '" + args[0] + "'"));
			err.println(HELP);
			return USAGE;
		}
		Path test = null;
		int folds = 5;
		try {
			for (int i = 1; i < args.length; i++) {
				switch (args[i]) {
					case "--test" -> test = Path.of(args[++i]);
					case "--folds" -> folds = Integer.parseInt(args[++i]);
					default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'");
				}
			}
			if (folds < 2) {
				throw new IllegalArgumentException("--folds must be at least 2");
			}
			List<LabelledPhrase> training = PhraseFiles.training();
			Evaluation evaluation;
			String method;
			if (test != null) {
				evaluation = Evaluation.of(IntentModel.train(training), heldOut(test));
				method = "held-apart " + test;
			}
			else {
				evaluation = Evaluation.crossValidate(training, folds);
				method = folds + "-fold cross-validation";
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("method", method);
			result.put("trainingPhrases", training.size());
			Map<String, Object> languages = new LinkedHashMap<>();
			evaluation.languages()
				.forEach((language, figures) -> languages.put(language,
						Map.of("questions", figures.questions(), "correct", figures.correct(), "accuracy",
								figures.accuracy(), "confusions", figures.confusions())));
			result.put("languages", languages);
			out.println(JSON.writeValueAsString(result));
			return 0;
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			err.println("support: " + ex.getMessage());
			err.println(HELP);
			return USAGE;
		}
		catch (IOException ex) {
			err.println("support: " + ex.getMessage());
			return USAGE;
		}
	}

	private static List<LabelledPhrase> heldOut(Path directory) throws IOException {
		List<LabelledPhrase> questions = new ArrayList<>();
		for (String language : PhraseFiles.LANGUAGES) {
			Path file = directory.resolve(language + ".txt");
			if (Files.exists(file)) {
				try (InputStream in = Files.newInputStream(file)) {
					questions.addAll(PhraseFiles.read(language, in));
				}
			}
		}
		if (questions.isEmpty()) {
			throw new IOException("no <lang>.txt with questions in " + directory);
		}
		return questions;
	}

}
