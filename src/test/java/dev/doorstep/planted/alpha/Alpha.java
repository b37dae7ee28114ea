package dev.doorstep.planted.alpha;

/**
 * Public API of the planted module {@code alpha}.
 */
public class Alpha {

}
