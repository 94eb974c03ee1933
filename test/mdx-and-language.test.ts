/**
 * Issue 18.9: MDX's ESM, expressions and JSX tags are not prose (the text inside elements is), its
 * directives are `{/* … *\/}` comments; and a plan clearly not in English is said to be so, once,
 * instead of passing as clean.
 */
import { describe, expect, it } from 'vitest';
import { diagnosticsOf } from '../src/lsp/diagnostics.js';
import { lintDocument } from '../src/linter.js';
import { nonEnglishLanguage } from '../src/engine/language.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { flagged, onlyTimeMeasurement, runCli, tempTree } from './fixtures/run-cli.js';

const rulesOf = (text: string, filePath: string) => lintDocument(text, { filePath }).messages.map((m) => [m.line, m.ruleId]);

describe('MDX', () => {
  it('does not read import/export blocks, expressions or tags as prose', () => {
    const text = [
      "import { Note } from './note.js'",
      `export const meta = { summary: '${flagged.hours}' }`,
      '',
      '<Note kind="wage">',
      'The garden opens at nine.',
      '</Note>',
      '',
      'Our {props.quota} stays open.',
      '',
    ].join('\n');
    expect(rulesOf(text, 'plan.mdx')).toEqual([]);
  });
  it('reads the prose inside elements and around expressions, at exact positions', () => {
    const text = `<Note>\n${flagged.hours}\n</Note>\n\nSee {props.x} then: ${flagged.clock}\n`;
    const messages = lintDocument(text, { filePath: 'plan.mdx' }).messages.filter((m) => m.ruleId === 'accounting/time-measurement');
    expect(messages.map((m) => [m.line, text.slice(m.offset, m.endOffset)])).toEqual([[2, 'logs their hours'], [5, 'clock in']]);
  });
  it('honours {/* valuelint-disable-next-line */} comments', () => {
    const text = `{/* valuelint-disable-next-line accounting -- quoted from the old rota */}\n${flagged.hours}\n\n${flagged.hours}\n`;
    const result = lintDocument(text, { filePath: 'plan.mdx' });
    expect(result.messages.map((m) => m.line)).toEqual([4]);
    expect(result.suppressedMessages.map((m) => m.line)).toEqual([2]);
  });
  it('gives a file that is not valid MDX its syntax error, and reads it as Markdown', () => {
    const messages = lintDocument(`${flagged.hours} Then <!-- a comment -->\n`, { filePath: 'plan.mdx' }).messages;
    expect(messages.map((m) => m.ruleId)).toContain('accounting/time-measurement');
    const fatal = messages.find((m) => m.fatal)!;
    expect(fatal.message).toMatch(/^Parsing error: .*\(read as Markdown\)$/);
    expect([fatal.line, fatal.column]).toEqual([1, flagged.hours.length + 8]);
  });
  it('reads a paragraph of a hundred thousand expressions without overflowing', () => {
    const text = `${'a {x} '.repeat(150_000)}\n\n${flagged.hours}\n`;
    expect(lintDocument(text, { filePath: 'plan.mdx' }).messages.map((m) => [m.line, m.ruleId])).toContainEqual([3, 'accounting/time-measurement']);
  });
  it('leaves .md files to Markdown, where JSX-looking text is prose', () => {
    expect(rulesOf(`<Note>\n\n${flagged.hours}\n\n</Note>\n`, 'plan.md').map(([, r]) => r)).toContain('accounting/time-measurement');
  });
});

const german = 'Die Mitglieder treffen sich jeden Dienstag im Gemeinschaftsraum, um gemeinsam zu kochen und die Vorräte zu teilen. Wer Zeit hat, kommt vorbei, und niemand muss sich vorher anmelden. Im Sommer legen wir zusammen einen Garten an, und im Herbst wird geerntet.';
const spanish = 'Las vecinas se reúnen cada martes en el local del barrio para cocinar juntas y repartir la comida. Quien tiene tiempo viene, y nadie tiene que apuntarse antes. En verano plantamos juntas un huerto detrás de la escuela, y en otoño cosechamos todas juntas.';

describe('prose that is not English', () => {
  it('is recognised, and English is not, however short or technical', () => {
    expect(nonEnglishLanguage(german)).toBe('deu');
    expect(nonEnglishLanguage(spanish)).toBe('spa');
    expect(nonEnglishLanguage(`${flagged.hours} ${flagged.clock} ${flagged.register}`.repeat(4))).toBeUndefined();
    expect(nonEnglishLanguage('Run `npm ci` and then `npm test`; see https://example.org/docs for the rest.')).toBeUndefined();
    expect(nonEnglishLanguage('Kurz.')).toBeUndefined();
  });
  it('is marked on the result of Markdown and text, not of code or data', () => {
    expect(lintDocument(german, { filePath: 'plan.md' }).language).toBe('deu');
    expect(lintDocument(german, { filePath: 'plan.txt' }).language).toBe('deu');
    expect(lintDocument(`# ${german}\nsize: 3\n`, { filePath: 'plan.yaml' }).language).toBeUndefined();
  });
  it('gets one note on standard error from the CLI, and the exit code is unchanged', async () => {
    const root = tempTree({ '.valuelintrc.json': onlyTimeMeasurement(), 'de.md': `${german}\n`, 'es.txt': `${spanish}\n`, 'en.md': `${flagged.hours}\n` });
    const out = await runCli(['de.md', 'es.txt', 'en.md'], root);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe('valuelint: note: de.md (deu), es.txt (spa) are not in English; plans are read as English, so no findings there means little.\n');
    expect((await runCli(['de.md'], root)).code).toBe(0);
  });
  it('is an information diagnostic in the editor', () => {
    const document = TextDocument.create('file:///de.md', 'markdown', 1, german);
    const [note] = diagnosticsOf(document, lintDocument(german, { filePath: 'de.md' }));
    expect(note).toMatchObject({ severity: 3, source: 'valuelint', message: expect.stringContaining('not in English (deu)') });
  });
});
