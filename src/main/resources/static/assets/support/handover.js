// "Contact the shop": fills the hand-over forms' hidden time zone, so the shop's opening hours come
// back in the shopper's own zone (without JavaScript the shop's zone is used), and gives the chat
// (chat.js) the same plain form under an answer that hands over, cloned from the box's template.
(function () {
	'use strict';
	var zone = '';
	try {
		zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
	} catch (e) {
		zone = '';
	}
	function fill(root) {
		root.querySelectorAll('input.support-tz').forEach(function (input) {
			input.value = zone;
		});
	}
	fill(document);
	window.doorstepHandover = function (box, item, question) {
		var template = box.querySelector('template.support-handover-template');
		if (!template) {
			return;
		}
		var form = template.content.firstElementChild.cloneNode(true);
		form.querySelectorAll('script').forEach(function (script) {
			script.remove();
		});
		form.elements.question.value = question;
		fill(form);
		item.appendChild(form);
	};
})();
