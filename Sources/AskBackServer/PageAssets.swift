/// The page's stylesheet and script, served from `/style.css` and `/app.js`.
///
/// No external fonts, images or scripts. Colours meet WCAG AA: body text #1b1f24 on white
/// (16:1), links and buttons #0b57d0 with white (6.3:1), hints #4a5260 on white (7.9:1).
public enum PageAssets {
  public static let stylesheet = """
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      color: #1b1f24; background: #ffffff; }
    .wrap { max-width: 48rem; margin: 0 auto; padding: 0 1rem; }
    .banner { background: #f2f5f9; border-bottom: 1px solid #d5dbe3; margin-bottom: 1.5rem; }
    .banner h1 { margin: 0; padding-top: 1rem; font-size: 1.75rem; }
    .banner p { margin: 0.25rem 0 0; padding-bottom: 1rem; }
    .field { margin: 0 0 1rem; display: flex; flex-direction: column; gap: 0.3rem; }
    label, dt { font-weight: 600; }
    textarea, input, select { font: inherit; color: inherit; background: #ffffff;
      border: 1px solid #6b7380; border-radius: 0.35rem; padding: 0.5rem; width: 100%; }
    textarea { min-height: 12rem; resize: vertical; }
    textarea.drop { outline: 3px dashed #0b57d0; outline-offset: 2px; }
    .row { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0 1rem; }
    .hint { color: #4a5260; font-size: 0.9rem; margin: 0; }
    button { font: inherit; border-radius: 0.35rem; padding: 0.55rem 1rem; cursor: pointer;
      border: 1px solid #0b57d0; background: #ffffff; color: #0b57d0; }
    button.primary { background: #0b57d0; color: #ffffff; font-weight: 600; }
    button:hover { background: #e8f0fe; }
    button.primary:hover { background: #0842a0; }
    button:disabled { opacity: 0.6; cursor: progress; }
    :focus-visible { outline: 3px solid #f29900; outline-offset: 2px; }
    #result { margin: 2rem 0; }
    .sheet h1, .sheet h2 { font-size: 1.4rem; margin: 0 0 0.75rem; }
    .sheet h2 + dl, .sheet h1 + dl { margin-top: 0; }
    .sheet h3, .sheet h2 ~ h3 { font-size: 1.1rem; margin: 1.25rem 0 0.25rem; }
    .sheet ol { margin: 0; padding-left: 1.75rem; }
    .sheet li { margin: 0.3rem 0; }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 0.5rem 1rem; margin: 0 0 1rem; }
    .facts dd { margin: 0; }
    .note { background: #fff8e1; border-left: 4px solid #b06000; padding: 0.5rem 0.75rem; }
    .error { background: #fce8e6; border-left: 4px solid #b3261e; padding: 0.5rem 0.75rem;
      color: #5f1410; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin-top: 1.5rem; }
    footer { color: #4a5260; font-size: 0.9rem; border-top: 1px solid #d5dbe3; margin-top: 2rem; }
    @media print {
      .banner, form, .actions, footer { display: none; }
      body { font-size: 11pt; }
      #result { margin: 0; }
    }

    """

  public static let script = """
    'use strict';
    (function () {
      var form = document.getElementById('ask');
      if (!form) { return; }
      var text = document.getElementById('text');
      var file = document.getElementById('file');

      function reveal(root) {
        root.querySelectorAll('.js-only').forEach(function (node) { node.hidden = false; });
      }

      function readFile(chosen) {
        if (!chosen) { return; }
        var reader = new FileReader();
        reader.onload = function () { text.value = String(reader.result); text.focus(); };
        reader.readAsText(chosen);
      }

      function wire(root) {
        var print = root.querySelector('#print');
        if (print) { print.addEventListener('click', function () { window.print(); }); }
        var copy = root.querySelector('#copy');
        var plain = root.querySelector('#plain');
        var status = root.querySelector('#copy-status');
        if (copy && plain) {
          copy.addEventListener('click', function () {
            var done = function () { if (status) { status.textContent = 'Copied.'; } };
            if (navigator.clipboard && navigator.clipboard.writeText) {
              navigator.clipboard.writeText(plain.textContent).then(done, function () {
                if (status) { status.textContent = 'Copying is not allowed here.'; }
              });
            }
          });
        }
      }

      reveal(document);
      wire(document);
      file.addEventListener('change', function () { readFile(file.files[0]); });
      text.addEventListener('dragover', function (event) {
        event.preventDefault();
        text.classList.add('drop');
      });
      text.addEventListener('dragleave', function () { text.classList.remove('drop'); });
      text.addEventListener('drop', function (event) {
        event.preventDefault();
        text.classList.remove('drop');
        if (event.dataTransfer && event.dataTransfer.files.length) {
          readFile(event.dataTransfer.files[0]);
        }
      });

      form.addEventListener('submit', function (event) {
        if (event.submitter && event.submitter.hasAttribute('formaction')) { return; }
        event.preventDefault();
        var button = document.getElementById('submit');
        button.disabled = true;
        fetch('/', {
          method: 'POST',
          headers: { 'Accept': 'text/html' },
          body: new URLSearchParams(new FormData(form))
        }).then(function (response) {
          return response.text();
        }).then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          var fresh = page.getElementById('result');
          if (!fresh) { throw new Error('no result in the answer'); }
          var old = document.getElementById('result');
          old.replaceWith(document.adoptNode(fresh));
          reveal(fresh);
          wire(fresh);
          var title = fresh.querySelector('#result-title') || fresh.querySelector('.error');
          if (title) { title.setAttribute('tabindex', '-1'); title.focus(); }
        }).catch(function () {
          form.submit();
        }).finally(function () {
          button.disabled = false;
        });
      });
    })();

    """
}
