package dev.doorstep.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.Returns;
import dev.doorstep.returns.label.Address;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The return policy page: every field saved from the plain form and shown again so that
 * posting the page unchanged saves the same policy; parse errors name the line;
 * {@code savePolicy}'s refusals show next to the field; agents read but cannot save.
 */
@DoorstepIntegrationTest
class ReturnPolicyConsoleTests {

	private static final String PASSWORD = "return-policy-password";

	private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>");

	private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern.compile("\\b([a-zA-Z-]+)=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	Returns returns;

	ShopId shop;

	ConsoleSession owner;

	@BeforeEach
	void shop() {
		this.shop = this.shops.create("Return Policy Console").shop().id();
		this.owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shop, ShopRole.OWNER, PASSWORD), PASSWORD);
	}

	static List<Map.Entry<String, List<String>>> fullForm() {
		Map<String, List<String>> form = new LinkedHashMap<>();
		form.put("windowDays", List.of("45"));
		form.put("categoryWindowDays", List.of("shoes: 14\n\nsale: 7"));
		form.put("nonReturnableCategories", List.of("underwear, Gift Cards"));
		form.put("methods", List.of("PRINTED_LABEL", "QR_DROP_OFF", "STORE_DROP_OFF"));
		form.put("methodFees.PRINTED_LABEL", List.of("3.95"));
		form.put("methodFees.QR_DROP_OFF", List.of("0"));
		form.put("photoReasons", List.of("DAMAGED", "WRONG_ITEM"));
		form.put("reasonFees.CHANGED_MIND", List.of("2,50"));
		form.put("exchanges", List.of("on"));
		form.put("storeCredit", List.of("on"));
		form.put("storeCreditBonusPercent", List.of("10"));
		form.put("keepItemBelow", List.of("5.00"));
		form.put("returnAddress.name", List.of("Policy Shop GmbH"));
		form.put("returnAddress.street", List.of("Lagerweg 1"));
		form.put("returnAddress.line2", List.of("Tor 3"));
		form.put("returnAddress.postcode", List.of("04109"));
		form.put("returnAddress.city", List.of("Leipzig"));
		form.put("returnAddress.country", List.of("de"));
		form.put("stores", List.of("berlin | Doorstep Berlin | Torstraße 1, 10119 Berlin | Mo–Sa 10–19\n"
				+ "hamburg | Doorstep Hamburg | Jungfernstieg 2, 20354 Hamburg"));
		form.put("zones",
				List.of("EU | DE, AT | 30 | PRINTED_LABEL=4.95, QR_DROP_OFF=0\nCH | CH | 14\nNordics | SE, DK"));
		return new ArrayList<>(form.entrySet());
	}

	@Test
	void everyFieldIsSavedAndThePageRoundTrips() {
		ConsoleSession.Page page = this.owner.get("/console/returns/policy");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Save policy").contains("value=\"30\"");

		ConsoleSession.Page saved = this.owner.postAll("/console/returns/policy", fullForm());
		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		ReturnPolicy policy = this.returns.policy(this.shop);
		assertThat(policy.windowDays()).isEqualTo(45);
		assertThat(policy.categoryWindowDays()).isEqualTo(Map.of("shoes", 14, "sale", 7));
		assertThat(policy.nonReturnableCategories()).containsExactlyInAnyOrder("underwear", "gift cards");
		assertThat(policy.methods()).containsExactlyInAnyOrder(ReturnMethod.PRINTED_LABEL, ReturnMethod.QR_DROP_OFF,
				ReturnMethod.STORE_DROP_OFF);
		assertThat(policy.methodFees()).hasSize(2);
		assertThat(policy.methodFees().get(ReturnMethod.PRINTED_LABEL)).isEqualByComparingTo("3.95");
		assertThat(policy.methodFees().get(ReturnMethod.QR_DROP_OFF)).isEqualByComparingTo("0");
		assertThat(policy.photoReasons()).containsExactlyInAnyOrder(ReturnReason.DAMAGED, ReturnReason.WRONG_ITEM);
		assertThat(policy.reasonFees()).containsOnlyKeys(ReturnReason.CHANGED_MIND);
		assertThat(policy.reasonFees().get(ReturnReason.CHANGED_MIND)).isEqualByComparingTo("2.5");
		assertThat(policy.autoApprove()).isFalse();
		assertThat(policy.exchanges()).isTrue();
		assertThat(policy.freeExchanges()).isFalse();
		assertThat(policy.storeCredit()).isTrue();
		assertThat(policy.storeCreditBonusPercent()).isEqualTo(10);
		assertThat(policy.keepItemBelow()).isEqualByComparingTo("5");
		assertThat(policy.returnAddress())
			.isEqualTo(new Address("Policy Shop GmbH", "Lagerweg 1", "Tor 3", "04109", "Leipzig", "DE"));
		assertThat(policy.stores()).containsExactly(
				new ReturnPolicy.Store("berlin", "Doorstep Berlin", "Torstraße 1, 10119 Berlin", "Mo–Sa 10–19"),
				new ReturnPolicy.Store("hamburg", "Doorstep Hamburg", "Jungfernstieg 2, 20354 Hamburg", null));
		assertThat(policy.zones()).hasSize(3);
		assertThat(policy.zones().getFirst().countries()).containsExactlyInAnyOrder("DE", "AT");
		assertThat(policy.zones().getFirst().windowDays()).isEqualTo(30);
		assertThat(policy.zones().getFirst().methodFees().get(ReturnMethod.PRINTED_LABEL)).isEqualByComparingTo("4.95");
		assertThat(policy.zones().getFirst().methodFees().get(ReturnMethod.QR_DROP_OFF)).isEqualByComparingTo("0");
		assertThat(policy.zones().subList(1, 3)).containsExactly(
				new ReturnPolicy.Zone("CH", Set.of("CH"), 14, Map.of()),
				new ReturnPolicy.Zone("Nordics", Set.of("SE", "DK"), null, Map.of()));

		ConsoleSession.Page shown = this.owner.get("/console/returns/policy");
		assertThat(shown.body()).contains("The return policy is saved.")
			.contains("sale: 7\nshoes: 14")
			.contains("AT, DE")
			.contains("EU | AT, DE | 30 | QR_DROP_OFF=0, PRINTED_LABEL=4.95")
			.contains("hamburg | Doorstep Hamburg | Jungfernstieg 2, 20354 Hamburg");

		// Posting the page exactly as shown saves the same policy again.
		ConsoleSession.Page again = this.owner.postAll("/console/returns/policy", formOf(shown.body()));
		assertThat(again.status()).as(again.body()).isEqualTo(302);
		assertThat(this.returns.policy(this.shop)).isEqualTo(policy);
	}

	@Test
	void aParseErrorNamesTheLineAndNothingIsSaved() {
		ReturnPolicy before = this.returns.policy(this.shop);
		List<Map.Entry<String, List<String>>> form = fullForm();
		form.replaceAll(field -> field.getKey().equals("zones")
				? Map.entry("zones", List.of("EU | DE, AT | 30\nCH | CH | soon")) : field);
		this.owner.get("/console/returns/policy");
		ConsoleSession.Page refused = this.owner.postAll("/console/returns/policy", form);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"zones-error\"")
			.contains("Line 2: &quot;soon&quot; is not a whole number of days.")
			.contains("EU | DE, AT | 30\nCH | CH | soon")
			.contains("value=\"Policy Shop GmbH\"");
		assertThat(this.returns.policy(this.shop)).isEqualTo(before);

		form.replaceAll(field -> field.getKey().equals("zones")
				? Map.entry("zones", List.of("EU | DE | 30\n\nDACH | DE, AT, CH")) : field);
		ConsoleSession.Page twice = this.owner.postAll("/console/returns/policy", form);
		assertThat(twice.status()).isEqualTo(422);
		assertThat(twice.body()).contains("Line 3: DE is in two zones");
		assertThat(this.returns.policy(this.shop)).isEqualTo(before);

		form.replaceAll(field -> switch (field.getKey()) {
			case "zones" -> Map.entry("zones", List.of(""));
			case "windowDays" -> Map.entry("windowDays", List.of("400"));
			case "methodFees.PRINTED_LABEL" -> Map.entry("methodFees.PRINTED_LABEL", List.of("-1"));
			default -> field;
		});
		ConsoleSession.Page invalid = this.owner.postAll("/console/returns/policy", form);
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(invalid.body()).contains("id=\"windowDays-error\"")
			.contains("must be 1 to 365 days")
			.contains("must be an amount of 0 or more");
		assertThat(this.returns.policy(this.shop)).isEqualTo(before);
	}

	@Test
	void aGermanOwnerReadsParseErrorsInGerman() {
		ConsoleSession german = new ConsoleSession(this.port, "de");
		String email = ConsoleSession.user(this.users, this.shop, ShopRole.OWNER, PASSWORD);
		assertThat(german.login(email, PASSWORD).status()).isEqualTo(302);
		assertThat(german.get("/console/returns/policy").body()).contains("Rückgaberichtlinie");
		List<Map.Entry<String, List<String>>> form = fullForm();
		form.replaceAll(field -> field.getKey().equals("categoryWindowDays")
				? Map.entry("categoryWindowDays", List.of("shoes 14")) : field);
		ConsoleSession.Page refused = german.postAll("/console/returns/policy", form);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("Zeile 1 („shoes 14“)");
	}

	@Test
	void agentsReadThePolicyButCannotSaveIt() {
		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shop, ShopRole.AGENT, PASSWORD), PASSWORD);
		ConsoleSession.Page page = agent.get("/console/returns/policy");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Only an owner of this shop can change the return policy")
			.contains("disabled")
			.doesNotContain("Save policy</button>");
		ReturnPolicy before = this.returns.policy(this.shop);
		ConsoleSession.Page refused = agent.postAll("/console/returns/policy", fullForm());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body()).contains("Your role in this shop does not allow this action");
		assertThat(this.returns.policy(this.shop)).isEqualTo(before);
	}

	/** The fields a browser would send for the form on the page, as shown. */
	static List<Map.Entry<String, List<String>>> formOf(String html) {
		int start = html.indexOf("id=\"return-policy\"");
		String form = html.substring(start, html.indexOf("</form>", start));
		Map<String, List<String>> fields = new LinkedHashMap<>();
		Matcher input = INPUT.matcher(form);
		while (input.find()) {
			Map<String, String> attributes = attributes(input.group(1));
			String name = attributes.get("name");
			if (name == null || name.equals("_csrf")) {
				continue;
			}
			if ("checkbox".equals(attributes.get("type")) && !attributes.containsKey("checked")) {
				continue;
			}
			fields.computeIfAbsent(name, key -> new ArrayList<>()).add(attributes.getOrDefault("value", ""));
		}
		Matcher textarea = TEXTAREA.matcher(form);
		while (textarea.find()) {
			fields.put(attributes(textarea.group(1)).get("name"), List.of(unescape(textarea.group(2))));
		}
		return new ArrayList<>(fields.entrySet());
	}

	private static Map<String, String> attributes(String tag) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(tag);
		while (attribute.find()) {
			attributes.put(attribute.group(1), unescape(attribute.group(2)));
		}
		return attributes;
	}

	private static String unescape(String text) {
		return text.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
