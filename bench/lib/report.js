/** The bench's summary as Markdown tables (so it can be pasted into docs/benchmarks.md as printed). */

const fixed = (value, digits = 2) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
const percent = (value) => (value === undefined ? '–' : `${value >= 0 ? '+' : ''}${(value * 100).toFixed(0)} %`);

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

function corpusRows(corpora) {
  const rows = [];
  for (const corpus of corpora) {
    for (const [id, t] of Object.entries(corpus.tools)) {
      const name = `${corpus.name} (${corpus.files} files, ${fixed(corpus.mb)} MB)`;
      if (t.problem) rows.push([name, id, t.problem, '', '', '', '', '']);
      else rows.push([name, id, fixed(t.wall), fixed(t.cpu), fixed(t.mbPerSec), fixed(t.rssMb, 0), fixed(t.ratioWall), fixed(t.ratioCpu)]);
    }
  }
  return rows;
}

export function printSummary(results, print) {
  print('');
  print(`valuelint ${results.valuelint.commit ?? ''} (${results.valuelint.rules} rules), ${results.machine.cpus} CPUs, Node ${results.machine.node}, ` +
    `load ${results.machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}; median of ${results.runs}${results.quick ? ', --quick subset' : ''}; ` +
    `keyword lexicon ${results.lexicon.phrases} phrases`);
  for (const problem of results.problems) print(problem);
  print('');
  for (const line of table(
    ['corpus', 'tool', 'wall s', 'CPU s', 'MB/s', 'peak RSS MiB', 'valuelint/peer wall', 'valuelint/peer CPU'],
    corpusRows(results.corpora),
  )) print(line);

  if (results.scaling) {
    print('');
    print('Scaling (valuelint, RFC corpus; flat = time per MB within 25 % of 1x, judged on CPU time):');
    print('');
    for (const line of table(
      ['input', 'files', 'MB', 'wall s', 'CPU s', 'wall s/MB', 'CPU s/MB', 'vs 1x (CPU)', 'peak RSS MiB', 'flat'],
      results.scaling.map((s) => (s.problem
        ? [s.id, String(s.files), fixed(s.mb), s.problem, '', '', '', '', '', 'NO']
        : [s.id, String(s.files), fixed(s.mb), fixed(s.wall), fixed(s.cpu), fixed(s.perMb.wall, 3), fixed(s.perMb.cpu, 3), percent(s.growth.cpu ?? s.growth.wall), fixed(s.rssMb, 0), s.flat ? 'yes' : 'NO'])),
    )) print(line);
  }

  print('');
  const cache = results.cache;
  if (!cache.available) print('Cache: valuelint --help does not mention --cache; not measured.');
  else if (cache.problem) print(`Cache: failed (${cache.problem}).`);
  else print(`Cache: cold ${fixed(cache.cold.wall)} s, cached re-run ${fixed(cache.cached.wall)} s: ${fixed(cache.ratio * 100, 1)} % of cold (target ≤ 10 %).`);
  const conc = results.concurrency;
  if (!conc.available) print('Concurrency: valuelint --help does not mention --concurrency; not measured.');
  else if (conc.ratio === undefined) print(`Concurrency: failed (${conc.serial.problem ?? conc.auto.problem}).`);
  else print(`Concurrency: serial ${fixed(conc.serial.wall)} s, --concurrency auto ${fixed(conc.auto.wall)} s (${fixed(conc.ratio * 100, 0)} % of serial).`);
  const whole = results.wholeCorpus;
  if (whole.skipped) print(`Whole corpus peak RSS: ${whole.skipped}.`);
  else if (whole.problem) print(`Whole corpus peak RSS: failed (${whole.problem}).`);
  else print(`Whole corpus (../shared/corpus/): ${fixed(whole.wall)} s, peak RSS ${fixed(whole.rssMb, 0)} MiB (limit ${whole.limitMb} MiB: ${whole.underLimit ? 'under' : 'OVER'}).`);
  if (results.linearity) {
    const { rows, limit } = results.linearity;
    const worst = rows.reduce((a, b) => (b.largeMs >= 100 && b.ratio > a.ratio ? b : a), { ratio: 0 });
    const superLinear = rows.filter((r) => !r.linear);
    print(`Adversarial inputs (${rows.length}, each at two sizes): ${superLinear.length === 0 ? 'all linear' : `SUPER-LINEAR: ${superLinear.map((r) => `${r.input} (${r.file}) ×${fixed(r.ratio)}`).join(', ')}`}` +
      (worst.input ? `; largest time ratio for double the input ${fixed(worst.ratio)} (${worst.input}, ${worst.file}; limit ${limit}).` : '.'));
  }
}
