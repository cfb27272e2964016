// [the toggle's tag, whether the sidebar is open, the toggle's aria-expanded].
const t = document.getElementById('mdbook-sidebar-toggle');
return [t.tagName,
        document.documentElement.classList.contains('sidebar-visible'),
        t.getAttribute('aria-expanded')];
