/**
 * The support phone line: Twilio Voice webhooks answering with TwiML, reading the
 * assistant's order-specific answer aloud and connecting to the shop's team within
 * opening hours.
 */
@NullMarked
package dev.doorstep.support.phone;

import org.jspecify.annotations.NullMarked;
