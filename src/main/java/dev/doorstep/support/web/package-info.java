/**
 * The support module on the web: the help page {@code /s/{shop}/help}, the question box
 * on the tracking, look-up and returns pages (form post and JSON for the chat), the
 * merchant API {@code /api/v1/support/answer}.
 */
@NullMarked
package dev.doorstep.support.web;

import org.jspecify.annotations.NullMarked;
