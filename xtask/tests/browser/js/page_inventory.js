// What a page loaded, what it drew wrong, where it links, what it names.
return {
  requests: performance.getEntriesByType('resource').map(e => e.name),
  errors: document.querySelectorAll(
    'pre.mermaid [aria-roledescription=error], pre.mermaid .error-icon').length
    + (document.body.innerText.includes('Syntax error in text') ? 1 : 0),
  links: [...document.querySelectorAll('a[href]')].map(a => a.href),
  ids: [...document.querySelectorAll('[id]')].map(e => e.id)
    .concat([...document.querySelectorAll('a[name]')].map(a => a.name)),
};
