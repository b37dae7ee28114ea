/**
 * The {@code doorstep delivery ...} commands (backtest, synthetic history), called from
 * the jar's main method before any Spring context starts.
 */
@NamedInterface("cli")
@NullMarked
package dev.doorstep.delivery.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
