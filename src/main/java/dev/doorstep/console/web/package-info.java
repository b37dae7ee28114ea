/**
 * The console's pages, its layout model and navigation. Exposed as a named interface so
 * that a module with its own console page (insights) renders inside the same layout with
 * {@link dev.doorstep.console.web.ConsoleController}.
 */
@NamedInterface("web")
@NullMarked
package dev.doorstep.console.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
