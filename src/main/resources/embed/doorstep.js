/*! Doorstep widgets: <doorstep-orders token="..."> and <doorstep-thank-you order-token="...">.
 * No framework, no eval, no inline styles: each element renders into its own Shadow DOM and
 * styles it with a constructed stylesheet, so a strict CSP needs only
 *   script-src <doorstep origin>; connect-src <doorstep origin>
 * (plus img-src for product images). Attributes: lang (en|de, else the page's language),
 * base (Doorstep's URL, else the origin this script came from). Style from outside with the
 * custom properties --doorstep-accent, --doorstep-text, --doorstep-muted, --doorstep-border,
 * --doorstep-font and the parts list, order, parcel, link. */
(function () {
  'use strict';
  if (!window.customElements || window.customElements.get('doorstep-orders')) return;
  var me = document.currentScript;
  var ORIGIN = me && me.src ? new URL(me.src, location.href).origin : location.origin;

  var TEXT = {
    en: {
      title: 'Your orders', loading: 'Loading your orders…', none: 'You have no orders yet.',
      error: 'Your orders could not be loaded. Please try again later.',
      expired: 'Your session has ended. Please reload the page.', order: 'Order', placed: 'Placed',
      items: function (n) { return n === 1 ? '1 item' : n + ' items'; },
      noParcel: 'Not shipped yet', track: 'Track parcel', window: 'Expected', delivered: 'Delivered',
      thanks: 'Loading…', parcels: 'Parcels',
      status: {
        PENDING: 'Label created', INFO_RECEIVED: 'Announced to the carrier', IN_TRANSIT: 'On its way',
        AVAILABLE_FOR_PICKUP: 'Ready for pickup', OUT_FOR_DELIVERY: 'Out for delivery',
        ATTEMPT_FAIL: 'Delivery attempt failed', EXCEPTION: 'Problem with delivery', DELIVERED: 'Delivered',
        EXPIRED: 'No more updates'
      }
    },
    de: {
      title: 'Ihre Bestellungen', loading: 'Bestellungen werden geladen…', none: 'Sie haben noch keine Bestellungen.',
      error: 'Ihre Bestellungen konnten nicht geladen werden. Bitte versuchen Sie es später noch einmal.',
      expired: 'Ihre Sitzung ist abgelaufen. Bitte laden Sie die Seite neu.', order: 'Bestellung',
      placed: 'Bestellt am', items: function (n) { return n === 1 ? '1 Artikel' : n + ' Artikel'; },
      noParcel: 'Noch nicht versandt', track: 'Sendung verfolgen', window: 'Voraussichtlich',
      delivered: 'Zugestellt am', thanks: 'Wird geladen…', parcels: 'Pakete',
      status: {
        PENDING: 'Versandetikett erstellt', INFO_RECEIVED: 'Beim Versanddienst angemeldet', IN_TRANSIT: 'Unterwegs',
        AVAILABLE_FOR_PICKUP: 'Zur Abholung bereit', OUT_FOR_DELIVERY: 'In Zustellung',
        ATTEMPT_FAIL: 'Zustellversuch gescheitert', EXCEPTION: 'Problem bei der Zustellung', DELIVERED: 'Zugestellt',
        EXPIRED: 'Keine weiteren Updates'
      }
    }
  };

  var CSS = ':host{display:block;font:inherit;font-family:var(--doorstep-font,inherit);' +
    'color:var(--doorstep-text,inherit)}[hidden]{display:none}' +
    'h2{font-size:1.25em;margin:0 0 .75em}h3{font-size:1.05em;margin:0}' +
    'ul{list-style:none;margin:0;padding:0}' +
    '.order{border:1px solid var(--doorstep-border,#d0d5dd);border-radius:8px;padding:1em;margin:0 0 .75em}' +
    '.meta,.window,.note{color:var(--doorstep-muted,#555);margin:.25em 0 0}' +
    '.parcel{display:flex;flex-wrap:wrap;gap:.25em 1em;align-items:baseline;padding:.5em 0 0}' +
    '.status{font-weight:600}a{color:var(--doorstep-accent,#0b5fff)}a:focus-visible{outline:2px solid ' +
    'var(--doorstep-accent,#0b5fff);outline-offset:2px}' +
    '.doorstep-products{display:grid;grid-template-columns:repeat(auto-fill,minmax(8em,1fr));gap:1em}' +
    '.doorstep-products a{display:flex;flex-direction:column;gap:.25em;text-decoration:none}' +
    '.doorstep-products img{max-width:100%;height:auto;border-radius:6px}.doorstep-price{font-weight:600}';
  var sheet = null;

  function styles(root) {
    if ('adoptedStyleSheets' in root && window.CSSStyleSheet) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
    }
  }

  function lang(el) {
    var l = el.getAttribute('lang') || (el.closest('[lang]') || document.documentElement).getAttribute('lang') || '';
    return l.toLowerCase().indexOf('de') === 0 ? 'de' : 'en';
  }

  function base(el) {
    var b = el.getAttribute('base');
    return b ? new URL(b, location.href).origin : ORIGIN;
  }

  function h(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) {
      if (attrs[k] != null) e.setAttribute(k, attrs[k]);
    }
    (children || []).forEach(function (c) {
      if (c != null) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function day(iso, l, withYear) {
    var o = { day: 'numeric', month: 'short', timeZone: 'UTC' };
    if (withYear) o.year = 'numeric';
    return new Intl.DateTimeFormat(l, o).format(new Date(iso.length === 10 ? iso + 'T00:00:00Z' : iso));
  }

  class Base extends HTMLElement {
    connectedCallback() {
      if (!this.shadowRoot) styles(this.attachShadow({ mode: 'open' }));
      this.load();
    }

    attributeChangedCallback() {
      if (this.shadowRoot) this.load();
    }

    show(node, busy) {
      var root = this.shadowRoot;
      while (root.firstChild) root.removeChild(root.firstChild);
      root.appendChild(node);
      this.setAttribute('aria-busy', busy ? 'true' : 'false');
    }

    message(text, alert) {
      this.show(h('p', { class: 'note', role: alert ? 'alert' : 'status' }, [text]), !alert);
    }
  }

  function define(name, attrs, load) {
    customElements.define(name, class extends Base {
      static get observedAttributes() { return attrs; }
      load() { load.call(this); }
    });
  }

  define('doorstep-orders', ['token', 'lang'], function () {
    var self = this, l = lang(this), t = TEXT[l], token = this.getAttribute('token');
    if (!token) return this.message(t.expired, true);
    var seq = this.seq = (this.seq || 0) + 1;
    this.message(t.loading);
    fetch(base(this) + '/embed/api/orders', {
      headers: { Authorization: 'Bearer ' + token }, credentials: 'omit', mode: 'cors'
    }).then(function (r) {
      if (r.status === 401) throw new Error('expired');
      if (!r.ok) throw new Error('error');
      return r.json();
    }).then(function (data) {
      if (seq === self.seq) self.show(orders(data, l, t), false);
    }).catch(function (e) {
      if (seq !== self.seq) return;
      self.message(e.message === 'expired' ? t.expired : t.error, true);
      // The shop's page may fetch a new token from its backend and set it: the list reloads.
      if (e.message === 'expired') {
        self.dispatchEvent(new CustomEvent('doorstep-token-expired', { bubbles: true, composed: true }));
      }
    });
  });

  function orders(data, l, t) {
    var head = h('h2', { id: 'doorstep-orders-title', part: 'title' }, [t.title]);
    var section = h('section', { 'aria-labelledby': 'doorstep-orders-title', lang: l }, [head]);
    if (!data.orders.length) {
      section.appendChild(h('p', { class: 'note' }, [t.none]));
      return section;
    }
    section.appendChild(h('ul', { part: 'list' }, data.orders.map(function (o) {
      var parcels = o.parcels.length ? h('ul', { 'aria-label': t.parcels }, o.parcels.map(function (p) {
        var when = p.deliveredAt ? t.delivered + ' ' + day(p.deliveredAt, l, false)
          : p.window ? t.window + ': ' + day(p.window.earliest, l, false) +
            (p.window.latest !== p.window.earliest ? ' – ' + day(p.window.latest, l, false) : '') : null;
        return h('li', { class: 'parcel', part: 'parcel' }, [
          h('span', { class: 'status' }, [t.status[p.status] || p.status]),
          h('span', {}, [p.carrier]),
          when ? h('span', { class: 'window' }, [when]) : null,
          h('a', { href: p.trackingUrl + '?lang=' + l, target: '_top', part: 'link',
            'aria-label': t.track + ': ' + p.carrier + ' ' + p.trackingNumber }, [t.track])
        ]);
      })) : h('p', { class: 'note' }, [t.noParcel]);
      return h('li', {}, [h('article', { class: 'order', part: 'order' }, [
        h('h3', {}, [t.order + ' ' + o.orderNumber]),
        h('p', { class: 'meta' }, [t.placed + ' ' + day(o.placedAt, l, true) + ' · ' + t.items(o.itemCount)]),
        parcels
      ])]);
    })));
    return section;
  }

  var policy = null;

  function html(text) {
    // Under Trusted Types ("trusted-types doorstep"): the fragment comes from Doorstep and
    // has no script; anything executable is removed below anyway.
    if (window.trustedTypes && !policy) {
      policy = trustedTypes.createPolicy('doorstep', { createHTML: function (s) { return s; } });
    }
    var doc = new DOMParser().parseFromString(policy ? policy.createHTML(text) : text, 'text/html');
    doc.querySelectorAll('script,style,link,iframe,object,embed').forEach(function (n) { n.remove(); });
    doc.querySelectorAll('*').forEach(function (n) {
      [].slice.call(n.attributes).forEach(function (a) {
        if (/^on/i.test(a.name) || a.name === 'style' || /^\s*javascript:/i.test(a.value)) n.removeAttribute(a.name);
      });
    });
    var out = document.createDocumentFragment();
    [].slice.call(doc.body.childNodes).forEach(function (n) { out.appendChild(document.adoptNode(n)); });
    return out;
  }

  define('doorstep-thank-you', ['order-token', 'lang'], function () {
    var self = this, l = lang(this), token = this.getAttribute('order-token');
    if (!token) return;
    var seq = this.seq = (this.seq || 0) + 1;
    this.message(TEXT[l].thanks);
    fetch(base(this) + '/embed/thank-you/' + encodeURIComponent(token) + '?lang=' + l,
      { credentials: 'omit', mode: 'cors' }).then(function (r) {
      if (!r.ok) throw new Error('error');
      return r.text();
    }).then(function (text) {
      if (seq === self.seq) self.show(html(text), false);
    }).catch(function () {
      // Nothing to show: the confirmation page stays as the shop made it.
      if (seq === self.seq) self.show(document.createDocumentFragment(), false);
    });
  });
})();
