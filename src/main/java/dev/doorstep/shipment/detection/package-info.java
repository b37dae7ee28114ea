/**
 * Which carrier a tracking number belongs to, from the formats and check digits in the
 * bundled tracking number data (MIT, jkeen/tracking_number_data) plus European formats it
 * lacks.
 */
@NullMarked
package dev.doorstep.shipment.detection;

import org.jspecify.annotations.NullMarked;
