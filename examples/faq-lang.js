// The language buttons of faq.html: the widgets follow the page's lang at run time.
// A separate file, since the examples run under script-src 'self' (no inline scripts).
for (const lang of ['nl', 'fr', 'de', 'en']) {
  document
    .getElementById(`lang-${lang}`)
    ?.addEventListener('click', () => document.documentElement.setAttribute('lang', lang));
}
