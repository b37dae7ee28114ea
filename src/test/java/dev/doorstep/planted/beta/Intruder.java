package dev.doorstep.planted.beta;

import dev.doorstep.planted.alpha.internal.Secret;

/**
 * Breaks the module rules on purpose: reaches into {@code alpha}'s internals.
 */
public class Intruder {

	Secret secret = new Secret();

}
