/** The report's inline style and script: constants, never built from linted text. */
import { createHash } from 'node:crypto';
import type { Category } from '../types.js';

/** Per category: a letter and an underline style, so colour is never the only signal. */
export const categoryMarks: Record<Category, { letter: string; colour: string; line: string }> = {
  accounting: { letter: 'A', colour: '#ffd966', line: 'solid' },
  quantification: { letter: 'Q', colour: '#a9d1ff', line: 'double' },
  standardization: { letter: 'S', colour: '#b9e3a8', line: 'dashed' },
  centralization: { letter: 'C', colour: '#f7b8cb', line: 'dotted' },
  transition: { letter: 'T', colour: '#d6c8f5', line: 'wavy' },
};

const categoryCss = Object.entries(categoryMarks).map(([category, { colour, line }]) =>
  `.cat-${category}{--cat:${colour}}mark.cat-${category}{text-decoration-style:${line}}`).join('\n');

export const style = `
:root{color-scheme:light;--ink:#1d1d1f;--muted:#5a5a66;--rule:#d7d7de;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fbfbfc}
body{margin:0}
header,main,nav{max-width:78rem;margin:0 auto;padding:0 1.25rem}
h1{font-size:1.6rem;margin:1.2rem 0 .3rem}
h2{font-size:1.25rem;margin:0 0 .4rem;word-break:break-all}
.lede{color:var(--muted);margin:0 0 1rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.3rem}
.summary{display:flex;flex-wrap:wrap;gap:1rem 2.5rem;align-items:flex-start;border-bottom:1px solid var(--rule);padding-bottom:1rem}
.chart{margin:0}.chart figcaption{font-weight:600;margin-bottom:.2rem}
.chart svg{max-width:100%;height:auto;font-size:13px}
.chart rect{fill:var(--cat);stroke:#333;stroke-width:.5}
.legend{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;gap:.4rem 1rem}
table{border-collapse:collapse;font-size:.92rem}th,td{padding:.15rem .6rem;border-bottom:1px solid var(--rule);text-align:right}
th:first-child,td:first-child{text-align:left}
nav{padding-top:.8rem;padding-bottom:.8rem;border-bottom:1px solid var(--rule)}
fieldset{display:inline-block;border:1px solid var(--rule);border-radius:6px;margin:0 1rem .4rem 0;padding:.2rem .8rem}
legend{font-weight:600;padding:0 .3rem}
label{margin-right:.8rem;white-space:nowrap}
#shown{color:var(--muted);margin:.2rem 0 0}
.document{border-bottom:1px solid var(--rule);padding:1.2rem 0}
.document .counts{color:var(--muted);margin:0 0 .6rem}
.clean summary{cursor:pointer}
.clean summary h2{display:inline;font-size:1.1rem}
.clean ul{columns:2 20rem;margin:.6rem 0;padding-left:1.2rem}
.pane{display:grid;grid-template-columns:minmax(0,3fr) minmax(16rem,2fr);gap:1.5rem;align-items:start}
.source{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;font:15px/1.65 ui-monospace,"DejaVu Sans Mono",monospace;background:#fff;border:1px solid var(--rule);border-radius:6px;padding:1rem}
mark{background:var(--cat);color:inherit;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px;border-radius:2px}
/* A crossing finding is split into fragments; its label goes on the first one only. */
mark[id][data-label]::after{content:attr(data-label);font:600 .68em system-ui,sans-serif;vertical-align:super;margin-left:1px;color:#333}
mark:target,mark.focus{outline:3px solid #1a56db;outline-offset:1px}
mark.filtered{background:none;text-decoration:none}mark.filtered::after{content:none}
.notes{list-style:none;margin:0;padding:0;display:grid;gap:.7rem}
.note{background:#fff;border:1px solid var(--rule);border-left:6px solid var(--cat,#999);border-radius:6px;padding:.6rem .8rem;font-size:.92rem}
.note.filtered{display:none}
.note h3{font-size:.95rem;margin:0 0 .2rem}
.note .tag{display:inline-block;font-weight:700;min-width:2.2em}
.note .meta{color:var(--muted);margin:0 0 .3rem}
.note p{margin:.25rem 0}
.note blockquote{margin:.4rem 0 .2rem;padding:.2rem .7rem;border-left:3px solid var(--rule);font-style:italic}
.note .cite{color:var(--muted);font-size:.88rem;margin:0}
.fatal{--cat:#c62828}
.swatch{display:inline-block;width:2.4em;text-align:center;font-weight:700;border-bottom:2px #333}
${categoryCss}
.swatch{background:var(--cat)}
@media screen and (min-width:52rem){.notes{position:sticky;top:0;max-height:100vh;overflow:auto;padding-right:.3rem}}
.note.focus{outline:3px solid #1a56db}
@media (max-width:52rem){.pane{grid-template-columns:1fr}}
@media print{
  :root{background:#fff;font-size:11pt}
  nav,.skip,.backlink{display:none}
  header,main{max-width:none;padding:0}
  .pane{grid-template-columns:1fr}
  .source{border:none;padding:0}
  mark,.swatch,.chart rect{print-color-adjust:exact;-webkit-print-color-adjust:exact}
  .note,.chart,tr{break-inside:avoid}
  .document{break-before:page}
}
`;

/** Filters: shown only when scripts run, so the page reads in full without them. */
export const script = `
const form = document.getElementById('filters');
const shown = document.getElementById('shown');
const findings = document.querySelectorAll('[data-category][data-confidence]');
const apply = () => {
  const on = new Set([...form.querySelectorAll('input:checked')].map((input) => input.value));
  let count = 0;
  for (const element of findings) {
    const visible = on.has(element.dataset.category) && on.has(element.dataset.confidence);
    element.classList.toggle('filtered', !visible);
    if (visible && element.tagName === 'LI') count++;
  }
  shown.textContent = 'Showing ' + count + ' of ' + form.dataset.total + ' findings.';
};
// A click on highlighted words brings their note into view beside the text.
document.addEventListener('click', (event) => {
  const mark = event.target.closest && event.target.closest('mark[data-finding]');
  const note = mark && document.getElementById('note-' + mark.dataset.finding);
  if (!note) return;
  for (const old of document.querySelectorAll('.note.focus')) old.classList.remove('focus');
  note.classList.add('focus');
  note.scrollIntoView({ block: 'nearest' });
});
form.hidden = false;
form.addEventListener('change', apply);
apply();
`;

/** Content-Security-Policy: nothing loads from anywhere; only our own script runs. */
export const contentSecurityPolicy = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`;
