package dev.doorstep.returns.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.doorstep.order.Order;
import dev.doorstep.order.OrderId;
import dev.doorstep.order.OrderStatus;
import dev.doorstep.recommendation.Product;
import dev.doorstep.returns.NewReturn;
import dev.doorstep.returns.PolicyViolation;
import dev.doorstep.returns.Resolution;
import dev.doorstep.returns.Restriction;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnOptions;
import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.returns.ReturnQuote;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.label.Address;
import dev.doorstep.shop.ShopId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of the return policy, one at a time. */
class PolicyEvaluatorTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final Instant PLACED = Instant.parse("2026-11-01T10:00:00Z");

	static final Instant DELIVERED = Instant.parse("2026-11-04T14:00:00Z");

	static final Address WAREHOUSE = new Address("Shop GmbH", "Lagerweg 1", null, "04109", "Leipzig", "DE");

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };

	static Order.LineItem item(String sku, String category, int quantity, String price) {
		return new Order.LineItem(sku, sku + " name", category, "M", quantity, new BigDecimal(price), null, null);
	}

	static Order order(String country, Order.LineItem... items) {
		return order(country, OrderStatus.DELIVERED, items);
	}

	static Order order(String country, OrderStatus status, Order.LineItem... items) {
		return new Order(new OrderId(UUID.randomUUID()), new ShopId(UUID.randomUUID()), "ext", "1001", PLACED, "EUR",
				"de", new Order.Customer("a@example.com", null, "Anna", "Schmidt"),
				new Order.Address("Invalidenstraße 117", null, "10115", "Berlin", country), List.of(items),
				BigDecimal.TEN, status, PLACED, PLACED);
	}

	static PolicyEvaluator.OrderFacts facts(Order order, @Nullable Instant delivered) {
		return new PolicyEvaluator.OrderFacts(order, Map.of(), delivered, Map.of(), Map.of());
	}

	static ReturnPolicy policy() {
		return with(ReturnPolicy.defaults(), WAREHOUSE);
	}

	static ReturnPolicy with(ReturnPolicy p, @Nullable Address address) {
		return new ReturnPolicy(p.windowDays(), p.categoryWindowDays(), p.nonReturnableCategories(), p.zones(),
				p.methods(), p.methodFees(), p.reasonFees(), p.photoReasons(), p.autoApprove(), p.exchanges(),
				p.freeExchanges(), p.storeCredit(), p.storeCreditBonusPercent(), p.keepItemBelow(), p.stores(),
				address);
	}

	static ReturnOptions.Item only(ReturnOptions options) {
		return options.items().getFirst();
	}

	static NewReturn request(ReturnMethod method, NewReturn.Line... lines) {
		return new NewReturn(List.of(lines), method, null, null, Locale.ENGLISH);
	}

	static NewReturn.Line line(String sku, int quantity, ReturnReason reason, Resolution resolution) {
		return new NewReturn.Line(sku, quantity, reason, null, resolution, null, List.of());
	}

	@Nested
	class Window {

		@Test
		void countsFromDeliveryInTheShopsZone() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					facts(order("DE", item("A", "apparel", 1, "50")), DELIVERED), Instant.parse("2026-12-04T22:59:00Z"),
					BERLIN);

			assertThat(only(options).lastDay()).isEqualTo(LocalDate.of(2026, 12, 4));
			assertThat(only(options).restriction()).isNull();
			assertThat(only(options).returnable()).isEqualTo(1);
		}

		@Test
		void closesTheDayAfterTheLastDay() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					facts(order("DE", item("A", "apparel", 1, "50")), DELIVERED), Instant.parse("2026-12-04T23:00:00Z"),
					BERLIN);

			assertThat(only(options).restriction()).isEqualTo(new Restriction.WindowClosed(LocalDate.of(2026, 12, 4)));
			assertThat(only(options).returnable()).isZero();
			assertThat(only(options).resolutions()).isEmpty();
		}

		@Test
		void countsFromTheOrderDateWhileDeliveryIsUnknown() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					facts(order("DE", item("A", "apparel", 1, "50")), null), Instant.parse("2026-11-20T10:00:00Z"),
					BERLIN);

			assertThat(only(options).lastDay()).isEqualTo(LocalDate.of(2026, 12, 1));
		}

		@Test
		void usesTheDeliveryOfTheParcelThatCarriedTheItem() {
			Order order = order("DE", item("A", "apparel", 1, "50"), item("B", "apparel", 1, "50"));
			PolicyEvaluator.OrderFacts facts = new PolicyEvaluator.OrderFacts(order,
					Map.of("B", Instant.parse("2026-11-10T10:00:00Z")), DELIVERED, Map.of(), Map.of());

			ReturnOptions options = PolicyEvaluator.options(policy(), facts, DELIVERED, BERLIN);

			assertThat(options.item("A").lastDay()).isEqualTo(LocalDate.of(2026, 12, 4));
			assertThat(options.item("B").lastDay()).isEqualTo(LocalDate.of(2026, 12, 10));
		}

		@Test
		void categoryOverrideWinsOverTheShopsWindow() {
			ReturnPolicy p = policy();
			ReturnPolicy shortCosmetics = new ReturnPolicy(p.windowDays(), Map.of("Cosmetics", 14),
					p.nonReturnableCategories(), p.zones(), p.methods(), p.methodFees(), p.reasonFees(),
					p.photoReasons(), p.autoApprove(), p.exchanges(), p.freeExchanges(), p.storeCredit(),
					p.storeCreditBonusPercent(), p.keepItemBelow(), p.stores(), p.returnAddress());

			ReturnOptions options = PolicyEvaluator.options(shortCosmetics,
					facts(order("DE", item("A", "cosmetics", 1, "20"), item("B", "apparel", 1, "50")), DELIVERED),
					Instant.parse("2026-11-20T10:00:00Z"), BERLIN);

			assertThat(options.item("A").restriction()).isInstanceOf(Restriction.WindowClosed.class);
			assertThat(options.item("A").lastDay()).isEqualTo(LocalDate.of(2026, 11, 18));
			assertThat(options.item("B").restriction()).isNull();
		}

	}

	@Nested
	class Restrictions {

		@Test
		void finalSaleIsReturnableOnlyWhenDamagedOrWrong() {
			Order.LineItem sale = new Order.LineItem("A", "Sale shirt", "apparel", null, 1, new BigDecimal("10"), null,
					null, true);
			ReturnOptions options = PolicyEvaluator.options(policy(), facts(order("DE", sale), DELIVERED), DELIVERED,
					BERLIN);

			assertThat(only(options).restriction()).isEqualTo(new Restriction.FinalSale());
			assertThat(only(options).accepts(ReturnReason.TOO_SMALL)).isFalse();
			assertThat(only(options).accepts(ReturnReason.DAMAGED)).isTrue();
			assertThat(refusal(options, line("A", 1, ReturnReason.CHANGED_MIND, Resolution.REFUND)))
				.isEqualTo(new PolicyViolation("items[0].sku", "final-sale",
						"final-sale item: returnable only if damaged or wrong, not for CHANGED_MIND"));
			assertThat(PolicyEvaluator.check(policy(), options,
					request(ReturnMethod.QR_DROP_OFF,
							withPhoto(line("A", 1, ReturnReason.DAMAGED, Resolution.REFUND)))))
				.isInstanceOf(PolicyEvaluator.Checked.Accepted.class);
		}

		@Test
		void nonReturnableCategoryNamesTheCategory() {
			ReturnPolicy p = policy();
			ReturnPolicy noHygiene = new ReturnPolicy(p.windowDays(), p.categoryWindowDays(), Set.of("Underwear "),
					p.zones(), p.methods(), p.methodFees(), p.reasonFees(), p.photoReasons(), p.autoApprove(),
					p.exchanges(), p.freeExchanges(), p.storeCredit(), p.storeCreditBonusPercent(), p.keepItemBelow(),
					p.stores(), p.returnAddress());

			ReturnOptions options = PolicyEvaluator.options(noHygiene,
					facts(order("DE", item("A", "underwear", 1, "15")), DELIVERED), DELIVERED, BERLIN);

			assertThat(only(options).restriction()).isEqualTo(new Restriction.CategoryExcluded("underwear"));
			assertThat(refusal(options, line("A", 1, ReturnReason.TOO_LARGE, Resolution.REFUND)).rule())
				.isEqualTo("category");
		}

		@Test
		void aCountryOutsideEveryZoneCannotReturn() {
			ReturnPolicy zoned = zoned(policy());

			ReturnOptions swiss = PolicyEvaluator.options(zoned,
					facts(order("CH", item("A", "apparel", 1, "50")), DELIVERED), DELIVERED, BERLIN);
			ReturnOptions austrian = PolicyEvaluator.options(zoned,
					facts(order("AT", item("A", "apparel", 1, "50")), DELIVERED), DELIVERED, BERLIN);

			assertThat(only(swiss).restriction()).isEqualTo(new Restriction.CountryNotServed("CH"));
			assertThat(only(swiss).accepts(ReturnReason.DAMAGED)).isFalse();
			assertThat(austrian.zone()).isEqualTo("DACH");
			assertThat(only(austrian).restriction()).isNull();
		}

		@Test
		void aZoneHasItsOwnWindow() {
			ReturnOptions options = PolicyEvaluator.options(zoned(policy()),
					facts(order("FR", item("A", "apparel", 1, "50")), DELIVERED), DELIVERED, BERLIN);

			assertThat(options.zone()).isEqualTo("EU");
			assertThat(only(options).lastDay()).isEqualTo(LocalDate.of(2026, 11, 18));
		}

		@Test
		void alreadyReturnedPiecesAreNotReturnableAgain() {
			Order order = order("DE", item("A", "apparel", 3, "10"), item("B", "apparel", 1, "10"));
			PolicyEvaluator.OrderFacts facts = new PolicyEvaluator.OrderFacts(order, Map.of(), DELIVERED,
					Map.of("A", 2, "B", 1), Map.of());

			ReturnOptions options = PolicyEvaluator.options(policy(), facts, DELIVERED, BERLIN);

			assertThat(options.item("A").alreadyReturned()).isEqualTo(2);
			assertThat(options.item("A").returnable()).isEqualTo(1);
			assertThat(options.item("B").restriction()).isEqualTo(new Restriction.AllReturned());
			assertThat(refusal(options, line("A", 2, ReturnReason.TOO_SMALL, Resolution.REFUND))).isEqualTo(
					new PolicyViolation("items[0].quantity", "already-returned", "1 of 3 can still be returned"));
		}

		@Test
		void theSameSkuTwiceCannotExceedWhatIsLeft() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					facts(order("DE", item("A", "apparel", 2, "10")), DELIVERED), DELIVERED, BERLIN);

			assertThat(refusal(options, line("A", 1, ReturnReason.TOO_SMALL, Resolution.REFUND),
					line("A", 2, ReturnReason.TOO_LARGE, Resolution.REFUND))
				.field()).isEqualTo("items[1].quantity");
		}

		@Test
		void aCancelledOrderCannotBeReturned() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					facts(order("DE", OrderStatus.CANCELLED, item("A", "apparel", 1, "10")), null), DELIVERED, BERLIN);

			assertThat(only(options).restriction()).isEqualTo(new Restriction.OrderCancelled());
			assertThat(options.anyReturnable()).isFalse();
		}

	}

	@Nested
	class Fees {

		@Test
		void methodFeeIsTakenOffTheRefund() {
			ReturnPolicy paid = fees(policy(), Map.of(ReturnMethod.PRINTED_LABEL, new BigDecimal("4.95")), Map.of());

			ReturnQuote quote = accepted(paid, "DE", ReturnMethod.PRINTED_LABEL,
					line("A", 1, ReturnReason.TOO_SMALL, Resolution.REFUND));

			assertThat(quote.fee()).isEqualByComparingTo("4.95");
			assertThat(quote.refund()).isEqualByComparingTo("45.05");
			assertThat(quote.itemsValue()).isEqualByComparingTo("50.00");
		}

		@Test
		void damagedAndWrongItemsAreAlwaysFree() {
			ReturnPolicy paid = fees(policy(), Map.of(ReturnMethod.PRINTED_LABEL, new BigDecimal("4.95")), Map
				.of(ReturnReason.DAMAGED, new BigDecimal("9.00"), ReturnReason.WRONG_ITEM, new BigDecimal("9.00")));

			ReturnQuote quote = accepted(paid, "DE", ReturnMethod.PRINTED_LABEL,
					withPhoto(line("A", 1, ReturnReason.DAMAGED, Resolution.REFUND)));
			ReturnQuote wrong = accepted(paid, "DE", ReturnMethod.PRINTED_LABEL,
					line("A", 1, ReturnReason.WRONG_ITEM, Resolution.REFUND));

			assertThat(quote.fee()).isEqualByComparingTo("0");
			assertThat(quote.refund()).isEqualByComparingTo("50");
			assertThat(wrong.fee()).isEqualByComparingTo("0");
		}

		@Test
		void aReasonFeeAddsToTheMethodFee() {
			ReturnPolicy paid = fees(policy(), Map.of(ReturnMethod.QR_DROP_OFF, new BigDecimal("2.00")),
					Map.of(ReturnReason.CHANGED_MIND, new BigDecimal("3.00")));

			ReturnQuote quote = accepted(paid, "DE", ReturnMethod.QR_DROP_OFF,
					line("A", 1, ReturnReason.CHANGED_MIND, Resolution.REFUND));

			assertThat(quote.fee()).isEqualByComparingTo("5.00");
		}

		@Test
		void theZonesFeeReplacesThePolicysFee() {
			ReturnPolicy paid = zoned(
					fees(policy(), Map.of(ReturnMethod.PRINTED_LABEL, new BigDecimal("4.95")), Map.of()));

			ReturnQuote home = accepted(paid, "DE", ReturnMethod.PRINTED_LABEL,
					line("A", 1, ReturnReason.TOO_SMALL, Resolution.REFUND));
			ReturnQuote abroad = accepted(paid, "FR", ReturnMethod.PRINTED_LABEL,
					line("A", 1, ReturnReason.TOO_SMALL, Resolution.REFUND));

			assertThat(home.fee()).isEqualByComparingTo("0");
			assertThat(abroad.fee()).isEqualByComparingTo("9.90");
		}

		@Test
		void exchangesAreFreeWhenThePolicySaysSo() {
			ReturnPolicy paid = fees(policy(), Map.of(ReturnMethod.PRINTED_LABEL, new BigDecimal("4.95")), Map.of());

			ReturnQuote quote = accepted(paid, "DE", ReturnMethod.PRINTED_LABEL, exchange("A", "A-L"));

			assertThat(quote.fee()).isEqualByComparingTo("0");
		}

		@Test
		void aFeeTheRefundCannotCoverIsDue() {
			ReturnPolicy p = fees(policy(), Map.of(ReturnMethod.PRINTED_LABEL, new BigDecimal("4.95")), Map.of());
			ReturnPolicy paidExchanges = new ReturnPolicy(p.windowDays(), p.categoryWindowDays(),
					p.nonReturnableCategories(), p.zones(), p.methods(), p.methodFees(), p.reasonFees(),
					p.photoReasons(), p.autoApprove(), p.exchanges(), false, p.storeCredit(),
					p.storeCreditBonusPercent(), p.keepItemBelow(), p.stores(), p.returnAddress());

			ReturnQuote quote = accepted(paidExchanges, "DE", ReturnMethod.PRINTED_LABEL, exchange("A", "A-L"));

			assertThat(quote.fee()).isEqualByComparingTo("4.95");
			assertThat(quote.exchangeDifference()).isEqualByComparingTo("5.00");
			assertThat(quote.amountDue()).isEqualByComparingTo("9.95");
		}

	}

	@Nested
	class Resolutions {

		@Test
		void exchangeShowsThePriceDifferenceOfEachVariant() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					withVariants(order("DE", item("A", "apparel", 1, "50"))), DELIVERED, BERLIN);

			assertThat(only(options).resolutions()).contains(Resolution.EXCHANGE);
			assertThat(only(options).exchangeVariants())
				.extracting(ReturnOptions.Variant::sku, variant -> variant.difference().toPlainString())
				.containsExactly(org.assertj.core.groups.Tuple.tuple("A-S", "-5"),
						org.assertj.core.groups.Tuple.tuple("A-L", "5"));
		}

		@Test
		void aCheaperVariantRefundsTheDifference() {
			ReturnQuote quote = accepted(policy(), "DE", ReturnMethod.PRINTED_LABEL, exchange("A", "A-S"));

			assertThat(quote.exchangeDifference()).isEqualByComparingTo("-5.00");
			assertThat(quote.refund()).isEqualByComparingTo("5.00");
			assertThat(quote.amountDue()).isEqualByComparingTo("0");
		}

		@Test
		void noExchangeWithoutOtherVariantsOrWhenSwitchedOff() {
			ReturnPolicy p = policy();
			ReturnPolicy noExchanges = new ReturnPolicy(p.windowDays(), p.categoryWindowDays(),
					p.nonReturnableCategories(), p.zones(), p.methods(), p.methodFees(), p.reasonFees(),
					p.photoReasons(), p.autoApprove(), false, p.freeExchanges(), p.storeCredit(),
					p.storeCreditBonusPercent(), p.keepItemBelow(), p.stores(), p.returnAddress());

			ReturnOptions unknown = PolicyEvaluator.options(policy(),
					facts(order("DE", item("A", "apparel", 1, "50")), DELIVERED), DELIVERED, BERLIN);
			ReturnOptions off = PolicyEvaluator.options(noExchanges,
					withVariants(order("DE", item("A", "apparel", 1, "50"))), DELIVERED, BERLIN);

			assertThat(only(unknown).resolutions()).doesNotContain(Resolution.EXCHANGE);
			assertThat(only(off).resolutions()).doesNotContain(Resolution.EXCHANGE);
			assertThat(refusal(off, exchange("A", "A-L")).rule()).isEqualTo("resolution");
		}

		@Test
		void anUnknownVariantIsRefused() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					withVariants(order("DE", item("A", "apparel", 1, "50"))), DELIVERED, BERLIN);

			assertThat(refusal(options, exchange("A", "B-XL")).rule()).isEqualTo("exchange-variant");
		}

		@Test
		void storeCreditCarriesTheBonus() {
			ReturnPolicy p = policy();
			ReturnPolicy bonus = new ReturnPolicy(p.windowDays(), p.categoryWindowDays(), p.nonReturnableCategories(),
					p.zones(), p.methods(), p.methodFees(), p.reasonFees(), p.photoReasons(), p.autoApprove(),
					p.exchanges(), p.freeExchanges(), true, 10, p.keepItemBelow(), p.stores(), p.returnAddress());

			ReturnQuote quote = accepted(bonus, "DE", ReturnMethod.QR_DROP_OFF,
					line("A", 1, ReturnReason.STYLE, Resolution.STORE_CREDIT));

			assertThat(quote.storeCredit()).isEqualByComparingTo("55.00");
			assertThat(quote.storeCreditBonus()).isEqualByComparingTo("5.00");
			assertThat(quote.refund()).isEqualByComparingTo("0");
		}

		@Test
		void noStoreCreditWhenSwitchedOff() {
			ReturnPolicy p = policy();
			ReturnPolicy off = new ReturnPolicy(p.windowDays(), p.categoryWindowDays(), p.nonReturnableCategories(),
					p.zones(), p.methods(), p.methodFees(), p.reasonFees(), p.photoReasons(), p.autoApprove(),
					p.exchanges(), p.freeExchanges(), false, 0, p.keepItemBelow(), p.stores(), p.returnAddress());

			ReturnOptions options = PolicyEvaluator.options(off,
					facts(order("DE", item("A", "apparel", 1, "50")), DELIVERED), DELIVERED, BERLIN);

			assertThat(only(options).resolutions()).containsExactly(Resolution.REFUND);
		}

		@Test
		void keepTheItemOnlyBelowTheThresholdAndNothingShipsBack() {
			ReturnPolicy p = policy();
			ReturnPolicy keep = new ReturnPolicy(p.windowDays(), p.categoryWindowDays(), p.nonReturnableCategories(),
					p.zones(), p.methods(), Map.of(ReturnMethod.PRINTED_LABEL, new BigDecimal("4.95")), p.reasonFees(),
					p.photoReasons(), p.autoApprove(), p.exchanges(), p.freeExchanges(), p.storeCredit(), 0,
					new BigDecimal("15"), p.stores(), p.returnAddress());
			Order order = order("DE", item("CHEAP", "apparel", 2, "9.99"), item("DEAR", "apparel", 1, "15.00"));
			ReturnOptions options = PolicyEvaluator.options(keep, facts(order, DELIVERED), DELIVERED, BERLIN);

			assertThat(options.item("CHEAP").resolutions()).contains(Resolution.KEEP_ITEM);
			assertThat(options.item("DEAR").resolutions()).doesNotContain(Resolution.KEEP_ITEM);
			PolicyEvaluator.Checked checked = PolicyEvaluator.check(keep, options,
					request(null, line("CHEAP", 2, ReturnReason.CHANGED_MIND, Resolution.KEEP_ITEM)));
			ReturnQuote quote = ((PolicyEvaluator.Checked.Accepted) checked).quote();
			assertThat(quote.shipsBack()).isFalse();
			assertThat(quote.fee()).isEqualByComparingTo("0");
			assertThat(quote.refund()).isEqualByComparingTo("19.98");
		}

	}

	@Nested
	class Requests {

		@Test
		void photosAreRequiredForChosenReasons() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					facts(order("DE", item("A", "apparel", 1, "50")), DELIVERED), DELIVERED, BERLIN);

			assertThat(refusal(options, line("A", 1, ReturnReason.DAMAGED, Resolution.REFUND)))
				.isEqualTo(new PolicyViolation("items[0].photos", "photos-required",
						"a photo is required for the reason DAMAGED"));
		}

		@Test
		void photosMustBeImagesOfLimitedSize() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					facts(order("DE", item("A", "apparel", 1, "50")), DELIVERED), DELIVERED, BERLIN);
			NewReturn.Line pdf = new NewReturn.Line("A", 1, ReturnReason.DAMAGED, null, Resolution.REFUND, null,
					List.of(new NewReturn.Photo("%PDF-1.7".getBytes())));
			byte[] huge = new byte[PolicyEvaluator.MAX_PHOTO_BYTES + 1];
			System.arraycopy(JPEG, 0, huge, 0, JPEG.length);
			NewReturn.Line big = new NewReturn.Line("A", 1, ReturnReason.DAMAGED, null, Resolution.REFUND, null,
					List.of(new NewReturn.Photo(huge)));

			assertThat(invalid(options, pdf))
				.extracting(dev.doorstep.runtime.FieldViolation::field, dev.doorstep.runtime.FieldViolation::reason)
				.containsExactly(
						org.assertj.core.groups.Tuple.tuple("items[0].photos[0]", "must be a JPEG, PNG or WebP image"));
			assertThat(invalid(options, big).getFirst().reason()).isEqualTo("is larger than 5 MB");
		}

		@Test
		void otherNeedsTheShoppersWords() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					facts(order("DE", item("A", "apparel", 1, "50")), DELIVERED), DELIVERED, BERLIN);

			assertThat(invalid(options, line("A", 1, ReturnReason.OTHER, Resolution.REFUND)).getFirst().field())
				.isEqualTo("items[0].comment");
		}

		@Test
		void aMethodTheShopDoesNotOfferIsRefused() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					facts(order("DE", item("A", "apparel", 1, "50")), DELIVERED), DELIVERED, BERLIN);

			PolicyEvaluator.Checked checked = PolicyEvaluator.check(policy(), options,
					request(ReturnMethod.HOME_PICKUP, line("A", 1, ReturnReason.TOO_SMALL, Resolution.REFUND)));

			assertThat(((PolicyEvaluator.Checked.Refused) checked).violations().getFirst().rule()).isEqualTo("method");
		}

		@Test
		void printedLabelsAndStoresNeedTheirSettings() {
			ReturnPolicy p = with(ReturnPolicy.defaults(), null);
			ReturnPolicy everything = new ReturnPolicy(p.windowDays(), p.categoryWindowDays(),
					p.nonReturnableCategories(), p.zones(), EnumSet.allOf(ReturnMethod.class), p.methodFees(),
					p.reasonFees(), p.photoReasons(), p.autoApprove(), p.exchanges(), p.freeExchanges(),
					p.storeCredit(), 0, p.keepItemBelow(), List.of(), null);

			ReturnOptions options = PolicyEvaluator.options(everything,
					facts(order("DE", item("A", "apparel", 1, "50")), DELIVERED), DELIVERED, BERLIN);

			assertThat(options.methods()).containsExactlyInAnyOrder(ReturnMethod.QR_DROP_OFF, ReturnMethod.HOME_PICKUP);
		}

		@Test
		void anItemNotInTheOrderIsInvalid() {
			ReturnOptions options = PolicyEvaluator.options(policy(),
					facts(order("DE", item("A", "apparel", 1, "50")), DELIVERED), DELIVERED, BERLIN);

			assertThat(invalid(options, line("NOPE", 1, ReturnReason.TOO_SMALL, Resolution.REFUND)).getFirst().field())
				.isEqualTo("items[0].sku");
		}

	}

	static ReturnPolicy zoned(ReturnPolicy p) {
		List<ReturnPolicy.Zone> zones = new ArrayList<>();
		zones.add(new ReturnPolicy.Zone("DACH", Set.of("DE", "AT"), null, Map.of()));
		zones.add(new ReturnPolicy.Zone("EU", Set.of("FR", "NL"), 14,
				Map.of(ReturnMethod.PRINTED_LABEL, new BigDecimal("9.90"))));
		return new ReturnPolicy(p.windowDays(), p.categoryWindowDays(), p.nonReturnableCategories(), zones, p.methods(),
				Map.of(), p.reasonFees(), p.photoReasons(), p.autoApprove(), p.exchanges(), p.freeExchanges(),
				p.storeCredit(), p.storeCreditBonusPercent(), p.keepItemBelow(), p.stores(), p.returnAddress());
	}

	static ReturnPolicy fees(ReturnPolicy p, Map<ReturnMethod, BigDecimal> methodFees,
			Map<ReturnReason, BigDecimal> reasonFees) {
		return new ReturnPolicy(p.windowDays(), p.categoryWindowDays(), p.nonReturnableCategories(), p.zones(),
				p.methods(), methodFees, reasonFees, p.photoReasons(), p.autoApprove(), p.exchanges(),
				p.freeExchanges(), p.storeCredit(), p.storeCreditBonusPercent(), p.keepItemBelow(), p.stores(),
				p.returnAddress());
	}

	static PolicyEvaluator.OrderFacts withVariants(Order order) {
		List<Product> variants = List.of(
				new Product("A-S", "Shirt", "apparel", new BigDecimal("45"), "EUR", null, null, true, "A", "S"),
				new Product("A-L", "Shirt", "apparel", new BigDecimal("55"), "EUR", null, null, true, "A", "L"));
		return new PolicyEvaluator.OrderFacts(order, Map.of(), DELIVERED, Map.of(), Map.of("A", variants));
	}

	static NewReturn.Line exchange(String sku, String variant) {
		return new NewReturn.Line(sku, 1, ReturnReason.TOO_SMALL, null, Resolution.EXCHANGE, variant, List.of());
	}

	static NewReturn.Line withPhoto(NewReturn.Line line) {
		return new NewReturn.Line(line.sku(), line.quantity(), line.reason(), line.comment(), line.resolution(),
				line.exchangeSku(), List.of(new NewReturn.Photo(JPEG)));
	}

	static ReturnQuote accepted(ReturnPolicy policy, String country, @Nullable ReturnMethod method,
			NewReturn.Line... lines) {
		ReturnOptions options = PolicyEvaluator.options(policy,
				withVariants(order(country, item("A", "apparel", 1, "50"))), DELIVERED, BERLIN);
		PolicyEvaluator.Checked checked = PolicyEvaluator.check(policy, options, request(method, lines));
		assertThat(checked).isInstanceOf(PolicyEvaluator.Checked.Accepted.class);
		return ((PolicyEvaluator.Checked.Accepted) checked).quote();
	}

	static PolicyViolation refusal(ReturnOptions options, NewReturn.Line... lines) {
		PolicyEvaluator.Checked checked = PolicyEvaluator.check(policy(), options,
				request(ReturnMethod.QR_DROP_OFF, lines));
		assertThat(checked).isInstanceOf(PolicyEvaluator.Checked.Refused.class);
		return ((PolicyEvaluator.Checked.Refused) checked).violations().getFirst();
	}

	static List<dev.doorstep.runtime.FieldViolation> invalid(ReturnOptions options, NewReturn.Line... lines) {
		PolicyEvaluator.Checked checked = PolicyEvaluator.check(policy(), options,
				request(ReturnMethod.QR_DROP_OFF, lines));
		assertThat(checked).isInstanceOf(PolicyEvaluator.Checked.Invalid.class);
		return ((PolicyEvaluator.Checked.Invalid) checked).violations();
	}

}
