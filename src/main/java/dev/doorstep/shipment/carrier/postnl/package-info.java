/**
 * PostNL through the Shippingstatus API v2 (<a href=
 * "https://developer.postnl.nl/docs/#/http/api-endpoints/send-track/shippingstatus/get-status-by-barcode">developer.postnl.nl,
 * Send &amp; Track, Shippingstatus, get status by barcode</a>): {@code GET
 * /shipment/v2/status/barcode/{barcode}?detail=true} with the {@code apikey} header,
 * answering {@code {"CurrentStatus":{"Shipment":{...}}}} or, with detail,
 * {@code {"CompleteStatus":{"Shipment":{"Status","OldStatus":[...],"Event":[...]}}}}
 * (newest first, times as {@code dd-MM-yyyy HH:mm:ss} in Dutch local time), errors as
 * {@code {"Errors":[...]}} and gateway faults as {@code {"fault":{...}}}. The timeline is
 * built from the documented status codes (1 to 23, phases 1 to 4), each with the text of
 * the event PostNL recorded at the same moment.
 */
@NullMarked
package dev.doorstep.shipment.carrier.postnl;

import org.jspecify.annotations.NullMarked;
