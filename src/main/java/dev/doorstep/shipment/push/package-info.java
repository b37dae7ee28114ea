/**
 * Push sources: aggregators (and carriers) that call Doorstep when a parcel moves. Each
 * source is one sub-package with a {@link dev.doorstep.shipment.push.PushSource} that
 * verifies the sender's signature and maps the payload with pure code; the endpoint
 * {@code POST /hooks/carriers/{code}/{shopSlug}} stores what it accepts before answering.
 */
@NullMarked
package dev.doorstep.shipment.push;

import org.jspecify.annotations.NullMarked;
