package dev.doorstep.tracking.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlotFillTests {

	@Test
	void fillsEverySlotWhereverItIsAndLeavesOtherCommentsAlone() {
		String page = "<main><!--doorstep:blocks--><p>x</p><!--doorstep:actions--><!--doorstep:other-->"
				+ "<!-- note --><!--doorstep:updates--></main><!--doorstep:updates-->";

		String html = TrackingPageController.fill(page, "B", "A", "U");

		assertThat(html).isEqualTo("<main>B<p>x</p>A<!--doorstep:other--><!-- note -->U</main>U");
	}

	@Test
	void aPageWithoutSlotsStaysAsItIs() {
		assertThat(TrackingPageController.fill("<p>plain</p>", "B", "A", "U")).isEqualTo("<p>plain</p>");
		assertThat(TrackingPageController.fill("", "B", "A", "U")).isEmpty();
	}

}
