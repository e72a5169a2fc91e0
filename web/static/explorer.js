// cscgraph explorer: small progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // SPARQL editor: Ctrl/Cmd+Enter runs the query; Tab indents instead of leaving the box.
  var query = document.getElementById("query");
  if (query && query.form) {
    query.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        query.form.submit();
      } else if (event.key === "Tab" && !event.shiftKey) {
        event.preventDefault();
        var start = query.selectionStart, end = query.selectionEnd;
        query.value = query.value.slice(0, start) + "  " + query.value.slice(end);
        query.selectionStart = query.selectionEnd = start + 2;
      }
    });
  }

  // Article pages: bring a highlighted passage into view even when the link had no #fragment.
  var mark = document.querySelector(".article-body mark.highlight");
  if (mark && !window.location.hash) {
    mark.scrollIntoView({block: "center"});
  }

  // Filter forms: changing a select submits it (the button stays for keyboard and no-JS use).
  Array.prototype.forEach.call(document.querySelectorAll("form.filters select"), function (select) {
    select.addEventListener("change", function () { select.form.submit(); });
  });
})();
