/**
 * The experiments API ({@code /api/v1/experiments}): create, list, start, stop and read
 * the report as JSON. The console pages are in the console module.
 */
@NullMarked
package dev.doorstep.experiment.web;

import org.jspecify.annotations.NullMarked;
