package dev.doorstep.console;

import java.awt.Color;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.doorstep.claim.Claim;
import dev.doorstep.claim.ClaimType;
import dev.doorstep.claim.Claims;
import dev.doorstep.claim.FileResult;
import dev.doorstep.claim.NewClaim;
import dev.doorstep.claim.ClaimScenario;
import dev.doorstep.shipment.Shipments;
import dev.doorstep.shop.ConsoleUsers;
import dev.doorstep.shop.ShopRole;
import dev.doorstep.support.DoorstepIntegrationTest;
import dev.doorstep.support.TestShops;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claim queue: filters, the evidence viewer, approve, reject with a reason, resolve,
 * the claim pack; an agent may decide, and another shop's claim is not there.
 */
@DoorstepIntegrationTest
class ClaimsConsoleTests {

	private static final String PASSWORD = "claims-console-password";

	@LocalServerPort
	int port;

	@Autowired
	TestShops shops;

	@Autowired
	Shipments shipments;

	@Autowired
	Claims claims;

	@Autowired
	ConsoleUsers users;

	private Claim damaged(ClaimScenario scenario) {
		FileResult result = this.claims.file(scenario.shopId(), scenario.shipmentId,
				new NewClaim(ClaimType.DAMAGED, Map.of("JKT-1", 1), "Zip torn off, see photo.", false, null, null,
						List.of(new NewClaim.Upload("zip.png", ClaimScenario.photo("png", Color.ORANGE)))));
		return ((FileResult.Filed) result).claim();
	}

	private ConsoleSession agent(ClaimScenario scenario) {
		return ConsoleSession.signedIn(this.port,
				ConsoleSession.user(this.users, scenario.shopId(), ShopRole.AGENT, PASSWORD), PASSWORD);
	}

	@Test
	void anAgentFiltersTheQueueViewsTheEvidenceApprovesAndResolves() {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Console claims")
			.delivered(Duration.ofDays(1));
		Claim claim = damaged(scenario);
		ConsoleSession agent = agent(scenario);

		ConsoleSession.Page queue = agent.get("/console/claims");
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.body()).contains(claim.number(), "href=\"/console/claims\"", scenario.orderNumber);
		assertThat(agent.get("/console/claims?status=FILED&type=DAMAGED").body()).contains(claim.number());
		assertThat(agent.get("/console/claims?status=APPROVED").body()).doesNotContain(claim.number())
			.contains("No claims match.");
		assertThat(agent.get("/console/claims?type=LOST").body()).doesNotContain(claim.number());

		String path = "/console/claims/" + claim.id();
		ConsoleSession.Page detail = agent.get(path);
		assertThat(detail.body())
			.contains("Zip torn off, see photo.", "src=\"" + path + "/photos/0\"", "1 × Rain jacket (JKT-1)",
					path + "/pack.pdf", "id=\"approve\"", "id=\"reject\"")
			.doesNotContain("id=\"resolve\"");
		assertThat(agent.get(path + "/photos/0").status()).isEqualTo(200);
		assertThat(agent.get(path + "/photos/1").status()).isEqualTo(404);
		assertThat(agent.get(path + "/pack.pdf").status()).isEqualTo(200);

		ConsoleSession.Page approved = agent.post(path + "/approve", Map.of());
		assertThat(approved.status()).isEqualTo(302);
		assertThat(approved.location()).endsWith(path);
		ConsoleSession.Page after = agent.get(path);
		assertThat(after.body()).contains("Approved. The shopper is told.", "id=\"resolve\"")
			.doesNotContain("id=\"approve\"");
		assertThat(agent.post(path + "/approve", Map.of()).status()).isEqualTo(409);

		ConsoleSession.Page badAmount = agent.post(path + "/resolve", Map.of("resolution", "REFUND", "amount", "lots"));
		assertThat(badAmount.status()).isEqualTo(422);
		assertThat(badAmount.body()).contains("must be an amount such as 19.99");
		ConsoleSession.Page resolved = agent.post(path + "/resolve", Map.of("resolution", "REFUND", "amount", "99,50"));
		assertThat(resolved.status()).isEqualTo(302);
		assertThat(agent.get(path).body()).contains("Resolved. The shopper is told.", "Refund €99.50");
		assertThat(this.claims.history(scenario.shopId(), claim.id())).extracting(Claim.Step::actor)
			.last()
			.asString()
			.startsWith("console:agent-");
	}

	@Test
	void rejectingNeedsAReasonTheShopperReads() {
		ClaimScenario scenario = new ClaimScenario(this.port, this.shops, this.shipments, "Console reject")
			.delivered(Duration.ofDays(1));
		Claim claim = damaged(scenario);
		ConsoleSession agent = agent(scenario);
		String path = "/console/claims/" + claim.id();
		agent.get(path);
		ConsoleSession.Page blank = agent.post(path + "/reject", Map.of("reason", " "));
		assertThat(blank.status()).isEqualTo(422);
		assertThat(blank.body()).contains("must not be blank");
		ConsoleSession.Page rejected = agent.post(path + "/reject", Map.of("reason", "The photo shows no damage."));
		assertThat(rejected.status()).isEqualTo(302);
		assertThat(agent.get(path).body()).contains("Rejected. The shopper is told.", "The photo shows no damage.");
	}

	@Test
	void anotherShopsClaimIsNotThere() {
		ClaimScenario mine = new ClaimScenario(this.port, this.shops, this.shipments, "Console mine");
		ClaimScenario theirs = new ClaimScenario(this.port, this.shops, this.shipments, "Console theirs")
			.delivered(Duration.ofDays(1));
		Claim claim = damaged(theirs);
		ConsoleSession agent = agent(mine);
		assertThat(agent.get("/console/claims").body()).doesNotContain(claim.number());
		String path = "/console/claims/" + claim.id();
		assertThat(agent.get(path).status()).isEqualTo(404);
		assertThat(agent.get(path + "/photos/0").status()).isEqualTo(404);
		assertThat(agent.get(path + "/pack.pdf").status()).isEqualTo(404);
		assertThat(agent.post(path + "/approve", Map.of()).status()).isEqualTo(404);
		assertThat(this.claims.get(theirs.shopId(), claim.id()).status().name()).isEqualTo("FILED");
	}

}
