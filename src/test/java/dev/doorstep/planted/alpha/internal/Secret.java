package dev.doorstep.planted.alpha.internal;

/**
 * Internal type of the planted module {@code alpha}; {@code beta} must not see it.
 */
public class Secret {

}
