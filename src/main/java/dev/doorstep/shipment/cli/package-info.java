/**
 * The {@code doorstep carriers ...} commands, called from the jar's main method before
 * any Spring context starts.
 */
@NamedInterface("cli")
@NullMarked
package dev.doorstep.shipment.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
