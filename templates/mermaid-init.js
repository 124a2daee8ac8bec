// Draws the page's ```mermaid blocks with the theme's own copy of Mermaid (ADR 30). The layout loads
// this, and Mermaid before it, only on a page that has such a block; nothing is fetched from a CDN.
// "strict": Mermaid encodes the labels' HTML and binds no click callbacks, so a diagram's text can
// run no script. Mermaid refuses to let a diagram's own %%{init}%% directive change securityLevel.
(function () {
  "use strict";
  var mermaid = window.mermaid;
  var blocks = document.querySelectorAll("pre.mermaid");
  if (!mermaid || blocks.length === 0) {
    return;
  }
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    theme: "default",
    htmlLabels: false,
    flowchart: { htmlLabels: false }
  });
  // a block Mermaid cannot read shows Mermaid's own error drawing; the others are still drawn
  mermaid.run({ nodes: blocks, suppressErrors: true });
})();
