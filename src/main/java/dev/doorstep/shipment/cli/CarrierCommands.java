package dev.doorstep.shipment.cli;

import java.io.PrintStream;
import java.util.Arrays;

import dev.doorstep.shipment.detection.CarrierDetector;
import dev.doorstep.shipment.detection.DetectionReport;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code doorstep carriers ...}: offline tools for a merchant's engineer. They start no
 * web server and no database, so they answer in well under a second.
 */
public final class CarrierCommands {

	/** Exit code when the input was fine but nothing matched. */
	public static final int NOT_FOUND = 2;

	/** Exit code for a wrong command line. */
	public static final int USAGE = 1;

	private static final String HELP = """
			usage: doorstep carriers detect <tracking number>
			  prints the carriers the number may belong to as JSON, best first
			  (exit 0 when at least one matches, 2 when none does)""";

	private CarrierCommands() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length >= 2 && args[0].equals("detect")) {
			String number = String.join(" ", Arrays.copyOfRange(args, 1, args.length));
			if (!number.isBlank()) {
				DetectionReport report = new CarrierDetector().report(number);
				out.println(JsonMapper.builder()
					.enable(SerializationFeature.INDENT_OUTPUT)
					.build()
					.writeValueAsString(report));
				return report.candidates().isEmpty() ? NOT_FOUND : 0;
			}
		}
		err.println(HELP);
		return USAGE;
	}

}
