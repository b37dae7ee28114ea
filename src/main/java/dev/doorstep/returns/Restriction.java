package dev.doorstep.returns;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why an item cannot be returned, or only for the shop's fault. Each names the policy
 * rule ({@link #rule()}) that the API's 422 answers carry and the portal explains in the
 * shopper's words.
 */
public sealed interface Restriction {

	/** The rule's stable name in API answers: {@code window}, {@code final-sale}, ... */
	@JsonProperty("rule")
	String rule();

	/**
	 * The item can still go back when it arrived damaged or wrong
	 * ({@link ReturnReason#shopsFault()}).
	 */
	@JsonProperty("faultReasonsOnly")
	default boolean faultReasonsOnly() {
		return false;
	}

	/** The return window ended; the last day is in the shop's time zone. */
	record WindowClosed(LocalDate lastDay) implements Restriction {

		@Override
		public String rule() {
			return "window";
		}

	}

	/** Sold as final sale. */
	record FinalSale() implements Restriction {

		@Override
		public String rule() {
			return "final-sale";
		}

		@Override
		public boolean faultReasonsOnly() {
			return true;
		}

	}

	/** The shop does not take back this category (hygiene products, gift cards). */
	record CategoryExcluded(String category) implements Restriction {

		@Override
		public String rule() {
			return "category";
		}

		@Override
		public boolean faultReasonsOnly() {
			return true;
		}

	}

	/** The shop takes no returns from the shopper's country. */
	record CountryNotServed(String country) implements Restriction {

		@Override
		public String rule() {
			return "country";
		}

	}

	/** Every piece is already in a return. */
	record AllReturned() implements Restriction {

		@Override
		public String rule() {
			return "already-returned";
		}

	}

	/** The order was cancelled. */
	record OrderCancelled() implements Restriction {

		@Override
		public String rule() {
			return "cancelled";
		}

	}

}
