// Diagrams are drawn once one comes near the screen: scroll to the last.
const all = document.querySelectorAll('pre.mermaid');
if (all.length) { all[all.length - 1].scrollIntoView(); }
