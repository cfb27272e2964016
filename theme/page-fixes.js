// Changes to mdBook's page made by script rather than in our copy of its
// index.hbs (theme/upstream.diff lists what the copy still changes):
// - the menu bar is the banner landmark;
// - the sidebar toggle is a <button> (theme/index.hbs), not mdBook's <label
//   for=...> on which aria-expanded is not allowed: a click flips mdBook's
//   hidden checkbox after book.js's own click handler ran, which is when
//   the label's default action used to;
// - a code block that scrolls sideways can be focused (tabindex), so that
//   the keyboard can scroll it;
// - print.html, which mdBook's own script prints 100 ms after it loads,
//   opens the print dialog only once the diagrams are drawn (the promise
//   of mermaid-loader.js), and not at all under `cargo xtask pdf`
//   (print.html?pdf), which prints the page itself.
(() => {
    document.getElementById("mdbook-menu-bar").setAttribute("role", "banner");

    const checkbox = document.getElementById("mdbook-sidebar-toggle-anchor");
    document.getElementById("mdbook-sidebar-toggle").addEventListener("click", () => {
        window.setTimeout(() => checkbox.click(), 0);
    });

    const focusableScrolling = () => {
        document.querySelectorAll("pre > code").forEach((code) => {
            if (code.scrollWidth > code.clientWidth) {
                code.setAttribute("tabindex", "0");
            } else {
                code.removeAttribute("tabindex");
            }
        });
    };
    window.addEventListener("load", focusableScrolling);
    window.addEventListener("resize", focusableScrolling);

    if (window.location.pathname.endsWith("/print.html")) {
        const print = window.print.bind(window);
        window.print = () => {
            if (new URLSearchParams(window.location.search).has("pdf")) {
                return;
            }
            Promise.resolve(window.bookDiagramsDrawn).then(print);
        };
    }
})();
