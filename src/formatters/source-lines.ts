/**
 * The lines of a linted text, numbered as findings are (src/engine/positions.ts: LF, CRLF and CR
 * end a line; a byte-order mark is not part of line 1), for formats that quote the text.
 */
export class SourceLines {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) starts.push(i + 1);
      else if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get count(): number {
    return this.starts.length;
  }

  /** Lines `first` to `last` (1-based, inclusive, clamped to the text), with their line breaks between them. */
  slice(first: number, last: number): string {
    const from = this.starts[Math.max(1, first) - 1];
    if (from === undefined) return '';
    const next = this.starts[Math.min(last, this.count)];
    let to = next ?? this.text.length;
    // Leave out the last line's own break.
    if (next !== undefined) to -= this.text.charCodeAt(to - 1) === 10 && this.text.charCodeAt(to - 2) === 13 ? 2 : 1;
    return this.text.slice(from, to);
  }
}
