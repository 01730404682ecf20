// examples/intranet.html: the token typed in the page's form goes to the widgets' `token`
// property and nowhere else (not the URL, not storage). Choosing a case in <opvang-cases>
// (its links are `#case=<id>`) shows that case in <opvang-case> next to it; `#new` shows the
// form that opens a case.
const cases = document.querySelector('opvang-cases');
const one = document.querySelector('opvang-case');
const report = document.querySelector('opvang-report');
const form = document.querySelector('#sign-in');
const status = document.querySelector('#signed-in');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = form.elements.namedItem('token');
  cases.token = input.value;
  one.token = input.value;
  report.token = input.value;
  input.value = '';
  status.textContent = 'Aangemeld voor deze pagina.';
});

function showSelected() {
  const match = /^#case=(.+)$/u.exec(location.hash);
  if (match) one.setAttribute('case-id', decodeURIComponent(match[1]));
  // Without a case id, <opvang-case> offers the form that opens a new case.
  else if (location.hash === '#new') one.removeAttribute('case-id');
}
addEventListener('hashchange', showSelected);
showSelected();
