/*
 * Doorstep's service worker: shows the parcel updates pushed to this browser. Payload
 * (decrypted by the browser): {"title", "body", "url", "tag"}; a click opens the tracking page.
 */
'use strict';

self.addEventListener('install', function () {
	self.skipWaiting();
});

self.addEventListener('activate', function (event) {
	event.waitUntil(self.clients.claim());
});

self.addEventListener('push', function (event) {
	var data = {};
	try {
		data = event.data ? event.data.json() : {};
	}
	catch (e) {
		data = { body: event.data ? event.data.text() : '' };
	}
	var title = data.title || 'Parcel update';
	event.waitUntil(self.registration.showNotification(title, {
		body: data.body || '',
		tag: data.tag || undefined,
		data: { url: data.url || '/' }
	}));
});

self.addEventListener('notificationclick', function (event) {
	event.notification.close();
	var url = (event.notification.data && event.notification.data.url) || '/';
	event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (windows) {
		for (var i = 0; i < windows.length; i++) {
			if (windows[i].url === url && 'focus' in windows[i]) {
				return windows[i].focus();
			}
		}
		return self.clients.openWindow(url);
	}));
});
