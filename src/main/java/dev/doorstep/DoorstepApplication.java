package dev.doorstep;

import java.util.Arrays;

import dev.doorstep.delivery.cli.DeliveryCommands;
import dev.doorstep.history.cli.ImportCommand;
import dev.doorstep.recommendation.cli.RecommendCommands;
import dev.doorstep.shipment.cli.CarrierCommands;
import dev.doorstep.support.cli.SupportCommands;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Doorstep: the self-hosted post-purchase experience platform. Runs the server by
 * default; {@code carriers ...}, {@code delivery ...}, {@code recommend ...} and
 * {@code support ...} run an offline command instead, and {@code import ...} loads a
 * shop's history into its database.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DoorstepApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("carriers")) {
			System.exit(CarrierCommands.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("delivery")) {
			System.exit(DeliveryCommands.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("recommend")) {
			System.exit(RecommendCommands.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(ImportCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err,
					DoorstepApplication.class));
		}
		if (args.length > 0 && args[0].equals("support")) {
			System.exit(SupportCommands.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (args.length > 0 && !args[0].startsWith("--")) {
			// A typo or "help" must not start a server and a database in the current
			// directory.
			boolean help = args[0].equals("help") || args[0].equals("-h");
			(help ? System.out : System.err).println(USAGE);
			System.exit(help ? 0 : 2);
		}
		SpringApplication.run(DoorstepApplication.class, args);
	}

	static final String USAGE = """
			Usage: java -jar doorstep.jar [--property=value ...]   start the server
			       java -jar doorstep.jar carriers parse|detect ...  offline carrier tools
			       java -jar doorstep.jar delivery backtest|generate|bench ...  offline delivery model tools
			       java -jar doorstep.jar recommend evaluate|generate|bench ...  offline cross-sell model tools
			       java -jar doorstep.jar import <orders.csv> --shop <slug> [--dry-run] [--json]
			                                                         load historic orders and parcels
			       java -jar doorstep.jar support evaluate ...         offline intent model accuracy of the assistant
			       java -jar doorstep.jar help                       this text""";

}
