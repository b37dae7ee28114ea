/** The Freshdesk helpdesk adapter. */
@NullMarked
package dev.doorstep.support.handover.freshdesk;

import org.jspecify.annotations.NullMarked;
