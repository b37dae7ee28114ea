package dev.doorstep.support;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.doorstep.claim.ClaimScenario;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.Shop;
import dev.doorstep.shop.ShopSettings;
import dev.doorstep.shop.Shops;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Contact the shop" in real Chromium: in the chat, an answer that hands over gets the
 * form; the browser's time zone (here New York) goes with it and the opening hours come
 * back in it. Screenshot: {@code target/screenshots/support-handover-chat.png}.
 */
@DoorstepIntegrationTest
class HandoverBrowserTests {

	@RegisterExtension
	static final Chromium CHROMIUM = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shops shopService;

	@Autowired
	Shipments shipments;

	@Autowired
	Handovers handovers;

	@Test
	void theChatOffersTheHandOverAndShowsOpeningHoursInTheBrowsersZone() {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Handover chat")
			.quietFor(Duration.ofHours(2));
		Shop shop = this.shopService.get(scenario.shopId());
		this.shopService.update(shop.id(),
				new ShopSettings(shop.name(), shop.brand(), shop.defaultLocale(), shop.supportedLocales(),
						ZoneId.of("Europe/Berlin"), new Shop.SupportContacts("chat-support@shop.test", null, null),
						shop.websiteUrl()));
		Map<DayOfWeek, List<OpeningHours.Range>> days = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day, List.of(new OpeningHours.Range(LocalTime.of(10, 0), LocalTime.of(16, 0))));
		}
		this.handovers.saveOpeningHours(shop.id(), new OpeningHours(days));
		try (BrowserContext context = CHROMIUM.browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(390, 900)
				.setLocale("en")
				.setTimezoneId("America/New_York"))) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + this.port + "/t/" + scenario.token() + "?lang=en");
			page.locator("#support-question").fill("i want to talk to a real person");
			page.locator("form.support-box button[type=submit]").click();
			page.locator(".support-log li.assistant form.support-handover-form").waitFor();
			assertThat(page.locator(".support-log form.support-handover-form input[name=tz]").inputValue())
				.isEqualTo("America/New_York");
			assertThat(page.locator(".support-log form.support-handover-form input[name=question]").inputValue())
				.isEqualTo("i want to talk to a real person");
			page.locator(".support-log form.support-handover-form button").click();
			page.waitForURL("**/t/" + scenario.token() + "/handover");
			String text = page.locator(".support-handover").innerText();
			ZoneId berlin = ZoneId.of("Europe/Berlin");
			DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
			String opens = LocalDate.now(berlin)
				.atTime(10, 0)
				.atZone(berlin)
				.withZoneSameInstant(ZoneId.of("America/New_York"))
				.format(hhmm);
			assertThat(text).contains("passed your question on", "America/New_York", opens, "chat-support@shop.test");
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(dev.doorstep.support.Browser.screenshotDir().resolve("support-handover-chat.png")));
		}
	}

}
