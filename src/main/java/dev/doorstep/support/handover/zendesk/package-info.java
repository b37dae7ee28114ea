/** The Zendesk helpdesk adapter. */
@NullMarked
package dev.doorstep.support.handover.zendesk;

import org.jspecify.annotations.NullMarked;
