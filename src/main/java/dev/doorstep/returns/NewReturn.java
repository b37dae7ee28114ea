package dev.doorstep.returns;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A return as the shopper (portal) or the shop (API, console) asks for it.
 *
 * @param method how the parcel goes back; may be null when every item is kept
 * @param storeId the store for {@link ReturnMethod#STORE_DROP_OFF}
 * @param idempotencyKey the same key twice gives the same return, not a second one
 * @param locale the shopper's language for messages and the label
 */
public record NewReturn(List<Line> lines, @Nullable ReturnMethod method, @Nullable String storeId,
		@Nullable String idempotencyKey, Locale locale) {

	public NewReturn {
		lines = List.copyOf(lines);
	}

	/**
	 * One item to return.
	 *
	 * @param comment the shopper's words; required for {@link ReturnReason#OTHER}
	 * @param exchangeSku the variant wanted, for {@link Resolution#EXCHANGE}
	 */
	public record Line(String sku, int quantity, ReturnReason reason, @Nullable String comment, Resolution resolution,
			@Nullable String exchangeSku, List<Photo> photos) {

		public Line {
			photos = List.copyOf(photos);
		}

	}

	/** A photo as uploaded; its type is read from its bytes, not from a header. */
	public record Photo(byte[] bytes) {

		@Override
		public String toString() {
			return "Photo[" + this.bytes.length + " bytes]";
		}

	}

}
