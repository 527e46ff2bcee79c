// Highlights the samples in the reader's browser with highlight.js (javascripts/vendor/, from
// site-assets/ by `make`), so the HTML the engines write, index for search and send carries no
// token markup: at 1,000 endpoints that markup was most of each page and of the build's time.
(function () {
  // A cURL sample is one command: show the command and its options, as Pygments did.
  const bash = hljs.getLanguage("bash");
  bash.keywords.built_in = [].concat(bash.keywords.built_in || [], ["curl"]);
  bash.contains.push({ scope: "params", match: /(?<=\s)--?[A-Za-z][\w-]*/ });
  document.querySelectorAll("pre > code[class*='language-']").forEach((code) => {
    hljs.highlightElement(code);
  });
})();
