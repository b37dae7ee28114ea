/** Queries behind the conversations console (list and deflection per intent). */
@NullMarked
package dev.doorstep.support.report;

import org.jspecify.annotations.NullMarked;
