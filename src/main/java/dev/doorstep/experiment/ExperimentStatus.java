package dev.doorstep.experiment;

/** Where an experiment stands; it only moves forward. */
public enum ExperimentStatus {

	/** Created, nobody assigned yet. */
	DRAFT,
	/** Shoppers are being assigned and treated by their arm. */
	RUNNING,
	/** Nobody new is assigned and everyone gets the default again; history stays. */
	STOPPED

}
