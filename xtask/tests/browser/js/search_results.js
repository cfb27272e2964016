return [...document.querySelectorAll('#mdbook-searchresults a')].map(a => a.href);
