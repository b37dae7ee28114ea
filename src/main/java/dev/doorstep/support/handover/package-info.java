/**
 * The hand-over to the shop's people: repository, outbound HTTP and the helpdesk plug-in
 * SPI ({@link dev.doorstep.support.handover.HelpdeskAdapter}, one sub-package per
 * provider).
 */
@NullMarked
package dev.doorstep.support.handover;

import org.jspecify.annotations.NullMarked;
