// The question box as a chat: posts the same form to its .json twin and shows the answers
// above the box. Without this script the form posts normally and the server answers with a page.
(function () {
  'use strict';
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text) { node.textContent = text; }
    return node;
  }
  function ask(form, log, question, intent) {
    var body = new URLSearchParams();
    body.set('lang', form.elements.lang.value);
    body.set('question', question);
    if (intent) { body.set('intent', intent); }
    var you = el('li', 'you');
    you.appendChild(el('strong', null, form.dataset.you + ': '));
    you.appendChild(document.createTextNode(question));
    log.appendChild(you);
    return fetch(form.dataset.chatUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json' },
      body: body.toString(),
      credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (answer) {
      var item = el('li', 'assistant support-answer');
      var text = el('div', 'support-a');
      // answer.html is composed escaped on the server (facts escaped, FAQ Markdown sanitized)
      text.innerHTML = answer.html;
      item.appendChild(text);
      if (answer.actions && answer.actions.length) {
        var actions = el('ul', 'support-actions');
        answer.actions.forEach(function (action) {
          var li = el('li');
          if (action.kind === 'ASK') {
            var button = el('button', 'secondary', action.label);
            button.type = 'button';
            button.addEventListener('click', function () { ask(form, log, question, action.intent); });
            li.appendChild(button);
          } else {
            var link = el('a', 'button', action.label);
            link.href = action.url;
            link.dataset.kind = action.kind;
            li.appendChild(link);
          }
          actions.appendChild(li);
        });
        item.appendChild(actions);
      }
      if (answer.handOver && window.doorstepHandover) { window.doorstepHandover(form, item, question); }
      log.appendChild(item);
    }).catch(function () {
      // fall back to the plain form post
      form.submit();
    });
  }
  document.querySelectorAll('form.support-box[data-chat-url]').forEach(function (form) {
    var log = form.querySelector('.support-log');
    form.addEventListener('submit', function (event) {
      var field = form.elements.question;
      var question = field.value.trim();
      if (!question || !window.fetch) { return; }
      event.preventDefault();
      field.value = '';
      ask(form, log, question, null);
    });
  });
}());
