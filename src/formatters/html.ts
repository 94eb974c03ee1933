/**
 * The HTML report: one self-contained page (no network; inline CSS, an inline script allowed by
 * its hash) for an assembly reading a plan together. Each document is shown as its own text,
 * escaped, with every finding's words in a <mark> of its category and a margin note giving the
 * rule, why it matters and the essay's passage. A summary (inline SVG charts, per-file counts)
 * comes first; filters by category and confidence need scripts, and the page reads fully without.
 */
import { citedSections, categories } from '../rule.js';
import { allRules } from '../registry.js';
import type { Category, Confidence, LintMessage, LintResult, Rule } from '../types.js';
import { categoryMarks, contentSecurityPolicy, script, style } from './html-assets.js';
import { barChart } from './html-chart.js';
import { escapeHtml, slug } from './html-escape.js';
import { markedText, type MarkSpan } from './html-marks.js';
import { relativePath } from './paths.js';
import type { FormatContext } from './stylish.js';

const confidences: readonly Confidence[] = ['high', 'medium', 'low'];

/** A message with the page ids it is shown under. */
interface Shown {
  message: LintMessage;
  id: string;
  label: string;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function isFinding(m: LintMessage): m is LintMessage & { category: Category; confidence: Confidence } {
  return m.category !== undefined && m.confidence !== undefined && m.ruleId !== null;
}

function hasOffsets(m: LintMessage, source: string | undefined): boolean {
  return source !== undefined && m.offset !== undefined && m.endOffset !== undefined && m.endOffset > m.offset && m.endOffset <= source.length;
}

function findingAttributes(m: LintMessage, label: string): Record<string, string> {
  return {
    class: `cat-${m.category}`,
    'data-rule': m.ruleId ?? '',
    'data-category': m.category ?? '',
    'data-confidence': m.confidence ?? '',
    'data-label': label,
    title: `${label} ${m.ruleId} (${m.category}, ${m.confidence} confidence)`,
  };
}

function citationHtml(rule: Rule): string {
  return citedSections(rule).map(({ section, title, passages }) =>
    passages.map((p) => `<blockquote>${escapeHtml(p)}</blockquote>`).join('')
    + `<p class="cite">— ${escapeHtml(rule.citation.work)}, ${escapeHtml(section)} ${escapeHtml(title)}</p>`).join('');
}

function noteHtml({ message: m, id, label }: Shown, rules: ReadonlyMap<string, Rule>, marked: boolean): string {
  const level = m.fatal || m.severity === 2 ? 'error' : 'warning';
  if (!isFinding(m)) {
    return `<li class="note fatal" id="note-${id}"><h3><span class="tag">!</span> ${level} at ${m.line}:${m.column}</h3><p>${escapeHtml(m.message)}</p></li>`;
  }
  const rule = m.ruleId ? rules.get(m.ruleId) : undefined;
  const where = marked ? `<a class="backlink" href="#${id}">line ${m.line}:${m.column}</a>` : `line ${m.line}:${m.column}`;
  return `<li class="note cat-${m.category}" id="note-${id}" data-category="${escapeHtml(m.category)}" data-confidence="${escapeHtml(m.confidence)}">`
    + `<h3><span class="tag">${escapeHtml(label)}</span> ${escapeHtml(m.ruleId ?? '')}</h3>`
    + `<p class="meta">${escapeHtml(m.category)} · ${level} · ${escapeHtml(m.confidence)} confidence · ${where}</p>`
    + `<p>${escapeHtml(m.message)}</p>`
    + (rule ? `<p>${escapeHtml(rule.explanation)}</p>` : '')
    + (m.suggestion ? `<p><strong>Instead:</strong> ${escapeHtml(m.suggestion)}</p>` : '')
    + (rule ? citationHtml(rule) : '')
    + (m.url ? `<p class="cite"><a href="${escapeHtml(m.url)}">About this rule</a></p>` : '')
    + '</li>';
}

function documentHtml(result: LintResult, index: number, context: FormatContext, rules: ReadonlyMap<string, Rule>): string {
  const name = relativePath(context.cwd, result.filePath);
  const headingId = `doc-${index + 1}`;
  const counters = new Map<Category, number>();
  const shown: Shown[] = result.messages.map((message, i) => {
    const id = `f${index + 1}-${i + 1}`;
    if (!isFinding(message)) return { message, id, label: '!' };
    const n = (counters.get(message.category) ?? 0) + 1;
    counters.set(message.category, n);
    return { message, id, label: `${categoryMarks[message.category].letter}${n}` };
  });
  const source = result.source;
  const spans: MarkSpan[] = shown.filter((s) => isFinding(s.message) && hasOffsets(s.message, source))
    .map((s) => ({ id: s.id, offset: s.message.offset!, endOffset: s.message.endOffset!, attributes: findingAttributes(s.message, s.label) }));
  const marked = new Set(spans.map((s) => s.id));
  const counts = `<p class="counts">${plural(result.messages.length, 'finding')} (${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')})</p>`;
  const text = source === undefined ? '<p>The text of this file is not part of the report.</p>'
    : `<pre class="source" aria-label="Text of ${escapeHtml(name)}">${markedText(source, spans)}</pre>`;
  // Only files with findings get a section (see cleanFilesHtml).
  const body = `<div class="pane">${text}<ol class="notes" aria-label="Findings in ${escapeHtml(name)}">${shown.map((s) => noteHtml(s, rules, marked.has(s.id))).join('')}</ol></div>`;
  return `<section class="document" aria-labelledby="${headingId}"><h2 id="${headingId}">${escapeHtml(name)}</h2>${counts}${body}</section>`;
}

function summaryHtml(byCount: ReturnType<typeof byFindings>, context: FormatContext, findings: ReadonlyArray<LintMessage & { category: Category }>): string {
  const perCategory = categories.map((category) => ({ label: category, count: findings.filter((m) => m.category === category).length, className: `cat-${category}` }));
  const ruleIds = [...new Set(findings.map((m) => m.ruleId!))].sort();
  const perRule = ruleIds.map((ruleId) => {
    const ofRule = findings.filter((m) => m.ruleId === ruleId);
    return { label: ruleId, count: ofRule.length, className: `cat-${ofRule[0]!.category}` };
  }).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  const legend = categories.map((c) => `<li><span class="swatch cat-${c}">${categoryMarks[c].letter}</span> ${c} (${categoryMarks[c].line} underline)</li>`).join('');
  const { withFindings, clean } = byCount;
  const rows = withFindings.map(({ result: r, index }) => {
    const cells = categories.map((c) => `<td>${r.messages.filter((m) => m.category === c).length}</td>`).join('');
    return `<tr><td><a href="#doc-${index + 1}">${escapeHtml(relativePath(context.cwd, r.filePath))}</a></td>${cells}<td>${r.messages.length}</td></tr>`;
  }).join('')
    + (clean.length > 0 ? `<tr><td><a href="#clean">${plural(clean.length, 'file')} without findings</a></td>${categories.map(() => '<td>0</td>').join('')}<td>0</td></tr>` : '');
  const head = categories.map((c) => `<th scope="col"><abbr title="${c}">${categoryMarks[c].letter}</abbr></th>`).join('');
  return `<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading" class="skip">Summary</h2>`
    + `<div><p>Categories and their marks:</p><ul class="legend">${legend}</ul>${barChart('Findings per category', perCategory)}</div>`
    + `${barChart('Findings per rule', perRule)}`
    + `<table><caption>Findings per file, most first</caption><thead><tr><th scope="col">File</th>${head}<th scope="col">All</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

interface Numbered {
  result: LintResult;
  /** Its place among the results: its section is doc-(index + 1) whatever the order shown. */
  index: number;
}

/**
 * Files with findings, most first (by number, then by path), and the files without any. A report
 * of hundreds of files is mostly clean files: they are listed once, collapsed, instead of each
 * getting a section, so the page stays as long as its findings.
 */
function byFindings(results: readonly LintResult[]): { withFindings: Numbered[]; clean: Numbered[] } {
  const numbered = results.map((result, index) => ({ result, index }));
  const withFindings = numbered.filter((n) => n.result.messages.length > 0)
    .sort((a, b) => b.result.messages.length - a.result.messages.length || a.result.filePath.localeCompare(b.result.filePath));
  return { withFindings, clean: numbered.filter((n) => n.result.messages.length === 0) };
}

function cleanFilesHtml(clean: readonly Numbered[], context: FormatContext): string {
  if (clean.length === 0) return '';
  const names = clean.map(({ result, index }) => `<li id="doc-${index + 1}">${escapeHtml(relativePath(context.cwd, result.filePath))}</li>`).join('');
  return `<section class="document clean" id="clean" aria-labelledby="clean-heading"><details><summary><h2 id="clean-heading">${plural(clean.length, 'file')} without findings</h2></summary><ul>${names}</ul></details></section>`;
}

function filtersHtml(total: number): string {
  const box = (value: string) => `<label><input type="checkbox" value="${value}" checked> ${value}</label>`;
  return `<form id="filters" hidden data-total="${total}" aria-label="Filter findings">`
    + `<fieldset><legend>Category</legend>${categories.map(box).join('')}</fieldset>`
    + `<fieldset><legend>Confidence</legend>${confidences.map(box).join('')}</fieldset>`
    + '<p id="shown" role="status"></p></form>';
}

export function formatHtml(results: readonly LintResult[], context: FormatContext): string {
  const rules = new Map((context.rules ?? allRules).map((r) => [r.id, r]));
  const findings = results.flatMap((r) => r.messages.filter(isFinding));
  const problems = results.reduce((n, r) => n + r.messages.length, 0);
  const tool = `valuelint${context.toolVersion ? ` ${escapeHtml(context.toolVersion)}` : ''}`;
  const byCount = byFindings(results);
  const { withFindings, clean } = byCount;
  const toc = withFindings.map(({ result: r, index }) => `<li><a href="#doc-${index + 1}">${escapeHtml(relativePath(context.cwd, r.filePath))}</a> (${r.messages.length})</li>`).join('')
    + (clean.length > 0 ? `<li><a href="#clean">${plural(clean.length, 'file')} without findings</a></li>` : '');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="generator" content="${tool}">
<title>Value logic report (${plural(problems, 'finding')})</title>
<style>${style}</style>
</head>
<body>
<a class="skip" href="#documents">Skip to the documents</a>
<header>
<h1>Value logic report</h1>
<p class="lede">${plural(problems, 'finding')} in ${plural(results.length, 'file')}, by ${tool}. Each marked passage names a rule; its note explains why and quotes the essay it rests on.</p>
${summaryHtml(byCount, context, findings)}
</header>
<nav aria-label="Files and filters">
${filtersHtml(findings.length)}
<details><summary>Files</summary><ol>${toc}</ol></details>
</nav>
<main id="documents">
${results.map((r, i) => (r.messages.length > 0 ? documentHtml(r, i, context, rules) : '')).filter(Boolean).join('\n')}
${cleanFilesHtml(clean, context)}
</main>
<script>${script}</script>
</body>
</html>
`;
}
