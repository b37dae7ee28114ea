package dev.doorstep.shipment.carrier.hermes;

import dev.doorstep.shipment.IncidentReason;
import dev.doorstep.shipment.TrackingStatus;
import dev.doorstep.shipment.carrier.StatusCodeTable;
import dev.doorstep.shipment.carrier.StatusMapping;

/**
 * Hermes Germany's event codes ("Hermes Germany Eventcodes", the list Hermes hands to HSI
 * partners), in both forms the shipment info API may send: the four-digit "2x2" code
 * (e.g. {@code 3500}, as in the HSI examples) and the nine-digit "3x3" code (e.g.
 * {@code 090000000}; dashes are ignored). Meanings are Hermes' German texts, shortened.
 * Unknown codes fall back on their group: the first three digits of a 3x3 code, the
 * leading digits of a 2x2 code.
 */
public final class HermesStatusCodes {

	private static final StatusMapping NOTIFIED = StatusMapping.of(TrackingStatus.INFO_RECEIVED,
			"INFO_RECEIVED_LABEL_CREATED");

	private static final StatusMapping ANNOUNCED = StatusMapping.of(TrackingStatus.INFO_RECEIVED);

	private static final StatusMapping PICKED_UP = StatusMapping.of(TrackingStatus.IN_TRANSIT, "IN_TRANSIT_PICKED_UP");

	private static final StatusMapping AT_HUB = StatusMapping.of(TrackingStatus.IN_TRANSIT,
			"IN_TRANSIT_ARRIVED_AT_HUB");

	private static final StatusMapping TRANSIT = StatusMapping.of(TrackingStatus.IN_TRANSIT);

	private static final StatusMapping CUSTOMS_STARTED = StatusMapping.of(TrackingStatus.IN_TRANSIT,
			"IN_TRANSIT_CUSTOMS_STARTED");

	private static final StatusMapping CUSTOMS_CLEARED = StatusMapping.of(TrackingStatus.IN_TRANSIT,
			"IN_TRANSIT_CUSTOMS_CLEARED");

	private static final StatusMapping CUSTOMS_HOLD = StatusMapping.of(TrackingStatus.EXCEPTION,
			"EXCEPTION_CUSTOMS_HOLD", IncidentReason.CUSTOMS);

	private static final StatusMapping HANDED_OVER = StatusMapping.of(TrackingStatus.IN_TRANSIT,
			"IN_TRANSIT_HANDED_OVER");

	private static final StatusMapping DELAYED = StatusMapping.of(TrackingStatus.IN_TRANSIT, "IN_TRANSIT_DELAYED",
			IncidentReason.CARRIER);

	private static final StatusMapping REROUTED = StatusMapping.of(TrackingStatus.IN_TRANSIT, "IN_TRANSIT_REROUTED",
			IncidentReason.CARRIER);

	private static final StatusMapping LOST = StatusMapping.of(TrackingStatus.EXCEPTION, "EXCEPTION_LOST",
			IncidentReason.CARRIER);

	private static final StatusMapping ON_VEHICLE = StatusMapping.of(TrackingStatus.OUT_FOR_DELIVERY,
			"OUT_FOR_DELIVERY_ON_VEHICLE");

	private static final StatusMapping AT_PARCELSHOP = StatusMapping.of(TrackingStatus.AVAILABLE_FOR_PICKUP,
			"AVAILABLE_FOR_PICKUP_PARCELSHOP");

	private static final StatusMapping REFUSED = StatusMapping.of(TrackingStatus.EXCEPTION, "EXCEPTION_REFUSED",
			IncidentReason.RECIPIENT);

	private static final StatusMapping ADDRESS = StatusMapping.of(TrackingStatus.ATTEMPT_FAIL,
			"ATTEMPT_FAIL_ADDRESS_ISSUE", IncidentReason.RECIPIENT);

	private static final StatusMapping ABSENT = StatusMapping.of(TrackingStatus.ATTEMPT_FAIL,
			"ATTEMPT_FAIL_RECIPIENT_ABSENT", IncidentReason.RECIPIENT);

	// Cash on delivery unpaid, identification or TAN failed: no sub-status says that.
	private static final StatusMapping NOT_HANDED = StatusMapping.of(TrackingStatus.ATTEMPT_FAIL, null,
			IncidentReason.RECIPIENT);

	private static final StatusMapping CARRIER_FAIL = StatusMapping.of(TrackingStatus.ATTEMPT_FAIL,
			"ATTEMPT_FAIL_CARRIER", IncidentReason.CARRIER);

	private static final StatusMapping RETURNING = StatusMapping.of(TrackingStatus.EXCEPTION,
			"EXCEPTION_RETURNING_TO_SENDER");

	private static final StatusMapping DAMAGED = StatusMapping.of(TrackingStatus.EXCEPTION, "EXCEPTION_DAMAGED",
			IncidentReason.CARRIER);

	private static final StatusMapping NOT_COLLECTED = StatusMapping.of(TrackingStatus.EXCEPTION,
			"EXCEPTION_NOT_COLLECTED", IncidentReason.RECIPIENT);

	private static final StatusMapping STOPPED = StatusMapping.of(TrackingStatus.EXCEPTION);

	private static final StatusMapping ADDRESS_UNKNOWN = StatusMapping.of(TrackingStatus.EXCEPTION,
			"EXCEPTION_ADDRESS_UNKNOWN", IncidentReason.RECIPIENT);

	private static final StatusMapping DELIVERED = StatusMapping.of(TrackingStatus.DELIVERED);

	private static final StatusMapping PICKED_UP_BY_RECIPIENT = StatusMapping.of(TrackingStatus.DELIVERED,
			"DELIVERED_PICKED_UP");

	private static final StatusMapping MAILBOX = StatusMapping.of(TrackingStatus.DELIVERED, "DELIVERED_MAILBOX");

	private static final StatusMapping RETURNED = StatusMapping.of(TrackingStatus.EXCEPTION,
			"EXCEPTION_RETURNED_TO_SENDER");

	private static final StatusMapping CANCELLED = StatusMapping.of(TrackingStatus.EXCEPTION,
			"EXCEPTION_RETAILER_CANCELLED", IncidentReason.RETAILER);

	public static final StatusCodeTable TABLE = StatusCodeTable.builder()
		// 2x2 codes
		.code("0000", "Sendung elektronisch angekündigt", NOTIFIED)
		.code("0600", "Angekündigte Sendung nach 1 Tag noch nicht im Zieldepot", ANNOUNCED)
		.code("0700", "Angekündigte Sendung nach 2 Tagen noch nicht im Zieldepot", ANNOUNCED)
		.code("0800", "Angekündigte Sendung nach 7 Tagen noch nicht im Zieldepot", ANNOUNCED)
		.code("0900", "Angekündigte Sendung nach 28 Tagen noch nicht im Zieldepot", ANNOUNCED)
		.code("1000", "Sendung hat das Lager des Auftraggebers verlassen", PICKED_UP)
		.code("1510", "Sendung im Logistik-Center sortiert", AT_HUB)
		.code("9040", "Sendung vermessen, ggf. Sperrgut (manuell)", TRANSIT)
		.code("9041", "Sendung vermessen, ggf. Sperrgut (Sorter)", TRANSIT)
		.code("1710", "Zollpapiere für die Ausfuhr erstellt", CUSTOMS_STARTED)
		.code("1720", "Zollabfertigung abgeschlossen", CUSTOMS_CLEARED)
		.code("1730", "Sendung wird beim Zoll aufbewahrt", CUSTOMS_HOLD)
		.code("1810", "Übergabe an Partner-Spediteur für internationalen Versand", HANDED_OVER)
		.code("1820", "Übergabe an Partner-Spediteur für internationalen Versand", HANDED_OVER)
		.code("1751", "Sendung vom Zoll zurückgewiesen", CUSTOMS_HOLD)
		.code("1610", "Sendung im internationalen Weitertransport", TRANSIT)
		.code("1900", "Sendung nach Abholung übernommen", PICKED_UP)
		.code("1901", "Sendung per Selbstanlieferung in der Niederlassung eingetroffen", PICKED_UP)
		.code("1910", "Sendung auf Tour übernommen bzw. beim Auftraggeber abgeholt", PICKED_UP)
		.code("2000", "Sendung im Depot/Verteilzentrum eingetroffen", AT_HUB)
		.code("2400", "Sendung im PaketShop abgegeben", PICKED_UP)
		.code("2100", "Sendung ohne Avisdaten eingetroffen, wird manuell nacherfasst", AT_HUB)
		.code("2300", "Automatischer Sendungseingang im Depot", AT_HUB)
		.code("4610", "Abholung im PaketShop wegen hohen Volumens am nächsten Werktag", DELAYED)
		.code("4620", "Sendung lag im PaketShop nicht vor, weiterer Abholversuch", DELAYED)
		.code("4630", "Sendung erneut nicht im PaketShop gefunden, Verbleib unklar", LOST)
		.code("4690", "Letzter Status am PaketShop storniert/korrigiert", TRANSIT)
		.code("3000", "Sendung auf Zustelltour, Zustellung voraussichtlich heute", ON_VEHICLE)
		.code("3010", "Sendung hat das Depot auf Zustelltour verlassen", ON_VEHICLE)
		.code("3300", "Sendung für die Zustelltour sortiert", ON_VEHICLE)
		.code("4070", "Tourenausgang storniert/korrigiert", TRANSIT)
		.code("3410", "Sendung liegt im PaketShop zur Abholung bereit", AT_PARCELSHOP)
		.code("3430", "Sendung an den Inselspediteur übergeben", HANDED_OVER)
		.code("4025", "Rücklauf: Sendung sortiert und ins nächste Verteilzentrum weitergeleitet", TRANSIT)
		.code("3710", "Annahme beim Zustellversuch verweigert", REFUSED)
		.code("4010", "Annahme verweigert, Sendung auf dem Rückweg ins Verteilzentrum", REFUSED)
		.code("4020", "Anschrift nicht gefunden, Sendung wieder im Depot", ADDRESS)
		.code("3720", "Anschrift nicht gefunden", ADDRESS)
		.code("4031", "1. Zustellversuch erfolglos, Sendung wieder im Depot", ABSENT)
		.code("3731", "Empfänger nicht angetroffen, weiterer Zustellversuch", ABSENT)
		.code("4032", "2. Zustellversuch erfolglos, Sendung wieder im Depot", ABSENT)
		.code("3732", "Empfänger zum 2. Mal nicht angetroffen", ABSENT)
		.code("4033", "3. Zustellversuch erfolglos, bitte Kontakt mit dem Kunden aufnehmen", ABSENT)
		.code("3733", "Empfänger zum 3. Mal nicht angetroffen", ABSENT)
		.code("4034", "4. Zustellversuch erfolglos, Rückversand an den Auftraggeber wird vorbereitet", RETURNING)
		.code("3734", "Empfänger zum 4. Mal nicht angetroffen, Rückversand wird vorbereitet", RETURNING)
		.code("3780", "Irrläufer: Sendung wird umgeleitet, Zustellung verzögert sich", REROUTED)
		.code("4080", "Irrläufer: Sendung wird umgeleitet, Zustellung verzögert sich", REROUTED)
		.code("3740", "Möglicher Schaden, Zustellung abgebrochen", DAMAGED)
		.code("4040", "Sendung mit möglichem Schaden im Depot eingegangen", DAMAGED)
		.code("4050", "Tourenabbruch, Sendung wieder im Depot", CARRIER_FAIL)
		.code("3750", "Tourenabbruch (Krankheit, Fahrzeug, Arbeitszeit), weiterer Zustellversuch", CARRIER_FAIL)
		.code("4015", "Nachnahme nicht bezahlt, Sendung wieder im Depot", NOT_HANDED)
		.code("3715", "Nachnahme wegen fehlenden Bargelds nicht zugestellt", NOT_HANDED)
		.code("4081", "Identifikation des Empfängers fehlgeschlagen", NOT_HANDED)
		.code("4035", "Sendung nicht innerhalb von 10 Tagen im PaketShop abgeholt", NOT_COLLECTED)
		.code("4082", "Identservice: Lichtbild stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("3782", "Identservice: Lichtbild stimmt nicht mit dem Empfänger überein", NOT_HANDED)
		.code("4083", "Identservice: Name stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("3783", "Identservice: Name stimmt nicht mit dem Empfängernamen überein", NOT_HANDED)
		.code("4084", "Identservice: Geburtsdatum stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("3784", "Identservice: Geburtsdatum stimmt nicht überein", NOT_HANDED)
		.code("4085", "Identservice: Ausweisnummer stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("3785", "Identservice: Ausweisnummer stimmt nicht überein", NOT_HANDED)
		.code("4086", "Identservice: PIN-Code falsch, Sendung wieder im Depot", NOT_HANDED)
		.code("3786", "Identservice: PIN-Code stimmt nicht überein", NOT_HANDED)
		.code("4087", "Identservice: Altersprüfung fehlgeschlagen, Sendung wieder im Depot", NOT_HANDED)
		.code("3787", "Identservice: Altersprüfung fehlgeschlagen", NOT_HANDED)
		.code("4024", "Sendung zu groß/schwer für die PaketShop-Lagerung", DELAYED)
		.code("4051", "TAN fehlt oder falsch (1. Versuch), Sendung wieder im Depot", NOT_HANDED)
		.code("3751", "TAN fehlt oder falsch (1. Versuch), weiterer Zustellversuch", NOT_HANDED)
		.code("4052", "TAN fehlt oder falsch (2. Versuch), Sendung wieder im Depot", NOT_HANDED)
		.code("3752", "TAN fehlt oder falsch (2. Versuch), weiterer Zustellversuch", NOT_HANDED)
		.code("4053", "TAN fehlt oder falsch (3. Versuch), bitte Kontakt mit dem Kunden aufnehmen", NOT_HANDED)
		.code("3753", "TAN fehlt oder falsch (3. Versuch)", NOT_HANDED)
		.code("4054", "TAN fehlt oder falsch (4. Versuch), Rückversand wird vorbereitet", RETURNING)
		.code("3754", "TAN fehlt oder falsch (4. Versuch), Rückversand an den Auftraggeber", RETURNING)
		.code("4072", "Vorheriger Status fehlerhaft, wird korrigiert", TRANSIT)
		.code("4095", "Auslieferung gestoppt, Sendung wieder im Depot", STOPPED)
		.code("3795", "Zustellung wegen Sendungsstopp nicht weiter durchgeführt", STOPPED)
		.code("4060", "Retoure (Abholung) im Depot eingetroffen", PICKED_UP)
		.code("3760", "Retoure beim Kunden abgeholt", PICKED_UP)
		.code("3761", "Retoure beim Kunden oder im PaketShop mitgenommen", PICKED_UP)
		.code("4061", "Retoure (Mitnahme) im Depot eingetroffen", PICKED_UP)
		.code("4062", "Retoure im PaketShop abgegeben", PICKED_UP)
		.code("4100", "Sendung wird gelagert (Kunden-/Auftraggeberwunsch, mehrteilig, Termin oder fehlendes Avis)",
				TRANSIT)
		.code("4500", "Sendung wird gelagert (Inventur)", TRANSIT)
		.code("3500", "Sendung zugestellt", DELIVERED)
		.code("3510", "Sendung zugestellt (mit Handscanner)", DELIVERED)
		.code("3520", "Sendung zugestellt (ohne Handscanner)", DELIVERED)
		.code("3530", "Sendung vom Empfänger im PaketShop abgeholt", PICKED_UP_BY_RECIPIENT)
		.code("3511", "Sendung im Briefkasten zugestellt", MAILBOX)
		.code("6080", "Rückversand: Sendung bearbeitet", RETURNING)
		.code("6081", "Rückversand an den Auftraggeber nach Annahmeverweigerung", RETURNING)
		.code("6082", "Rückversand: Anschrift auf dem Label nicht lesbar", ADDRESS_UNKNOWN)
		.code("6083", "Rückversand: Anschrift falsch", ADDRESS_UNKNOWN)
		.code("6084", "Rückversand: Empfänger wiederholt nicht angetroffen", RETURNING)
		.code("6085", "Rückversand wegen möglichen Schadens", DAMAGED)
		.code("6086", "Irrläufer (Sortierfehler), Zustellung verzögert sich", REROUTED)
		.code("6087", "Irrläufer (fehlerhafte Daten), Zustellung verzögert sich", REROUTED)
		.code("6088", "Sendung wird auf Wunsch des Empfängers umgeleitet", TRANSIT)
		.code("6089", "Rückversand einer Retoure sortiert", TRANSIT)
		.code("6094", "Rückversand: Nachnahme nicht bezahlt", RETURNING)
		.code("6092", "Rückversand: Identifikation fehlgeschlagen", RETURNING)
		.code("6093", "Rückversand: im PaketShop nicht abgeholt", RETURNING)
		.code("6098", "Rückversand: TAN fehlt oder falsch", RETURNING)
		.code("6096", "Rückversand: zu groß/schwer für den PaketShop", RETURNING)
		.code("6099", "Rückversand: Auslieferung gestoppt", RETURNING)
		.code("6090", "Sendung an das Logistik-Center weitergeleitet", TRANSIT)
		.code("1520", "Retoure im Logistik-Center sortiert, auf dem Rückweg zum Auftraggeber", TRANSIT)
		.code("7500", "Retoure/Rücksendung beim Auftraggeber eingegangen", RETURNED)
		.code("9311", "Dauerhafter WunschPaketShop gewählt", TRANSIT)
		.code("9315", "Dauerhafte WunschErsatzadresse gewählt", TRANSIT)
		.code("9321", "WunschPaketShop für die Zustellung gewählt", TRANSIT)
		.code("9322", "WunschNachbar für die Zustellung gewählt", TRANSIT)
		.code("9323", "WunschAblageort für die Zustellung gewählt", TRANSIT)
		.code("9324", "WunschTag für die Zustellung gewählt", TRANSIT)
		.code("9325", "WunschErsatzadresse für die Zustellung gewählt", TRANSIT)
		.code("9327", "Hinweis des Kundenservice zur Zustellung", TRANSIT)
		.code("9328", "Adresskorrektur auf Kundenwunsch", TRANSIT)
		.code("9340", "Sendung storniert", CANCELLED)
		.code("9341", "Sendung durch den Auftraggeber storniert", CANCELLED)
		.code("9381", "Dauerhafter WunschPaketShop storniert", TRANSIT)
		.code("9385", "Dauerhafte WunschErsatzadresse storniert", TRANSIT)
		.code("9391", "WunschPaketShop storniert", TRANSIT)
		.code("9394", "WunschTermin storniert", TRANSIT)
		.code("9395", "WunschErsatzadresse storniert", TRANSIT)
		.code("9399", "Stornierung der Sendung gelöscht", TRANSIT)
		// 3x3 codes
		.code("000000000", "Sendung elektronisch angekündigt", NOTIFIED)
		.code("000000002", "Sendung elektronisch angekündigt", NOTIFIED)
		.code("000000003", "Sendung elektronisch angekündigt", NOTIFIED)
		.code("000000006", "Sendung elektronisch angekündigt", NOTIFIED)
		.code("000000009", "Sendung elektronisch angekündigt", NOTIFIED)
		.code("000001000", "Angekündigte Sendung nach 1 Tag noch nicht im Zieldepot", ANNOUNCED)
		.code("000002000", "Angekündigte Sendung nach 2 Tagen noch nicht im Zieldepot", ANNOUNCED)
		.code("000003000", "Angekündigte Sendung nach 7 Tagen noch nicht im Zieldepot", ANNOUNCED)
		.code("000003009", "Angekündigte Sendung nach 7 Tagen noch nicht im Zieldepot", ANNOUNCED)
		.code("000004000", "Angekündigte Sendung nach 28 Tagen noch nicht im Zieldepot", ANNOUNCED)
		.code("010000000", "Sendung hat das Lager des Auftraggebers verlassen", PICKED_UP)
		.code("010000007", "Sendung hat das Lager des Auftraggebers verlassen", PICKED_UP)
		.code("010000009", "Sendung hat das Lager des Auftraggebers verlassen", PICKED_UP)
		.code("030000000", "Sendung im Logistik-Center sortiert", AT_HUB)
		.code("030000006", "Sendung im Logistik-Center sortiert", AT_HUB)
		.code("030000009", "Sendung im Logistik-Center sortiert", AT_HUB)
		.code("030015006", "Sendung im Logistik-Center sortiert", AT_HUB)
		.code("031040006", "Sendung vermessen, ggf. Sperrgut (manuell)", TRANSIT)
		.code("031040009", "Sendung vermessen, ggf. Sperrgut (manuell)", TRANSIT)
		.code("031041006", "Sendung vermessen, ggf. Sperrgut (Sorter)", TRANSIT)
		.code("033001009", "Zollpapiere für die Ausfuhr erstellt", CUSTOMS_STARTED)
		.code("033002009", "Zollabfertigung abgeschlossen", CUSTOMS_CLEARED)
		.code("033003009", "Sendung wird beim Zoll aufbewahrt", CUSTOMS_HOLD)
		.code("033005006", "Übergabe an Partner-Spediteur für internationalen Versand", HANDED_OVER)
		.code("033006006", "Übergabe an Partner-Spediteur für internationalen Versand", HANDED_OVER)
		.code("033006009", "Übergabe an Partner-Spediteur für internationalen Versand", HANDED_OVER)
		.code("033051009", "Sendung vom Zoll zurückgewiesen", CUSTOMS_HOLD)
		.code("035001000", "Sendung im internationalen Weitertransport", TRANSIT)
		.code("035001009", "Sendung im internationalen Weitertransport", TRANSIT)
		.code("037001002", "Sendung nach Abholung übernommen", PICKED_UP)
		.code("037001003", "Sendung nach Abholung übernommen", PICKED_UP)
		.code("037002002", "Sendung per Selbstanlieferung in der Niederlassung eingetroffen", PICKED_UP)
		.code("037002003", "Sendung per Selbstanlieferung in der Niederlassung eingetroffen", PICKED_UP)
		.code("037003002", "Sendung auf Tour übernommen bzw. beim Auftraggeber abgeholt", PICKED_UP)
		.code("037003003", "Sendung auf Tour übernommen bzw. beim Auftraggeber abgeholt", PICKED_UP)
		.code("037003004", "Sendung auf Tour übernommen bzw. beim Auftraggeber abgeholt", PICKED_UP)
		.code("037004003", "Sendung in der Niederlassung eingeliefert", PICKED_UP)
		.code("045000000", "Sendung im Depot/Verteilzentrum eingetroffen", AT_HUB)
		.code("045000009", "Sendung im Depot/Verteilzentrum eingetroffen", AT_HUB)
		.code("045001002", "Sendung im Depot/Verteilzentrum eingetroffen", AT_HUB)
		.code("045001003", "Sendung im Depot/Verteilzentrum eingetroffen", AT_HUB)
		.code("045001006", "Sendung im Depot/Verteilzentrum eingetroffen", AT_HUB)
		.code("045001009", "Sendung im Depot/Verteilzentrum eingetroffen", AT_HUB)
		.code("045005003", "Sendung im Depot/Verteilzentrum eingetroffen", AT_HUB)
		.code("045001008", "Sendung im PaketShop abgegeben", PICKED_UP)
		.code("045002003", "Sendung ohne Avisdaten eingetroffen, wird manuell nacherfasst", AT_HUB)
		.code("045020002", "Automatischer Sendungseingang im Depot", AT_HUB)
		.code("045020003", "Automatischer Sendungseingang im Depot", AT_HUB)
		.code("048001005", "Abholung im PaketShop wegen hohen Volumens am nächsten Werktag", DELAYED)
		.code("048001008", "Abholung im PaketShop wegen hohen Volumens am nächsten Werktag", DELAYED)
		.code("048002000", "Sendung lag im PaketShop nicht vor, weiterer Abholversuch", DELAYED)
		.code("048002002", "Sendung lag im PaketShop nicht vor, weiterer Abholversuch", DELAYED)
		.code("048002003", "Sendung lag im PaketShop nicht vor, weiterer Abholversuch", DELAYED)
		.code("048002005", "Sendung lag im PaketShop nicht vor, weiterer Abholversuch", DELAYED)
		.code("048002009", "Sendung lag im PaketShop nicht vor, weiterer Abholversuch", DELAYED)
		.code("048003000", "Sendung erneut nicht im PaketShop gefunden, Verbleib unklar", LOST)
		.code("048003002", "Sendung erneut nicht im PaketShop gefunden, Verbleib unklar", LOST)
		.code("048003003", "Sendung erneut nicht im PaketShop gefunden, Verbleib unklar", LOST)
		.code("048003005", "Sendung erneut nicht im PaketShop gefunden, Verbleib unklar", LOST)
		.code("048003009", "Sendung erneut nicht im PaketShop gefunden, Verbleib unklar", LOST)
		.code("048090000", "Letzter Status am PaketShop storniert/korrigiert", TRANSIT)
		.code("048090002", "Letzter Status am PaketShop storniert/korrigiert", TRANSIT)
		.code("048090003", "Letzter Status am PaketShop storniert/korrigiert", TRANSIT)
		.code("048090005", "Letzter Status am PaketShop storniert/korrigiert", TRANSIT)
		.code("048090008", "Letzter Status am PaketShop storniert/korrigiert", TRANSIT)
		.code("050001000", "Sendung auf Zustelltour, Zustellung voraussichtlich heute", ON_VEHICLE)
		.code("050001002", "Sendung auf Zustelltour, Zustellung voraussichtlich heute", ON_VEHICLE)
		.code("050001003", "Sendung auf Zustelltour, Zustellung voraussichtlich heute", ON_VEHICLE)
		.code("050001009", "Sendung auf Zustelltour, Zustellung voraussichtlich heute", ON_VEHICLE)
		.code("050021002", "Sendung hat das Depot auf Zustelltour verlassen", ON_VEHICLE)
		.code("050021003", "Sendung hat das Depot auf Zustelltour verlassen", ON_VEHICLE)
		.code("050026003", "Sendung hat das Depot auf Zustelltour verlassen", ON_VEHICLE)
		.code("050028003", "Sendung hat das Depot auf Zustelltour verlassen", ON_VEHICLE)
		.code("050029003", "Sendung hat das Depot auf Zustelltour verlassen", ON_VEHICLE)
		.code("050024003", "Sendung für die Zustelltour sortiert", ON_VEHICLE)
		.code("050090002", "Tourenausgang storniert/korrigiert", TRANSIT)
		.code("050090003", "Tourenausgang storniert/korrigiert", TRANSIT)
		.code("055001000", "Sendung liegt im PaketShop zur Abholung bereit", AT_PARCELSHOP)
		.code("055001003", "Sendung liegt im PaketShop zur Abholung bereit", AT_PARCELSHOP)
		.code("055001005", "Sendung liegt im PaketShop zur Abholung bereit", AT_PARCELSHOP)
		.code("055001009", "Sendung liegt im PaketShop zur Abholung bereit", AT_PARCELSHOP)
		.code("055002000", "Sendung an den Inselspediteur übergeben", HANDED_OVER)
		.code("060000002", "Rücklauf: Sendung sortiert und ins nächste Verteilzentrum weitergeleitet", TRANSIT)
		.code("060000003", "Rücklauf: Sendung sortiert und ins nächste Verteilzentrum weitergeleitet", TRANSIT)
		.code("060000009", "Rücklauf: Sendung sortiert und ins nächste Verteilzentrum weitergeleitet", TRANSIT)
		.code("060001004", "Annahme beim Zustellversuch verweigert", REFUSED)
		.code("060001005", "Annahme beim Zustellversuch verweigert", REFUSED)
		.code("060001009", "Annahme beim Zustellversuch verweigert", REFUSED)
		.code("060001008", "Annahme verweigert, Sendung auf dem Rückweg ins Verteilzentrum", REFUSED)
		.code("060002002", "Anschrift nicht gefunden, Sendung wieder im Depot", ADDRESS)
		.code("060002003", "Anschrift nicht gefunden, Sendung wieder im Depot", ADDRESS)
		.code("060002004", "Anschrift nicht gefunden", ADDRESS)
		.code("060002009", "Anschrift nicht gefunden", ADDRESS)
		.code("060003002", "1. Zustellversuch erfolglos, Sendung wieder im Depot", ABSENT)
		.code("060003003", "1. Zustellversuch erfolglos, Sendung wieder im Depot", ABSENT)
		.code("060003004", "Empfänger nicht angetroffen, weiterer Zustellversuch", ABSENT)
		.code("060003009", "Empfänger nicht angetroffen, weiterer Zustellversuch", ABSENT)
		.code("060004002", "2. Zustellversuch erfolglos, Sendung wieder im Depot", ABSENT)
		.code("060004003", "2. Zustellversuch erfolglos, Sendung wieder im Depot", ABSENT)
		.code("060004004", "Empfänger zum 2. Mal nicht angetroffen", ABSENT)
		.code("060005002", "3. Zustellversuch erfolglos, bitte Kontakt mit dem Kunden aufnehmen", ABSENT)
		.code("060005003", "3. Zustellversuch erfolglos, bitte Kontakt mit dem Kunden aufnehmen", ABSENT)
		.code("060005004", "Empfänger zum 3. Mal nicht angetroffen", ABSENT)
		.code("060006002", "4. Zustellversuch erfolglos, Rückversand an den Auftraggeber wird vorbereitet", RETURNING)
		.code("060006003", "4. Zustellversuch erfolglos, Rückversand an den Auftraggeber wird vorbereitet", RETURNING)
		.code("060006004", "Empfänger zum 4. Mal nicht angetroffen, Rückversand wird vorbereitet", RETURNING)
		.code("060007000", "Irrläufer: Sendung wird umgeleitet, Zustellung verzögert sich", REROUTED)
		.code("060007004", "Irrläufer: Sendung wird umgeleitet, Zustellung verzögert sich", REROUTED)
		.code("060007005", "Irrläufer: Sendung wird umgeleitet, Zustellung verzögert sich", REROUTED)
		.code("060007002", "Irrläufer: Sendung wird umgeleitet, Zustellung verzögert sich", REROUTED)
		.code("060007003", "Irrläufer: Sendung wird umgeleitet, Zustellung verzögert sich", REROUTED)
		.code("060007008", "Irrläufer: Sendung wird umgeleitet, Zustellung verzögert sich", REROUTED)
		.code("060007009", "Irrläufer: Sendung wird umgeleitet, Zustellung verzögert sich", REROUTED)
		.code("060008000", "Möglicher Schaden, Zustellung abgebrochen", DAMAGED)
		.code("060008004", "Möglicher Schaden, Zustellung abgebrochen", DAMAGED)
		.code("060008005", "Möglicher Schaden, Zustellung abgebrochen", DAMAGED)
		.code("060008008", "Möglicher Schaden, Zustellung abgebrochen", DAMAGED)
		.code("060008009", "Möglicher Schaden, Zustellung abgebrochen", DAMAGED)
		.code("060008002", "Sendung mit möglichem Schaden im Depot eingegangen", DAMAGED)
		.code("060008003", "Sendung mit möglichem Schaden im Depot eingegangen", DAMAGED)
		.code("060009002", "Tourenabbruch, Sendung wieder im Depot", CARRIER_FAIL)
		.code("060009003", "Tourenabbruch, Sendung wieder im Depot", CARRIER_FAIL)
		.code("060009009", "Tourenabbruch, Sendung wieder im Depot", CARRIER_FAIL)
		.code("060009004", "Tourenabbruch (Krankheit, Fahrzeug, Arbeitszeit), weiterer Zustellversuch", CARRIER_FAIL)
		.code("060010002", "Nachnahme nicht bezahlt, Sendung wieder im Depot", NOT_HANDED)
		.code("060010003", "Nachnahme nicht bezahlt, Sendung wieder im Depot", NOT_HANDED)
		.code("060010009", "Nachnahme nicht bezahlt, Sendung wieder im Depot", NOT_HANDED)
		.code("060010004", "Nachnahme wegen fehlenden Bargelds nicht zugestellt", NOT_HANDED)
		.code("060011002", "Identifikation des Empfängers fehlgeschlagen", NOT_HANDED)
		.code("060011003", "Identifikation des Empfängers fehlgeschlagen", NOT_HANDED)
		.code("060011009", "Identifikation des Empfängers fehlgeschlagen", NOT_HANDED)
		.code("060012002", "Sendung nicht innerhalb von 10 Tagen im PaketShop abgeholt", NOT_COLLECTED)
		.code("060012003", "Sendung nicht innerhalb von 10 Tagen im PaketShop abgeholt", NOT_COLLECTED)
		.code("060012005", "Sendung nicht innerhalb von 10 Tagen im PaketShop abgeholt", NOT_COLLECTED)
		.code("060012008", "Sendung nicht innerhalb von 10 Tagen im PaketShop abgeholt", NOT_COLLECTED)
		.code("060013002", "Identservice: Lichtbild stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("060013003", "Identservice: Lichtbild stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("060013004", "Identservice: Lichtbild stimmt nicht mit dem Empfänger überein", NOT_HANDED)
		.code("060013005", "Identservice: Lichtbild stimmt nicht mit dem Empfänger überein", NOT_HANDED)
		.code("060013008", "Identservice: Lichtbild stimmt nicht mit dem Empfänger überein", NOT_HANDED)
		.code("060014002", "Identservice: Name stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("060014003", "Identservice: Name stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("060014004", "Identservice: Name stimmt nicht mit dem Empfängernamen überein", NOT_HANDED)
		.code("060014005", "Identservice: Name stimmt nicht mit dem Empfängernamen überein", NOT_HANDED)
		.code("060014008", "Identservice: Name stimmt nicht mit dem Empfängernamen überein", NOT_HANDED)
		.code("060015002", "Identservice: Geburtsdatum stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("060015003", "Identservice: Geburtsdatum stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("060015004", "Identservice: Geburtsdatum stimmt nicht überein", NOT_HANDED)
		.code("060015005", "Identservice: Geburtsdatum stimmt nicht überein", NOT_HANDED)
		.code("060015008", "Identservice: Geburtsdatum stimmt nicht überein", NOT_HANDED)
		.code("060016002", "Identservice: Ausweisnummer stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("060016003", "Identservice: Ausweisnummer stimmt nicht, Sendung wieder im Depot", NOT_HANDED)
		.code("060016004", "Identservice: Ausweisnummer stimmt nicht überein", NOT_HANDED)
		.code("060016005", "Identservice: Ausweisnummer stimmt nicht überein", NOT_HANDED)
		.code("060016008", "Identservice: Ausweisnummer stimmt nicht überein", NOT_HANDED)
		.code("060017003", "Identservice: PIN-Code falsch, Sendung wieder im Depot", NOT_HANDED)
		.code("060017005", "Identservice: PIN-Code stimmt nicht überein", NOT_HANDED)
		.code("060017008", "Identservice: PIN-Code stimmt nicht überein", NOT_HANDED)
		.code("060018002", "Identservice: Altersprüfung fehlgeschlagen, Sendung wieder im Depot", NOT_HANDED)
		.code("060018003", "Identservice: Altersprüfung fehlgeschlagen, Sendung wieder im Depot", NOT_HANDED)
		.code("060018004", "Identservice: Altersprüfung fehlgeschlagen", NOT_HANDED)
		.code("060018005", "Identservice: Altersprüfung fehlgeschlagen", NOT_HANDED)
		.code("060018008", "Identservice: Altersprüfung fehlgeschlagen", NOT_HANDED)
		.code("060024002", "Sendung zu groß/schwer für die PaketShop-Lagerung", DELAYED)
		.code("060024003", "Sendung zu groß/schwer für die PaketShop-Lagerung", DELAYED)
		.code("060024005", "Sendung zu groß/schwer für die PaketShop-Lagerung", DELAYED)
		.code("060024008", "Sendung zu groß/schwer für die PaketShop-Lagerung", DELAYED)
		.code("060032002", "TAN fehlt oder falsch (1. Versuch), Sendung wieder im Depot", NOT_HANDED)
		.code("060032003", "TAN fehlt oder falsch (1. Versuch), Sendung wieder im Depot", NOT_HANDED)
		.code("060032004", "TAN fehlt oder falsch (1. Versuch), weiterer Zustellversuch", NOT_HANDED)
		.code("060033002", "TAN fehlt oder falsch (2. Versuch), Sendung wieder im Depot", NOT_HANDED)
		.code("060033003", "TAN fehlt oder falsch (2. Versuch), Sendung wieder im Depot", NOT_HANDED)
		.code("060033004", "TAN fehlt oder falsch (2. Versuch), weiterer Zustellversuch", NOT_HANDED)
		.code("060034002", "TAN fehlt oder falsch (3. Versuch), bitte Kontakt mit dem Kunden aufnehmen", NOT_HANDED)
		.code("060034003", "TAN fehlt oder falsch (3. Versuch), bitte Kontakt mit dem Kunden aufnehmen", NOT_HANDED)
		.code("060034004", "TAN fehlt oder falsch (3. Versuch)", NOT_HANDED)
		.code("060035002", "TAN fehlt oder falsch (4. Versuch), Rückversand wird vorbereitet", RETURNING)
		.code("060035003", "TAN fehlt oder falsch (4. Versuch), Rückversand wird vorbereitet", RETURNING)
		.code("060035004", "TAN fehlt oder falsch (4. Versuch), Rückversand an den Auftraggeber", RETURNING)
		.code("060035005", "TAN fehlt oder falsch (4. Versuch), Rückversand an den Auftraggeber", RETURNING)
		.code("060035008", "TAN fehlt oder falsch (4. Versuch), Rückversand an den Auftraggeber", RETURNING)
		.code("060090002", "Vorheriger Status fehlerhaft, wird korrigiert", TRANSIT)
		.code("060090003", "Vorheriger Status fehlerhaft, wird korrigiert", TRANSIT)
		.code("060095002", "Auslieferung gestoppt, Sendung wieder im Depot", STOPPED)
		.code("060095003", "Auslieferung gestoppt, Sendung wieder im Depot", STOPPED)
		.code("060095004", "Zustellung wegen Sendungsstopp nicht weiter durchgeführt", STOPPED)
		.code("060095008", "Zustellung wegen Sendungsstopp nicht weiter durchgeführt", STOPPED)
		.code("065001000", "Retoure (Abholung) im Depot eingetroffen", PICKED_UP)
		.code("065001002", "Retoure (Abholung) im Depot eingetroffen", PICKED_UP)
		.code("065001003", "Retoure (Abholung) im Depot eingetroffen", PICKED_UP)
		.code("065001009", "Retoure (Abholung) im Depot eingetroffen", PICKED_UP)
		.code("065001004", "Retoure beim Kunden abgeholt", PICKED_UP)
		.code("065002000", "Retoure beim Kunden oder im PaketShop mitgenommen", PICKED_UP)
		.code("065002004", "Retoure beim Kunden oder im PaketShop mitgenommen", PICKED_UP)
		.code("065002005", "Retoure beim Kunden oder im PaketShop mitgenommen", PICKED_UP)
		.code("065002009", "Retoure beim Kunden oder im PaketShop mitgenommen", PICKED_UP)
		.code("065002002", "Retoure (Mitnahme) im Depot eingetroffen", PICKED_UP)
		.code("065002003", "Retoure (Mitnahme) im Depot eingetroffen", PICKED_UP)
		.code("065002008", "Retoure im PaketShop abgegeben", PICKED_UP)
		.code("080001009", "Sendung wird gelagert (Kunden-/Auftraggeberwunsch, mehrteilig, Termin oder fehlendes Avis)",
				TRANSIT)
		.code("080002002", "Sendung wird gelagert (Kunden-/Auftraggeberwunsch, mehrteilig, Termin oder fehlendes Avis)",
				TRANSIT)
		.code("080002003", "Sendung wird gelagert (Kunden-/Auftraggeberwunsch, mehrteilig, Termin oder fehlendes Avis)",
				TRANSIT)
		.code("080003002", "Sendung wird gelagert (Kunden-/Auftraggeberwunsch, mehrteilig, Termin oder fehlendes Avis)",
				TRANSIT)
		.code("080003003", "Sendung wird gelagert (Kunden-/Auftraggeberwunsch, mehrteilig, Termin oder fehlendes Avis)",
				TRANSIT)
		.code("080005003", "Sendung wird gelagert (Kunden-/Auftraggeberwunsch, mehrteilig, Termin oder fehlendes Avis)",
				TRANSIT)
		.code("080006003", "Sendung wird gelagert (Kunden-/Auftraggeberwunsch, mehrteilig, Termin oder fehlendes Avis)",
				TRANSIT)
		.code("080007003", "Sendung wird gelagert (Kunden-/Auftraggeberwunsch, mehrteilig, Termin oder fehlendes Avis)",
				TRANSIT)
		.code("080004002",
				"Sendung kann nicht wie geplant zugestellt werden und wird gelagert (Kapazität, Verzögerung)", DELAYED)
		.code("080004003",
				"Sendung kann nicht wie geplant zugestellt werden und wird gelagert (Kapazität, Verzögerung)", DELAYED)
		.code("080004006",
				"Sendung kann nicht wie geplant zugestellt werden und wird gelagert (Kapazität, Verzögerung)", DELAYED)
		.code("085001002", "Sendung wird gelagert (Inventur)", TRANSIT)
		.code("085001003", "Sendung wird gelagert (Inventur)", TRANSIT)
		.code("090000000", "Sendung zugestellt", DELIVERED)
		.code("090000009", "Sendung zugestellt", DELIVERED)
		.code("090001000", "Sendung zugestellt (mit Handscanner)", DELIVERED)
		.code("090001003", "Sendung zugestellt (mit Handscanner)", DELIVERED)
		.code("090001004", "Sendung zugestellt (mit Handscanner)", DELIVERED)
		.code("090001009", "Sendung zugestellt (mit Handscanner)", DELIVERED)
		.code("090002000", "Sendung zugestellt (ohne Handscanner)", DELIVERED)
		.code("090003008", "Sendung vom Empfänger im PaketShop abgeholt", PICKED_UP_BY_RECIPIENT)
		.code("090003009", "Sendung vom Empfänger im PaketShop abgeholt", PICKED_UP_BY_RECIPIENT)
		.code("090005004", "Sendung im Briefkasten zugestellt", MAILBOX)
		.code("100000002", "Rückversand: Sendung bearbeitet", RETURNING)
		.code("100000003", "Rückversand: Sendung bearbeitet", RETURNING)
		.code("100000009", "Rückversand: Sendung bearbeitet", RETURNING)
		.code("100001000", "Rückversand an den Auftraggeber nach Annahmeverweigerung", RETURNING)
		.code("100001002", "Rückversand an den Auftraggeber nach Annahmeverweigerung", RETURNING)
		.code("100001003", "Rückversand an den Auftraggeber nach Annahmeverweigerung", RETURNING)
		.code("100001009", "Rückversand an den Auftraggeber nach Annahmeverweigerung", RETURNING)
		.code("100002000", "Rückversand: Anschrift auf dem Label nicht lesbar", ADDRESS_UNKNOWN)
		.code("100002002", "Rückversand: Anschrift auf dem Label nicht lesbar", ADDRESS_UNKNOWN)
		.code("100002003", "Rückversand: Anschrift auf dem Label nicht lesbar", ADDRESS_UNKNOWN)
		.code("100003003", "Rückversand: Anschrift falsch", ADDRESS_UNKNOWN)
		.code("100003009", "Rückversand: Anschrift falsch", ADDRESS_UNKNOWN)
		.code("100004000", "Rückversand: Empfänger wiederholt nicht angetroffen", RETURNING)
		.code("100004003", "Rückversand: Empfänger wiederholt nicht angetroffen", RETURNING)
		.code("100004009", "Rückversand: Empfänger wiederholt nicht angetroffen", RETURNING)
		.code("100005000", "Rückversand wegen möglichen Schadens", DAMAGED)
		.code("100005002", "Rückversand wegen möglichen Schadens", DAMAGED)
		.code("100005003", "Rückversand wegen möglichen Schadens", DAMAGED)
		.code("100005006", "Rückversand wegen möglichen Schadens", DAMAGED)
		.code("100006003", "Irrläufer (Sortierfehler), Zustellung verzögert sich", REROUTED)
		.code("100007003", "Irrläufer (fehlerhafte Daten), Zustellung verzögert sich", REROUTED)
		.code("100008000", "Sendung wird auf Wunsch des Empfängers umgeleitet", TRANSIT)
		.code("100008002", "Sendung wird auf Wunsch des Empfängers umgeleitet", TRANSIT)
		.code("100008003", "Sendung wird auf Wunsch des Empfängers umgeleitet", TRANSIT)
		.code("100008009", "Sendung wird auf Wunsch des Empfängers umgeleitet", TRANSIT)
		.code("100009002", "Rückversand einer Retoure sortiert", TRANSIT)
		.code("100009003", "Rückversand einer Retoure sortiert", TRANSIT)
		.code("100009009", "Rückversand einer Retoure sortiert", TRANSIT)
		.code("100010003", "Rückversand: Nachnahme nicht bezahlt", RETURNING)
		.code("100011003", "Rückversand: Identifikation fehlgeschlagen", RETURNING)
		.code("100015000", "Rückversand: im PaketShop nicht abgeholt", RETURNING)
		.code("100015003", "Rückversand: im PaketShop nicht abgeholt", RETURNING)
		.code("100015009", "Rückversand: im PaketShop nicht abgeholt", RETURNING)
		.code("100018000", "Rückversand: TAN fehlt oder falsch", RETURNING)
		.code("100018002", "Rückversand: TAN fehlt oder falsch", RETURNING)
		.code("100018003", "Rückversand: TAN fehlt oder falsch", RETURNING)
		.code("100024002", "Rückversand: zu groß/schwer für den PaketShop", RETURNING)
		.code("100024003", "Rückversand: zu groß/schwer für den PaketShop", RETURNING)
		.code("100090002", "Rückversand an den Auftraggeber storniert (Scan korrigiert)", TRANSIT)
		.code("100090003", "Rückversand an den Auftraggeber storniert (Scan korrigiert)", TRANSIT)
		.code("100099003", "Rückversand: Auslieferung gestoppt", RETURNING)
		.code("101001002", "Sendung an das Logistik-Center weitergeleitet", TRANSIT)
		.code("101001003", "Sendung an das Logistik-Center weitergeleitet", TRANSIT)
		.code("115001003", "Retoure im Logistik-Center sortiert, auf dem Rückweg zum Auftraggeber", TRANSIT)
		.code("115001006", "Retoure im Logistik-Center sortiert, auf dem Rückweg zum Auftraggeber", TRANSIT)
		.code("125001007", "Retoure/Rücksendung beim Auftraggeber eingegangen", RETURNED)
		.code("125001009", "Retoure/Rücksendung beim Auftraggeber eingegangen", RETURNED)
		.code("310001301", "Dauerhafter WunschPaketShop gewählt", TRANSIT)
		.code("310005301", "Dauerhafte WunschErsatzadresse gewählt", TRANSIT)
		.code("320001301", "WunschPaketShop für die Zustellung gewählt", TRANSIT)
		.code("320001302", "WunschPaketShop für die Zustellung gewählt", TRANSIT)
		.code("320002301", "WunschNachbar für die Zustellung gewählt", TRANSIT)
		.code("320002302", "WunschNachbar für die Zustellung gewählt", TRANSIT)
		.code("320003301", "WunschAblageort für die Zustellung gewählt", TRANSIT)
		.code("320003302", "WunschAblageort für die Zustellung gewählt", TRANSIT)
		.code("320004301", "WunschTag für die Zustellung gewählt", TRANSIT)
		.code("320004302", "WunschTag für die Zustellung gewählt", TRANSIT)
		.code("320005301", "WunschErsatzadresse für die Zustellung gewählt", TRANSIT)
		.code("320005302", "WunschErsatzadresse für die Zustellung gewählt", TRANSIT)
		.code("320007301", "Hinweis des Kundenservice zur Zustellung", TRANSIT)
		.code("320007302", "Hinweis des Kundenservice zur Zustellung", TRANSIT)
		.code("320008000", "Adresskorrektur auf Kundenwunsch", TRANSIT)
		.code("320008302", "Adresskorrektur auf Kundenwunsch", TRANSIT)
		.code("320020301", "Sendung storniert", CANCELLED)
		.code("320020302", "Sendung storniert", CANCELLED)
		.code("320021304", "Sendung durch den Auftraggeber storniert", CANCELLED)
		.code("380001301", "Dauerhafter WunschPaketShop storniert", TRANSIT)
		.code("380005301", "Dauerhafte WunschErsatzadresse storniert", TRANSIT)
		.code("390001301", "WunschPaketShop storniert", TRANSIT)
		.code("390004301", "WunschTermin storniert", TRANSIT)
		.code("390005301", "WunschErsatzadresse storniert", TRANSIT)
		.code("390020301", "Stornierung der Sendung gelöscht", TRANSIT)
		// Groups of 3x3 codes (first three digits)
		.family("000*", code -> nine(code, "000"), ANNOUNCED)
		.family("050*", code -> nine(code, "050"), ON_VEHICLE)
		.family("055*", code -> nine(code, "055"), AT_PARCELSHOP)
		.family("060*", code -> nine(code, "060"), StatusMapping.of(TrackingStatus.ATTEMPT_FAIL))
		.family("090*", code -> nine(code, "090"), DELIVERED)
		.family("100*", code -> nine(code, "100"), RETURNING)
		.family("125*", code -> nine(code, "125"), RETURNED)
		// Groups of 2x2 codes (leading digits)
		.family("0xxx", code -> four(code, "0"), ANNOUNCED)
		.family("30xx", code -> four(code, "30") || four(code, "33"), ON_VEHICLE)
		.family("34xx", code -> four(code, "34"), AT_PARCELSHOP)
		.family("35xx", code -> four(code, "35"), DELIVERED)
		.family("37xx", code -> four(code, "37"), StatusMapping.of(TrackingStatus.ATTEMPT_FAIL))
		.family("60xx", code -> four(code, "60"), RETURNING)
		.family("75xx", code -> four(code, "75"), RETURNED)
		.otherwise(TRANSIT)
		.build();

	private HermesStatusCodes() {
	}

	/** The code as the table keys it: digits only ("090-000-000" is 090000000). */
	static String normalize(String code) {
		return code.replace("-", "").strip();
	}

	private static boolean nine(String code, String group) {
		return code.length() == 9 && code.startsWith(group);
	}

	private static boolean four(String code, String group) {
		return code.length() == 4 && code.startsWith(group);
	}

}
