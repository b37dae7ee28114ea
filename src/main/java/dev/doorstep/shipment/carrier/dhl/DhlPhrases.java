package dev.doorstep.shipment.carrier.dhl;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.StatusMapping;
import org.jspecify.annotations.Nullable;

/**
 * Sub-statuses from the words of an event. DHL's {@code statusCode} knows only five
 * phases, while its texts ({@code status}, {@code statusDetailed}, {@code description},
 * {@code remark}) say "out for delivery", "left with a neighbour" or "nicht angetroffen".
 * The well-known phrases in English and German (the API's two main languages) refine the
 * code; the first rule that fits wins, so specific rules come first. A rule only applies
 * to the codes it names: a {@code pre-transit} text like "as soon as we have picked it
 * up" must never read as a pickup.
 */
final class DhlPhrases {

	private record Rule(Set<String> codes, Pattern text, @Nullable Pattern also, StatusMapping mapping) {

		boolean matches(String code, String words) {
			return this.codes.contains(code) && this.text.matcher(words).find()
					&& (this.also == null || this.also.matcher(words).find());
		}

	}

	private static final Set<String> DELIVERED = Set.of("delivered");

	private static final Set<String> FAILURE = Set.of("failure");

	/** Moving on: phrases about the way, never about a failure. */
	private static final Set<String> MOVING = Set.of("transit", "unknown");

	/**
	 * Not yet delivered: DHL sends some failed attempts as {@code transit} with the
	 * reason in the text.
	 */
	private static final Set<String> OPEN = Set.of("transit", "failure", "unknown");

	private static final String LOCKER = "packstation|poststation|parcel ?locker|\\blocker\\b";

	private static final String PICKUP = "ready for (pick-?up|collection)|available for (pick-?up|collection)"
			+ "|can be (picked up|collected)|abholbereit|zur abholung|abgeholt werden|bereit zur abholung";

	private static final List<Rule> RULES = List.of(
			// Failures and problems, in transit as well as under "failure".
			rule(OPEN,
					"return(ed|ing)? to (the )?(sender|shipper)|back to the sender|rücksendung|zurück an den absender"
							+ "|an den absender zurück|retoure",
					TrackingStatus.EXCEPTION, "EXCEPTION_RETURNING_TO_SENDER", null),
			rule(OPEN, "\\brefused\\b|refusal|verweigert|verweigerung", TrackingStatus.EXCEPTION, "EXCEPTION_REFUSED",
					IncidentReason.RECIPIENT),
			rule(OPEN, "damaged|beschädigt", TrackingStatus.EXCEPTION, "EXCEPTION_DAMAGED", IncidentReason.CARRIER),
			rule(OPEN, "\\blost\\b|could not be located|verloren|nicht auffindbar", TrackingStatus.EXCEPTION,
					"EXCEPTION_LOST", IncidentReason.CARRIER),
			rule(OPEN, "not (been )?(picked up|collected)|nicht abgeholt|storage period|lagerfrist",
					TrackingStatus.EXCEPTION, "EXCEPTION_NOT_COLLECTED", IncidentReason.RECIPIENT),
			rule(OPEN,
					"(recipient|addressee|consignee) (is )?unknown|address (is )?unknown|empfänger unbekannt"
							+ "|(recipient|addressee|consignee) (has )?moved|verzogen",
					TrackingStatus.EXCEPTION, "EXCEPTION_ADDRESS_UNKNOWN", IncidentReason.RECIPIENT),
			rule(OPEN,
					"not at home|nicht angetroffen|(recipient|addressee|consignee) (was )?(absent|not present"
							+ "|not available)|notification card|benachrichtigungskarte",
					TrackingStatus.ATTEMPT_FAIL, "ATTEMPT_FAIL_RECIPIENT_ABSENT", IncidentReason.RECIPIENT),
			rule(OPEN,
					"(incorrect|incomplete|insufficient|invalid|wrong|unclear) address"
							+ "|address (is )?(incorrect|incomplete|insufficient|invalid|wrong)"
							+ "|(adress|anschrift)\\w* (ist |war )?(fehlerhaft|unvollständig|unzureichend|falsch)"
							+ "|(fehlerhafte|unvollständige|unzureichende|falsche) (adress|anschrift)",
					TrackingStatus.ATTEMPT_FAIL, "ATTEMPT_FAIL_ADDRESS_ISSUE", IncidentReason.RECIPIENT),
			rule(OPEN, "\\bclosed\\b|geschlossen", TrackingStatus.ATTEMPT_FAIL, "ATTEMPT_FAIL_BUSINESS_CLOSED",
					IncidentReason.RECIPIENT),
			rule(FAILURE, "duties|import (charges|fees|duty)|einfuhrabgaben|zollgebühr|zollabgaben",
					TrackingStatus.EXCEPTION, "EXCEPTION_DUTIES_UNPAID", IncidentReason.CUSTOMS),
			rule(FAILURE, "customs|clearance|\\bzoll", TrackingStatus.EXCEPTION, "EXCEPTION_CUSTOMS_HOLD",
					IncidentReason.CUSTOMS),
			rule(FAILURE, "weather|unwetter|witterung", TrackingStatus.EXCEPTION, "EXCEPTION_WEATHER",
					IncidentReason.WEATHER),
			rule(FAILURE, "cancel+ed by the (sender|shipper)|vom absender storniert", TrackingStatus.EXCEPTION,
					"EXCEPTION_RETAILER_CANCELLED", IncidentReason.RETAILER),
			rule(OPEN, "delivery attempt|could not be delivered|zustellversuch|konnte nicht zugestellt",
					TrackingStatus.ATTEMPT_FAIL, null, null),
			// On the way.
			rule(MOVING,
					"out for delivery|in zustellung|delivery vehicle|zustellfahrzeug|with (the )?delivery courier"
							+ "|wird heute zugestellt",
					TrackingStatus.OUT_FOR_DELIVERY, "OUT_FOR_DELIVERY_ON_VEHICLE", null),
			rule(MOVING, LOCKER, PICKUP + "|deposited|placed in|eingelegt|eingeliefert in die",
					TrackingStatus.AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP_LOCKER"),
			rule(MOVING, PICKUP, "post office|retail outlet|postfiliale|filiale", TrackingStatus.AVAILABLE_FOR_PICKUP,
					"AVAILABLE_FOR_PICKUP_POST_OFFICE"),
			rule(MOVING, PICKUP, "parcel ?shop|paketshop|service ?point|pick-?up point|pickup location|access point",
					TrackingStatus.AVAILABLE_FOR_PICKUP, "AVAILABLE_FOR_PICKUP_PARCELSHOP"),
			rule(MOVING, PICKUP, TrackingStatus.AVAILABLE_FOR_PICKUP, null, null),
			rule(MOVING,
					"clearance (processing )?complete|customs cleared|cleared (by|through) customs"
							+ "|released by customs|verzollt|zollabfertigung abgeschlossen|vom zoll freigegeben",
					TrackingStatus.IN_TRANSIT, "IN_TRANSIT_CUSTOMS_CLEARED", null),
			rule(MOVING, "customs|clearance|\\bzoll", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_CUSTOMS_STARTED", null),
			rule(MOVING, "weather|unwetter|witterung", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_DELAYED_WEATHER",
					IncidentReason.WEATHER),
			rule(MOVING, "delay|verzög|verspät", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_DELAYED",
					IncidentReason.CARRIER),
			rule(MOVING, "redirected|rerouted|umgeleitet|nachgesendet|new (delivery )?address|neue (zustell)?adresse",
					TrackingStatus.IN_TRANSIT, "IN_TRANSIT_REROUTED", IncidentReason.CARRIER),
			rule(MOVING,
					"picked up|posted|dropped off|accepted by|vom absender|eingeliefert|abgeholt|übernommen"
							+ "|angenommen",
					TrackingStatus.IN_TRANSIT, "IN_TRANSIT_PICKED_UP", null),
			rule(MOVING, "handed over|tendered|transferred to|übergeben|partner", TrackingStatus.IN_TRANSIT,
					"IN_TRANSIT_HANDED_OVER", null),
			rule(MOVING, "departed|has left|departure|verlassen", TrackingStatus.IN_TRANSIT, "IN_TRANSIT_DEPARTED_HUB",
					null),
			rule(MOVING,
					"arrived|arrival|processed|sorted|sort facility|parcel cent(er|re)|\\bhub\\b|bearbeitet"
							+ "|sortiert|eingetroffen|angekommen|paketzentrum|briefzentrum",
					TrackingStatus.IN_TRANSIT, "IN_TRANSIT_ARRIVED_AT_HUB", null),
			// Delivered: where and to whom.
			rule(DELIVERED, "(back )?to the sender|an den absender|zurückgeliefert|returned", TrackingStatus.EXCEPTION,
					"EXCEPTION_RETURNED_TO_SENDER", null),
			rule(DELIVERED, "neighbou?r|nachbar", TrackingStatus.DELIVERED, "DELIVERED_NEIGHBOR", null),
			rule(DELIVERED,
					"safe place|drop-?off location|preferred (location|place)|ablageort|wunschort|garage"
							+ "|terrace|terrasse",
					TrackingStatus.DELIVERED, "DELIVERED_SAFE_PLACE", null),
			rule(DELIVERED, "picked up|collected|abgeholt", TrackingStatus.DELIVERED, "DELIVERED_PICKED_UP", null),
			rule(DELIVERED, LOCKER, TrackingStatus.DELIVERED, "DELIVERED_PARCEL_LOCKER", null),
			rule(DELIVERED, "mail ?box|letter ?box|briefkasten|postfach", TrackingStatus.DELIVERED, "DELIVERED_MAILBOX",
					null),
			rule(DELIVERED, "recipient|addressee|consignee|in person|empfänger|persönlich", TrackingStatus.DELIVERED,
					"DELIVERED_RECIPIENT", null));

	private DhlPhrases() {
	}

	/**
	 * The mapping the words give for an event of this {@code statusCode}, or {@code null}
	 * when no phrase is known and the code's own mapping stands.
	 */
	static @Nullable StatusMapping refine(@Nullable String statusCode, String words) {
		if (statusCode == null || words.isBlank()) {
			return null;
		}
		String code = statusCode.strip().toLowerCase(Locale.ROOT);
		for (Rule rule : RULES) {
			if (rule.matches(code, words)) {
				return rule.mapping();
			}
		}
		return null;
	}

	private static Rule rule(Set<String> codes, String text, TrackingStatus status, @Nullable String subStatus,
			@Nullable IncidentReason reason) {
		return new Rule(codes, pattern(text), null, StatusMapping.of(status, subStatus, reason));
	}

	/** A rule whose text must contain both {@code text} and {@code also}. */
	private static Rule rule(Set<String> codes, String text, String also, TrackingStatus status, String subStatus) {
		return new Rule(codes, pattern(text), pattern(also), StatusMapping.of(status, subStatus, null));
	}

	private static Pattern pattern(String regex) {
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

}
