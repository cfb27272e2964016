// What a page loaded, what it drew wrong, where it links, what it names.
const broken = [...document.querySelectorAll('pre.mermaid')].filter(pre =>
  pre.querySelector('[aria-roledescription=error], .error-icon')
  || pre.textContent.includes('Syntax error in text'));
return {
  requests: performance.getEntriesByType('resource').map(e => e.name),
  // For each diagram Mermaid could not draw: its figure's id, and its text.
  errors: broken.map(pre => ({
    figure: pre.closest('figure') ? pre.closest('figure').id : '',
    text: pre.textContent.replace(/\s+/g, ' ').trim().slice(0, 200),
  })),
  links: [...document.querySelectorAll('a[href]')].map(a => a.href),
  ids: [...document.querySelectorAll('[id]')].map(e => e.id)
    .concat([...document.querySelectorAll('a[name]')].map(a => a.name)),
};
