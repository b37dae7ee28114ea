package dev.doorstep.returns;

import java.math.BigDecimal;

/**
 * What a return is worth, before the shop inspects it. Fees come off the refund first,
 * then off the store credit; what they cannot cover is {@code amountDue}, as is a dearer
 * exchange variant.
 *
 * @param itemsValue what the returned and kept pieces cost
 * @param refund money back to the original payment, after fees
 * @param storeCredit store credit including the bonus, after fees
 * @param storeCreditBonus the bonus part of {@code storeCredit}
 * @param exchangeDifference sum of price differences of exchanges: positive means the
 * shopper pays, negative that the shop refunds it (included in {@code refund})
 * @param fee the return fee the policy charges
 * @param amountDue what the shopper has to pay (dearer variants, fees not covered)
 * @param shipsBack at least one piece goes back (not only kept items)
 */
public record ReturnQuote(String currency, BigDecimal itemsValue, BigDecimal refund, BigDecimal storeCredit,
		BigDecimal storeCreditBonus, BigDecimal exchangeDifference, BigDecimal fee, BigDecimal amountDue,
		boolean shipsBack) {
}
