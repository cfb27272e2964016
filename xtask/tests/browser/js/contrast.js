// For every text label of every diagram: its colour, the colour behind it,
// and their WCAG contrast ratio, worst first.
const rgb = (s) => {
  const m = /rgba?\(([^)]+)\)/.exec(s || '');
  if (!m) return null;
  const p = m[1].split(',').map(Number);
  return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
};
const lum = (c) => {
  const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
};
const ratio = (a, b) => {
  const [x, y] = [lum(a), lum(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};
const opaque = (c) => c && c.a > 0.5;
const behind = (el) => {
  for (let e = el.parentElement; e; e = e.parentElement) {
    if (e.tagName.toLowerCase() === 'foreignobject') break;
    const bg = rgb(getComputedStyle(e).backgroundColor);
    if (opaque(bg)) return bg;
  }
  const group = el.closest('g.node, g.cluster');
  if (group) {
    const shape = group.querySelector(':scope > rect, :scope > polygon, :scope > path, :scope > circle');
    const fill = shape && rgb(getComputedStyle(shape).fill);
    if (opaque(fill)) return fill;
  }
  for (let e = el.closest('svg'); e; e = e.parentElement) {
    const bg = rgb(getComputedStyle(e).backgroundColor);
    if (opaque(bg)) return bg;
  }
  return { r: 255, g: 255, b: 255, a: 1 };
};
const out = [];
for (const el of document.querySelectorAll('pre.mermaid svg span, pre.mermaid svg text')) {
  if (!el.textContent.trim() || el.querySelector('span')) continue;
  const style = getComputedStyle(el);
  const fg = el.tagName.toLowerCase() === 'text' ? rgb(style.fill) : rgb(style.color);
  if (!fg) continue;
  const bg = behind(el);
  out.push([ratio(fg, bg), el.textContent.trim().slice(0, 40), style.color, `rgb(${bg.r}, ${bg.g}, ${bg.b})`]);
}
out.sort((a, b) => a[0] - b[0]);
return out;
