/**
 * The {@code doorstep support ...} commands (offline intent model evaluation), called
 * from the jar's main method before any Spring context starts.
 */
@NamedInterface("cli")
@NullMarked
package dev.doorstep.support.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
