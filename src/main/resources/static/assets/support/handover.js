// Fills the hand-over forms' hidden time zone, so the shop's opening hours come back in the
// shopper's own zone. Without JavaScript the shop's zone is used.
(function () {
	var zone;
	try {
		zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	} catch (e) {
		return;
	}
	document.querySelectorAll('input.support-tz').forEach(function (input) {
		input.value = zone || '';
	});
})();
