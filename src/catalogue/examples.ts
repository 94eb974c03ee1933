/**
 * Examples as written in rule files: an invalid example marks the words it expects in [brackets];
 * `\[`, `\]` and `\\` stand for themselves. The span is an offset range into the unmarked text.
 */
export interface MarkedExample {
  text: string;
  span?: [number, number];
}

export function unmarkExample(written: string): MarkedExample | { error: string; offset: number } {
  let text = '';
  let start: number | undefined;
  let span: [number, number] | undefined;
  for (let i = 0; i < written.length; i++) {
    const c = written[i]!;
    if (c === '\\' && /[[\]\\]/.test(written[i + 1] ?? '')) {
      text += written[++i];
    } else if (c === '[') {
      if (start !== undefined || span) return { error: 'an example marks one span: a second "[" (write \\[ for a literal bracket)', offset: i };
      start = text.length;
    } else if (c === ']') {
      if (start === undefined) return { error: 'a "]" without "[" (write \\] for a literal bracket)', offset: i };
      if (text.length === start) return { error: 'an empty span "[]"', offset: i };
      span = [start, text.length];
      start = undefined;
    } else text += c;
  }
  if (start !== undefined) return { error: 'a "[" without "]"', offset: written.length };
  return span ? { text, span } : { text };
}
