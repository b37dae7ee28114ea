package dev.doorstep.history;

import java.util.List;

/**
 * What an import did (or, for a dry run, would have done).
 *
 * @param rowsRead data rows of the file (the header not counted)
 * @param ordersCreated orders stored by this run
 * @param ordersAlreadyPresent orders the shop already had under their external id
 * @param shipmentsCreated parcels stored by this run
 * @param shipmentsAlreadyPresent parcels the shop already had under their carrier and
 * tracking number
 * @param deliveriesLearned delivered parcels new to the shop's delivery model
 * @param rejected rows not imported, in file order
 */
public record ImportSummary(boolean dryRun, int rowsRead, int ordersCreated, int ordersAlreadyPresent,
		int shipmentsCreated, int shipmentsAlreadyPresent, int deliveriesLearned, List<Rejection> rejected) {

	/**
	 * A row that was not imported.
	 *
	 * @param line the row's line in the file (the header is line 1)
	 * @param column the column at fault
	 * @param reason what is wrong, for the merchant to fix
	 */
	public record Rejection(int line, String column, String reason) {
	}

}
