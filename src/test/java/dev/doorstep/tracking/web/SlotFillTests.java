package dev.doorstep.tracking.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotFillTests {

	@Test
	void fillsEverySlotWhereverItIsAndLeavesOtherCommentsAlone() {
		String page = "<main><!--doorstep:blocks--><p>x</p><!--doorstep:actions--><!--doorstep:other-->"
				+ "<!-- note --><!--doorstep:updates--></main><!--doorstep:sections--><!--doorstep:updates-->";

		String html = TrackingPageController.fill(page, "B", "A", "U", "S");

		assertThat(html).isEqualTo("<main>B<p>x</p>A<!--doorstep:other--><!-- note -->U</main>SU");
	}

	@Test
	void aPageWithoutSlotsStaysAsItIs() {
		assertThat(TrackingPageController.fill("<p>plain</p>", "B", "A", "U", "S")).isEqualTo("<p>plain</p>");
		assertThat(TrackingPageController.fill("", "B", "A", "U", "S")).isEmpty();
	}

}
