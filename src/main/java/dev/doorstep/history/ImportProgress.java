package dev.doorstep.history;

/** Told after each order how many of the file's rows are done. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (done, total) -> {
	};

	void rows(int done, int total);

}
