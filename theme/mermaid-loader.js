// Loads Mermaid (src/assets/mermaid.min.js, 2.6 MB) only on pages that have
// a diagram, and only once a diagram comes near the screen (print.html, which
// is printed whole, draws them at once). Draws the diagrams in a dark Mermaid
// theme when the reader has chosen a dark mdBook theme. mdBook defines
// `path_to_root` on every page.
(() => {
    const diagrams = document.querySelectorAll("pre.mermaid");
    if (diagrams.length === 0) {
        return;
    }
    // print.html waits for this before it opens the print dialog.
    let drawn;
    window.bookDiagramsDrawn = new Promise((resolve) => {
        drawn = resolve;
    });
    const darkThemes = ["ayu", "navy", "coal"];
    const isDark = () =>
        darkThemes.some((t) => document.documentElement.classList.contains(t));
    const drawnDark = isDark();

    let loading = false;
    const load = () => {
        if (loading) {
            return;
        }
        loading = true;
        const script = document.createElement("script");
        script.src = path_to_root + "assets/mermaid.min.js";
        script.onload = () => {
            mermaid.initialize({
                startOnLoad: false,
                theme: drawnDark ? "dark" : "default",
            });
            mermaid.run({ nodes: diagrams }).finally(drawn);
        };
        document.head.appendChild(script);
    };

    if (/print\.html$/.test(window.location.pathname) || !("IntersectionObserver" in window)) {
        load();
    } else {
        const near = new IntersectionObserver(
            (entries) => {
                if (entries.some((e) => e.isIntersecting)) {
                    near.disconnect();
                    load();
                }
            },
            { rootMargin: "400px 0px" },
        );
        diagrams.forEach((d) => near.observe(d));
    }

    // Mermaid bakes colours into each SVG: redraw (by reloading) when the
    // reader switches between a light and a dark theme.
    new MutationObserver(() => {
        if (isDark() !== drawnDark) {
            window.location.reload();
        }
    }).observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
})();
