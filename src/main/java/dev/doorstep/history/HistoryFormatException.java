package dev.doorstep.history;

/**
 * The file cannot be imported at all (no header, a required column missing): nothing was
 * read into the shop.
 */
public class HistoryFormatException extends RuntimeException {

	public HistoryFormatException(String message) {
		super(message);
	}

}
