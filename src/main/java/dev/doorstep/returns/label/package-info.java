/**
 * Return labels: what a shopper prints, shows or sticks on a return parcel.
 * <p>
 * Public API, small on purpose:
 * <ul>
 * <li>{@link dev.doorstep.returns.label.ReturnLabels#pdf(ReturnLabelRequest)}: a 4×6 inch
 * (288×432 pt) PDF with the shop's return address, the sender, the RMA in large type, a
 * Code 128 barcode and a QR code of the RMA, the items count, the carrier (when there is
 * one) and a cut line with instructions in the shopper's language. A carrier's own label,
 * when given, follows as the next pages.</li>
 * <li>{@link dev.doorstep.returns.label.ReturnLabels#qrContent(String)}: what the QR code
 * and the barcode hold: the RMA itself, nothing else, so any scanner at a drop-off point
 * or a till reads the number that the console and the API look returns up by.</li>
 * <li>{@link dev.doorstep.returns.label.QrCodes#png(String, int)}: the same QR code as a
 * PNG, for the portal's confirmation page and emails.</li>
 * <li>{@link dev.doorstep.returns.label.ReturnLabelProvider}: the SPI for a carrier's
 * returns-label API (DHL Parcel DE Returns first, in {@code label.dhl}), found through
 * {@link dev.doorstep.returns.label.ReturnLabelProviders}. Its answer is a sealed
 * {@link dev.doorstep.returns.label.CarrierLabelResult}: created, refused (with the field
 * to fix) or unavailable. Without a configured provider there is no carrier label and the
 * Doorstep label alone is used.</li>
 * </ul>
 * Nothing here stores anything or knows return requests; the returns module's core asks
 * for a label when a return is approved and keeps what it needs (tracking number, carrier
 * label bytes).
 */
@NamedInterface("label")
@NullMarked
package dev.doorstep.returns.label;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
