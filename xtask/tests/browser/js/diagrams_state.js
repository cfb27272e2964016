// [Mermaid blocks on the page, how many of them hold an SVG].
const pres = document.querySelectorAll('pre.mermaid');
const done = [...pres].filter(p => p.querySelector('svg')).length;
return [pres.length, done];
