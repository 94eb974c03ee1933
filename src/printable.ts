/**
 * Text from linted files, configs, caches and baselines reaches terminals and CI logs (file names,
 * matched words, directive names, config keys, parse errors). A control character there can move
 * the cursor, rewrite a line (CR, ESC sequences), start a new log line that a CI runner reads as a
 * workflow command (`::error …`, `::stop-commands::`), or reorder what is shown (bidi controls).
 * Every human-readable output passes its untrusted parts through `printable`: C0 and C1 controls,
 * DEL, the line and paragraph separators and the bidi controls become visible escapes (`\x1b`,
 * `\u202e`), so the text stays on its line and reads as what it is. No library does exactly this
 * set (strip-ansi removes only escape sequences and keeps CR/LF), hence these few lines.
 */

// C0 (incl. tab, CR, LF), DEL, C1, U+061C, U+200E-U+200F, U+2028-U+202E, U+2066-U+2069.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(char: string): string {
  const code = char.charCodeAt(0);
  return named[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** The text with every control and bidi character replaced by a visible escape: one line, shown as it is. */
export function printable(text: string): string {
  return text.replace(unsafe, escape);
}

/** A line meant for a log (ends with one newline): everything before the newline made printable. */
export function printableLine(text: string): string {
  const ending = text.endsWith('\n') ? '\n' : '';
  return printable(ending ? text.slice(0, -1) : text) + ending;
}
