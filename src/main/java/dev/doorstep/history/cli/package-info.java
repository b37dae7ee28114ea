/**
 * {@code doorstep import <orders.csv> --shop <slug>}: the history import from the command
 * line, with Spring and the database but no web server and no background jobs.
 */
@NamedInterface("cli")
@NullMarked
package dev.doorstep.history.cli;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
