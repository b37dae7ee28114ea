package dev.doorstep.claim.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.doorstep.claim.Claim;
import dev.doorstep.order.Order;
import dev.doorstep.shipment.Shipment;
import dev.doorstep.shipment.TrackingEvent;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shop.Shop;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The carrier claim pack: an A4 PDF in English (the language carriers' claim desks take)
 * with the parcel's data, its full timeline, the proof-of-delivery fields, the shopper's
 * statement and declaration, the claim's history and every photo, one per page. Uses the
 * DejaVu fonts the return labels ship, so umlauts and accents print. A WebP photo cannot
 * be embedded by PDFBox: the pack names it and the merchant attaches it from the console.
 */
@Component
public class ClaimPack {

	private static final String FONTS = "/returns/label/fonts/";

	private static final float MARGIN = 50;

	private static final float SIZE = 10;

	private static final float LEADING = 14;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

	private final byte[] regular = font("DejaVuSans.ttf");

	private final byte[] bold = font("DejaVuSans-Bold.ttf");

	public byte[] pdf(Claim claim, Shipment shipment, Order order, List<TrackingEvent> timeline,
			List<Claim.Step> history, List<ClaimRepository.PhotoFile> photos, Shop shop) {
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle("Claim " + claim.number());
			document.getDocumentInformation().setCreator("Doorstep");
			PDFont text = PDType0Font.load(document, new ByteArrayInputStream(this.regular), true);
			PDFont heading = PDType0Font.load(document, new ByteArrayInputStream(this.bold), true);
			ZoneId zone = shop.timeZone();
			try (Writer out = new Writer(document, text, heading)) {
				out.title("Carrier claim " + claim.number());
				out.line(shop.name() + " · filed " + time(claim.createdAt(), zone) + " · status " + claim.status());
				out.section("Claim");
				out.field("Type", claim.type().name().replace('_', ' ').toLowerCase(Locale.ROOT));
				out.field("Value claimed", claim.value().toPlainString() + " " + claim.currency());
				out.field("Order", order.orderNumber() + " of " + time(order.placedAt(), zone));
				for (Claim.Item item : claim.items()) {
					out.field("Item", item.quantity() + " × " + item.name() + " (SKU " + item.sku() + ")");
				}
				out.section("Shipment");
				out.field("Carrier", shipment.carrier().value());
				out.field("Tracking number", shipment.trackingNumber());
				out.field("Service", shipment.service());
				out.field("Shipped at", time(shipment.shippedAt(), zone));
				if (shipment.origin() != null) {
					out.field("From", join(shipment.origin().postcode(), shipment.origin().country()));
				}
				Order.Address to = order.shippingAddress();
				if (to != null) {
					out.field("To", join(to.line1(), to.line2(), join(to.postcode(), to.city()), to.country()));
				}
				out.field("Promised delivery",
						(shipment.promisedDeliveryDate() != null) ? shipment.promisedDeliveryDate().toString() : null);
				out.field("Current status", join(shipment.status().name(), shipment.subStatus()));
				out.section("Proof of delivery");
				TrackingEvent delivery = timeline.stream()
					.filter(event -> event.status() == TrackingStatus.DELIVERED)
					.reduce((first, second) -> second)
					.orElse(null);
				out.field("Delivered at", (shipment.deliveredAt() != null) ? time(shipment.deliveredAt(), zone)
						: "not delivered according to the carrier");
				if (delivery != null) {
					out.field("Delivery sub status", delivery.subStatus());
					out.field("Delivery location", place(delivery.location()));
					out.field("Carrier's words", delivery.description());
				}
				out.section("Tracking timeline (" + timeline.size() + " events)");
				for (TrackingEvent event : timeline) {
					out.line(time(event.occurredAt(), zone) + "  " + join(event.status().name(), event.subStatus())
							+ ((place(event.location()) != null) ? "  " + place(event.location()) : ""));
					if (event.description() != null) {
						out.indented(event.description());
					}
				}
				out.section("Shopper's statement");
				out.paragraph((claim.description() != null) ? claim.description() : "(none)");
				if (claim.declaration() != null) {
					out.section("Shopper's declaration");
					out.paragraph(claim.declaration());
				}
				out.section("Claim history");
				for (Claim.Step step : history) {
					out.line(time(step.at(), zone) + "  " + step.status() + " by " + step.actor()
							+ ((step.note() != null) ? ": " + step.note() : ""));
				}
				out.section("Photos (" + photos.size() + ")");
				for (ClaimRepository.PhotoFile photo : photos) {
					out.photo(photo);
				}
			}
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			document.save(pdf);
			return pdf.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render the claim pack of " + claim.number(), ex);
		}
	}

	private static @Nullable String time(@Nullable Instant instant, ZoneId zone) {
		return (instant != null) ? TIME.format(instant.atZone(zone)) : null;
	}

	private static @Nullable String place(TrackingEvent.@Nullable Location location) {
		return (location != null) ? join(location.postcode(), location.city(), location.country()) : null;
	}

	private static @Nullable String join(@Nullable String... parts) {
		List<String> present = new ArrayList<>();
		for (String part : parts) {
			if (part != null && !part.isBlank()) {
				present.add(part.strip());
			}
		}
		return present.isEmpty() ? null : String.join(" ", present);
	}

	private static byte[] font(String file) {
		try (InputStream in = ClaimPack.class.getResourceAsStream(FONTS + file)) {
			if (in == null) {
				throw new IllegalStateException("Font " + file + " is missing from the classpath");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes lines top to bottom, wrapping words and starting new pages as needed. */
	private static final class Writer implements AutoCloseable {

		private final PDDocument document;

		private final PDFont text;

		private final PDFont heading;

		private PDPageContentStream stream;

		private float y;

		Writer(PDDocument document, PDFont text, PDFont heading) throws IOException {
			this.document = document;
			this.text = text;
			this.heading = heading;
			newPage();
		}

		private void newPage() throws IOException {
			if (this.stream != null) {
				this.stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			this.document.addPage(page);
			this.stream = new PDPageContentStream(this.document, page);
			this.y = PDRectangle.A4.getHeight() - MARGIN;
		}

		private float width() {
			return PDRectangle.A4.getWidth() - 2 * MARGIN;
		}

		void title(String title) throws IOException {
			write(title, this.heading, 16, 0);
			this.y -= 6;
		}

		void section(String title) throws IOException {
			this.y -= 8;
			write(title, this.heading, 12, 0);
		}

		void field(String label, @Nullable String value) throws IOException {
			if (value != null && !value.isBlank()) {
				write(label + ": " + value, this.text, SIZE, 0);
			}
		}

		void line(String line) throws IOException {
			write(line, this.text, SIZE, 0);
		}

		void indented(String line) throws IOException {
			write(line, this.text, SIZE, 16);
		}

		void paragraph(String paragraph) throws IOException {
			for (String line : paragraph.split("\\R")) {
				write(line, this.text, SIZE, 0);
			}
		}

		void photo(ClaimRepository.PhotoFile photo) throws IOException {
			String name = "Photo " + (photo.position() + 1) + " (" + photo.contentType() + ", " + photo.bytes().length
					+ " bytes)";
			if (photo.contentType().equals("image/webp")) {
				line(name + ": WebP cannot be embedded; attach it from the claim in the Doorstep console");
				return;
			}
			PDImageXObject image;
			try {
				image = PDImageXObject.createFromByteArray(this.document, photo.bytes(), "photo-" + photo.position());
			}
			catch (IOException | IllegalArgumentException ex) {
				line(name + ": could not be read as an image; attach it from the Doorstep console");
				return;
			}
			newPage();
			line(name);
			float scale = Math.min(1, Math.min(width() / image.getWidth(), (this.y - MARGIN) / image.getHeight()));
			float w = image.getWidth() * scale;
			float h = image.getHeight() * scale;
			this.y -= h;
			this.stream.drawImage(image, MARGIN, this.y, w, h);
		}

		private void write(String line, PDFont font, float size, float indent) throws IOException {
			for (String wrapped : wrap(printable(line, font), font, size, width() - indent)) {
				if (this.y - LEADING < MARGIN) {
					newPage();
				}
				this.y -= Math.max(LEADING, size + 4);
				this.stream.beginText();
				this.stream.setFont(font, size);
				this.stream.newLineAtOffset(MARGIN + indent, this.y);
				this.stream.showText(wrapped);
				this.stream.endText();
			}
		}

		/**
		 * Drops what the font cannot print (emoji, control characters) instead of
		 * failing.
		 */
		private static String printable(String line, PDFont font) {
			StringBuilder out = new StringBuilder();
			line.codePoints().forEach(cp -> {
				String ch = new String(Character.toChars(cp));
				if (Character.isISOControl(cp)) {
					out.append(' ');
					return;
				}
				try {
					font.encode(ch);
					out.append(ch);
				}
				catch (IOException | IllegalArgumentException ex) {
					out.append('?');
				}
			});
			return out.toString();
		}

		private static List<String> wrap(String line, PDFont font, float size, float width) throws IOException {
			List<String> lines = dev.doorstep.runtime.PdfText.wrap(font, size, width, line);
			// An empty line keeps its place in the text.
			return lines.isEmpty() ? List.of("") : lines;
		}

		@Override
		public void close() throws IOException {
			this.stream.close();
		}

	}

}
