package dev.doorstep.console;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import dev.doorstep.order.OrderId;
import dev.doorstep.returns.NewReturn;
import dev.doorstep.returns.Resolution;
import dev.doorstep.returns.ReturnMethod;
import dev.doorstep.returns.ReturnPolicy;
import dev.doorstep.returns.ReturnReason;
import dev.doorstep.returns.ReturnRequest;
import dev.doorstep.returns.ReturnStatus;
import dev.doorstep.returns.Returns;
import dev.doorstep.returns.label.Address;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopId;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.ApiClient;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.Fixtures;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console's returns queue and return pages: filters, the whole lifecycle through the
 * POST forms with the stored state checked after each step, refusals shown on the page,
 * photos and label, agents processing returns, and another shop's return not found.
 */
@DoorstepIntegrationTest
class ReturnsConsoleTests {

	private static final String PASSWORD = "returns-console-password";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	ConsoleUsers users;

	@Autowired
	Returns returns;

	@Autowired
	JdbcClient jdbc;

	TestShops.TestShop shop;

	ShopId shopId;

	ApiClient api;

	ConsoleSession owner;

	@BeforeEach
	void shopWithAPolicy() {
		this.shop = this.shops.create("Returns Console");
		this.shopId = this.shop.shop().id();
		this.api = new ApiClient(this.port, this.shop.apiKey());
		this.returns.savePolicy(this.shopId, policy());
		this.owner = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shopId, ShopRole.OWNER, PASSWORD), PASSWORD);
	}

	/**
	 * Manual review, a fee for the printed label, photos for damage, a return address.
	 */
	static ReturnPolicy policy() {
		return new ReturnPolicy(30, Map.of(), Set.of(), List.of(),
				Set.of(ReturnMethod.PRINTED_LABEL, ReturnMethod.QR_DROP_OFF),
				Map.of(ReturnMethod.PRINTED_LABEL, new BigDecimal("3.95")), Map.of(), Set.of(ReturnReason.DAMAGED),
				false, true, true, true, 10, BigDecimal.ZERO, List.of(),
				new Address("Returns Console GmbH", "Lagerweg 1", "04109", "Leipzig", "DE"));
	}

	OrderId order(String number) {
		Map<String, Object> order = Fixtures.order("rc-" + UUID.randomUUID(), number);
		order.put("placedAt", Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
		ApiClient.Response placed = this.api.post("/api/v1/orders", order);
		assertThat(placed.status()).as(placed.body()).isEqualTo(201);
		return new OrderId(UUID.fromString(placed.text("/id")));
	}

	ReturnRequest request(OrderId order, String sku, ReturnReason reason, Resolution resolution,
			List<NewReturn.Photo> photos) {
		Returns.CreateResult created = this.returns.create(this.shopId, order,
				new NewReturn(List.of(new NewReturn.Line(sku, 1, reason, null, resolution, null, photos)),
						ReturnMethod.PRINTED_LABEL, null, null, Locale.GERMAN));
		assertThat(created).as(created.toString()).isInstanceOf(Returns.CreateResult.Created.class);
		return ((Returns.CreateResult.Created) created).request();
	}

	ReturnRequest stored(UUID id) {
		return this.returns.find(this.shopId, id).orElseThrow();
	}

	static byte[] png() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		java.awt.Graphics2D paint = image.createGraphics();
		paint.setColor(new java.awt.Color(0xE8, 0x6A, 0x2C));
		paint.fillRect(0, 0, 8, 8);
		paint.dispose();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** The rows of the queue table only, not the filter form around it. */
	static String queue(ConsoleSession.Page page) {
		assertThat(page.status()).isEqualTo(200);
		int table = page.body().indexOf("id=\"returns-queue\"");
		return (table < 0) ? "" : page.body().substring(table, page.body().indexOf("</table>", table));
	}

	@Test
	void theQueueFiltersByStatusReasonAgeAndSearch() throws Exception {
		ReturnRequest old = request(order("RC-2001"), "JKT-1", ReturnReason.TOO_SMALL, Resolution.REFUND, List.of());
		ReturnRequest damaged = request(order("RC-2002"), "SOCK-3", ReturnReason.DAMAGED, Resolution.STORE_CREDIT,
				List.of(new NewReturn.Photo(png())));
		ReturnRequest rejected = request(order("RC-2003"), "JKT-1", ReturnReason.CHANGED_MIND, Resolution.REFUND,
				List.of());
		this.returns.reject(this.shopId, rejected.id(), "Worn");
		this.jdbc.sql("UPDATE return_request SET created_at = :at WHERE shop_id = :shop AND id = :id")
			.param("at", Instant.now().minus(10, ChronoUnit.DAYS).atOffset(java.time.ZoneOffset.UTC))
			.param("shop", this.shopId.value())
			.param("id", old.id())
			.update();

		String open = queue(this.owner.get("/console/returns"));
		assertThat(open).contains(old.rma(), damaged.rma(), "RC-2001", "RC-2002").doesNotContain(rejected.rma());
		assertThat(open).contains("Too small", "Damaged", "Store credit", "Requested");
		assertThat(queue(this.owner.get("/console/returns?status=REJECTED"))).contains(rejected.rma())
			.doesNotContain(old.rma(), damaged.rma());
		assertThat(queue(this.owner.get("/console/returns?status=all"))).contains(old.rma(), damaged.rma(),
				rejected.rma());
		assertThat(queue(this.owner.get("/console/returns?reason=DAMAGED"))).contains(damaged.rma())
			.doesNotContain(old.rma(), rejected.rma());
		String aged = queue(this.owner.get("/console/returns?age=7"));
		assertThat(aged).contains(old.rma()).contains(">10<").doesNotContain(damaged.rma());
		assertThat(queue(this.owner.get("/console/returns?q=RC-2002"))).contains(damaged.rma())
			.doesNotContain(old.rma());
		assertThat(queue(this.owner.get("/console/returns?status=all&q=" + rejected.rma().toLowerCase(Locale.ROOT))))
			.contains(rejected.rma())
			.doesNotContain(damaged.rma());
		ConsoleSession.Page badAge = this.owner.get("/console/returns?age=soon");
		assertThat(badAge.body()).contains("id=\"age-error\"");
		assertThat(queue(badAge)).contains(old.rma(), damaged.rma());
	}

	@Test
	void anOwnerTakesAReturnFromRequestToRefund() throws Exception {
		ReturnRequest request = request(order("RC-3001"), "JKT-1", ReturnReason.TOO_SMALL, Resolution.REFUND,
				List.of());
		String path = "/console/returns/" + request.id();

		ConsoleSession.Page requested = this.owner.get(path);
		assertThat(requested.status()).isEqualTo(200);
		assertThat(requested.body()).contains(request.rma())
			.contains("/r/" + request.token())
			.contains("Approve return")
			.contains("Reject return")
			.doesNotContain("Mark received")
			.doesNotContain("Resolve return")
			.doesNotContain("label.pdf");
		assertThat(requested.body()).contains("€125.05").contains("€3.95");

		ConsoleSession.Page approved = this.owner.post(path + "/approve", Map.of());
		assertThat(approved.status()).isEqualTo(302);
		assertThat(stored(request.id()).status()).isEqualTo(ReturnStatus.APPROVED);
		ConsoleSession.Page afterApproval = this.owner.get(path);
		assertThat(afterApproval.body()).contains("The return is approved")
			.contains("Mark received")
			.contains("Mark in transit")
			.doesNotContain("Approve return")
			.contains(path + "/label.pdf");
		HttpResponse<byte[]> label = this.owner.getBytes(path + "/label.pdf");
		assertThat(label.statusCode()).isEqualTo(200);
		assertThat(label.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(new String(label.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		ConsoleSession.Page tooMany = this.owner.post(path + "/receive",
				Map.of("quantity-0", "5", "condition-0", "DAMAGED"));
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(tooMany.body()).contains("id=\"quantity-0-error\"")
			.contains("must be 0 to 1")
			.contains("value=\"5\"");
		assertThat(stored(request.id()).status()).isEqualTo(ReturnStatus.APPROVED);

		ConsoleSession.Page received = this.owner.post(path + "/receive",
				Map.of("quantity-0", "1", "condition-0", "DAMAGED"));
		assertThat(received.status()).isEqualTo(302);
		ReturnRequest inspected = stored(request.id());
		assertThat(inspected.status()).isEqualTo(ReturnStatus.RECEIVED);
		assertThat(inspected.lines().getFirst().receivedQuantity()).isEqualTo(1);
		assertThat(inspected.lines().getFirst().condition()).isEqualTo(ReturnRequest.Condition.DAMAGED);
		assertThat(inspected.lines().getFirst().restock()).isFalse();

		ConsoleSession.Page toResolve = this.owner.get(path);
		assertThat(toResolve.body()).contains("Resolve return")
			.contains("id=\"refund\" name=\"refund\"")
			.contains("value=\"125.05\"")
			.contains("1 received · Damaged")
			.contains("not restocked");
		ConsoleSession.Page tooMuch = this.owner.post(path + "/resolve", Map.of("refund", "200", "storeCredit", "0"));
		assertThat(tooMuch.status()).isEqualTo(422);
		assertThat(tooMuch.body()).contains("id=\"refund-error\"").contains("must be 0 to 125.05");
		assertThat(stored(request.id()).status()).isEqualTo(ReturnStatus.RECEIVED);

		ConsoleSession.Page resolved = this.owner.post(path + "/resolve",
				Map.of("refund", "100,00", "storeCredit", "0"));
		assertThat(resolved.status()).isEqualTo(302);
		ReturnRequest settled = stored(request.id());
		assertThat(settled.status()).isEqualTo(ReturnStatus.RESOLVED);
		assertThat(settled.quote().refund()).isEqualByComparingTo("100.00");
		assertThat(settled.quote().storeCredit()).isEqualByComparingTo("0");

		ConsoleSession.Page toConfirm = this.owner.get(path);
		assertThat(toConfirm.body()).contains("Confirm refund").contains("id=\"amount\" name=\"amount\"");
		ConsoleSession.Page refunded = this.owner.post(path + "/refund",
				Map.of("amount", "100.00", "reference", "PSP-4711"));
		assertThat(refunded.status()).isEqualTo(302);
		ReturnRequest done = stored(request.id());
		assertThat(done.status()).isEqualTo(ReturnStatus.REFUNDED);
		assertThat(done.refundIssued()).isEqualByComparingTo("100.00");
		assertThat(done.refundReference()).isEqualTo("PSP-4711");

		ConsoleSession.Page finished = this.owner.get(path);
		assertThat(finished.body()).contains("The refund is recorded")
			.contains("PSP-4711")
			.doesNotContain("Confirm refund</button>")
			.doesNotContain("Reject return");
		String history = finished.body().substring(finished.body().indexOf("id=\"return-history\""));
		assertThat(history).containsSubsequence("Requested", "Approved", "Received", "Resolved", "Refunded");

		ConsoleSession.Page again = this.owner.post(path + "/approve", Map.of());
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.body()).contains("cannot be approved while it is Refunded");
	}

	@Test
	void aRejectionNeedsAReasonTheShopperReads() {
		// Before approval there is no label either: the page says why.
		ReturnRequest request = request(order("RC-4001"), "JKT-1", ReturnReason.CHANGED_MIND, Resolution.REFUND,
				List.of());
		String path = "/console/returns/" + request.id();
		HttpResponse<byte[]> noLabel = this.owner.getBytes(path + "/label.pdf");
		assertThat(noLabel.statusCode()).isEqualTo(302);
		assertThat(this.owner.get(path).body()).contains("No label: the return is not approved.");
		ConsoleSession.Page missing = this.owner.post(path + "/reject", Map.of("reason", "  "));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.body()).contains("id=\"reason-error\"").contains("is required");
		assertThat(stored(request.id()).status()).isEqualTo(ReturnStatus.REQUESTED);

		ConsoleSession.Page rejected = this.owner.post(path + "/reject",
				Map.of("reason", "The tags were removed and the jacket was worn."));
		assertThat(rejected.status()).isEqualTo(302);
		ReturnRequest stored = stored(request.id());
		assertThat(stored.status()).isEqualTo(ReturnStatus.REJECTED);
		assertThat(stored.rejectionReason()).isEqualTo("The tags were removed and the jacket was worn.");
		assertThat(this.owner.get(path).body()).contains("The tags were removed and the jacket was worn.")
			.doesNotContain("Approve return");
	}

	@Test
	void photosShowInlineWithTheirStoredType() throws Exception {
		byte[] photo = png();
		ReturnRequest request = request(order("RC-5001"), "SOCK-3", ReturnReason.DAMAGED, Resolution.REFUND,
				List.of(new NewReturn.Photo(photo)));
		Returns.Photo stored = this.returns.photos(this.shopId, request.id()).getFirst();
		String url = "/console/returns/" + request.id() + "/photos/" + stored.id();

		assertThat(this.owner.get("/console/returns/" + request.id()).body()).contains("src=\"" + url + "\"");
		HttpResponse<byte[]> image = this.owner.getBytes(url);
		assertThat(image.statusCode()).isEqualTo(200);
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(image.body()).isEqualTo(photo);
		assertThat(
				this.owner.getBytes("/console/returns/" + request.id() + "/photos/" + UUID.randomUUID()).statusCode())
			.isEqualTo(404);
	}

	@Test
	void agentsProcessReturnsAndOtherShopsAreNotFound() {
		ReturnRequest request = request(order("RC-6001"), "JKT-1", ReturnReason.TOO_LARGE, Resolution.REFUND,
				List.of());
		ConsoleSession agent = ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, this.shopId, ShopRole.AGENT, PASSWORD), PASSWORD);
		assertThat(agent.get("/console/returns/" + request.id()).body()).contains("Approve return");
		assertThat(agent.post("/console/returns/" + request.id() + "/approve", Map.of()).status()).isEqualTo(302);
		assertThat(stored(request.id()).status()).isEqualTo(ReturnStatus.APPROVED);

		TestShops.TestShop other = this.shops.create("Other Returns Shop");
		ShopId otherId = other.shop().id();
		this.returns.savePolicy(otherId, policy());
		ApiClient otherApi = new ApiClient(this.port, other.apiKey());
		Map<String, Object> order = Fixtures.order("rc-other-" + UUID.randomUUID(), "OTHER-1");
		order.put("placedAt", Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
		OrderId theirOrder = new OrderId(UUID.fromString(otherApi.post("/api/v1/orders", order).text("/id")));
		Returns.CreateResult created = this.returns
			.create(otherId, theirOrder,
					new NewReturn(List.of(new NewReturn.Line("JKT-1", 1, ReturnReason.TOO_SMALL, null,
							Resolution.REFUND, null, List.of())), ReturnMethod.PRINTED_LABEL, null, null,
							Locale.ENGLISH));
		ReturnRequest theirs = ((Returns.CreateResult.Created) created).request();

		assertThat(this.owner.get("/console/returns/" + theirs.id()).status()).isEqualTo(404);
		this.owner.get("/console/returns");
		assertThat(this.owner.post("/console/returns/" + theirs.id() + "/approve", Map.of()).status()).isEqualTo(404);
		assertThat(this.owner.post("/console/returns/" + theirs.id() + "/reject", Map.of("reason", "no")).status())
			.isEqualTo(404);
		assertThat(this.owner.getBytes("/console/returns/" + theirs.id() + "/label.pdf").statusCode()).isEqualTo(404);
		assertThat(this.returns.find(otherId, theirs.id()).orElseThrow().status()).isEqualTo(ReturnStatus.REQUESTED);
		assertThat(queue(this.owner.get("/console/returns?status=all"))).doesNotContain(theirs.rma());
		assertThat(this.owner.get("/console/returns/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

}
