/**
 * The {@code doorstep recommend ...} commands (offline evaluation, basket generator),
 * called from the jar's main method before any Spring context starts.
 */
@NamedInterface("cli")
@NullMarked
package dev.doorstep.recommendation.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
