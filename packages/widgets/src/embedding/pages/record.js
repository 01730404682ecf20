// Loaded first on every embedding page (a same-origin classic script, allowed by the CSP):
// records what the test must check afterwards, since inline scripts are blocked here.
(function () {
  var record = { violations: [], errors: [], warnings: [] };
  window.__embedding = record;
  document.addEventListener('securitypolicyviolation', function (event) {
    record.violations.push(
      event.violatedDirective +
        ' blocked ' +
        (event.blockedURI || 'inline') +
        ' in ' +
        event.sourceFile +
        ':' +
        event.lineNumber,
    );
  });
  window.addEventListener('error', function (event) {
    record.errors.push(String(event.message));
  });
  window.addEventListener('unhandledrejection', function (event) {
    record.errors.push(String(event.reason));
  });
  var warn = console.warn;
  console.warn = function () {
    record.warnings.push(Array.prototype.join.call(arguments, ' '));
    return warn.apply(console, arguments);
  };
  var error = console.error;
  console.error = function () {
    record.errors.push(Array.prototype.join.call(arguments, ' '));
    return error.apply(console, arguments);
  };
})();
