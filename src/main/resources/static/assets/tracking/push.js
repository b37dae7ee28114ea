/*
 * Web Push opt-in for the tracking page (the only part of the page that needs JavaScript).
 *
 * Markup (the page renders it; everything else is automatic):
 *   <div data-doorstep-push data-token="<tracking token>" hidden>
 *     <button type="button" data-push-subscribe>Notify me in this browser</button>
 *     <button type="button" data-push-unsubscribe hidden>Stop browser notifications</button>
 *     <p data-push-status aria-live="polite"></p>
 *   </div>
 *   <script src="/assets/tracking/push.js" defer></script>
 *
 * The container stays hidden where push is not supported (no service worker, no PushManager,
 * or an insecure origin). Subscribing registers /sw.js, asks for permission, subscribes with
 * the server's VAPID key (GET /t/{token}/push/key) and stores the subscription
 * (POST /t/{token}/push), which records the opt-in. Unsubscribing does the reverse
 * (DELETE /t/{token}/push). window.DoorstepPush offers the same as functions.
 */
(function () {
	'use strict';

	function supported() {
		return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window
			&& window.isSecureContext;
	}

	function base(token) {
		return '/t/' + encodeURIComponent(token) + '/push';
	}

	function keyBytes(base64Url) {
		var padded = (base64Url + '==='.slice((base64Url.length + 3) % 4)).replace(/-/g, '+').replace(/_/g, '/');
		var raw = atob(padded);
		var bytes = new Uint8Array(raw.length);
		for (var i = 0; i < raw.length; i++) {
			bytes[i] = raw.charCodeAt(i);
		}
		return bytes;
	}

	function registration() {
		return navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(function () {
			return navigator.serviceWorker.ready;
		});
	}

	function current() {
		return registration().then(function (reg) {
			return reg.pushManager.getSubscription();
		});
	}

	function subscribe(token) {
		return Notification.requestPermission().then(function (permission) {
			if (permission !== 'granted') {
				throw new Error('permission ' + permission);
			}
			return Promise.all([registration(), fetch(base(token) + '/key').then(function (r) {
				if (!r.ok) {
					throw new Error('key ' + r.status);
				}
				return r.json();
			})]);
		}).then(function (results) {
			var reg = results[0];
			return reg.pushManager.getSubscription().then(function (existing) {
				return existing || reg.pushManager.subscribe({
					userVisibleOnly: true,
					applicationServerKey: keyBytes(results[1].publicKey)
				});
			});
		}).then(function (subscription) {
			return fetch(base(token), {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify(subscription.toJSON())
			}).then(function (r) {
				if (!r.ok) {
					throw new Error('subscribe ' + r.status);
				}
				return subscription;
			});
		});
	}

	function unsubscribe(token) {
		return current().then(function (subscription) {
			if (!subscription) {
				return false;
			}
			return fetch(base(token), {
				method: 'DELETE',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ endpoint: subscription.endpoint })
			}).then(function () {
				// The browser subscription may serve other orders' pages: keep it; the
				// server no longer sends this order's updates to it.
				return true;
			});
		});
	}

	function wire(container) {
		var token = container.getAttribute('data-token');
		var on = container.querySelector('[data-push-subscribe]');
		var off = container.querySelector('[data-push-unsubscribe]');
		var status = container.querySelector('[data-push-status]');
		function show(subscribed, text) {
			if (on) {
				on.hidden = subscribed;
			}
			if (off) {
				off.hidden = !subscribed;
			}
			if (status && text !== undefined) {
				status.textContent = text;
			}
		}
		container.hidden = false;
		show(false);
		if (on) {
			on.addEventListener('click', function () {
				on.disabled = true;
				subscribe(token).then(function () {
					show(true, container.getAttribute('data-text-on') || '');
				}).catch(function () {
					show(false, container.getAttribute('data-text-failed') || '');
				}).then(function () {
					on.disabled = false;
				});
			});
		}
		if (off) {
			off.addEventListener('click', function () {
				unsubscribe(token).then(function () {
					show(false, container.getAttribute('data-text-off') || '');
				});
			});
		}
	}

	window.DoorstepPush = { supported: supported, subscribe: subscribe, unsubscribe: unsubscribe };

	if (!supported()) {
		return;
	}
	function init() {
		var containers = document.querySelectorAll('[data-doorstep-push][data-token]');
		for (var i = 0; i < containers.length; i++) {
			wire(containers[i]);
		}
	}
	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', init);
	}
	else {
		init();
	}
})();
