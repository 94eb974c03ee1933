/**
 * Apply inline directives to one file's messages: suppressed ones move to `suppressedMessages`
 * with `suppressions: [{kind: 'directive', justification}]` (ESLint's shape), and directives that
 * suppressed nothing can be reported (ruleId null, ESLint's wording).
 */
import { ruleById } from '../registry.js';
import type { LintMessage, SeverityName } from '../types.js';
import type { Directive } from './directives.js';

export interface Suppression {
  kind: 'directive' | 'baseline';
  justification: string;
}

/** A message as the CI gate carries it: ESLint's suppressions, and a stable fingerprint. */
export interface GateMessage extends LintMessage {
  suppressions?: Suppression[];
  fingerprint?: string;
}

export interface Applied {
  messages: GateMessage[];
  suppressedMessages: GateMessage[];
}

/** Block directives in force at each offset, replayed in order. */
class BlockState {
  private all: Directive | undefined;
  private readonly exceptions = new Set<string>();
  private readonly byId = new Map<string, Directive>();

  apply(directive: Directive): void {
    if (directive.kind === 'disable') {
      if (directive.ids.length === 0) {
        this.all = directive;
        this.exceptions.clear();
      }
      for (const id of directive.ids) {
        this.byId.set(id, directive);
        this.exceptions.delete(id);
      }
    } else if (directive.kind === 'enable') {
      if (directive.ids.length === 0) {
        this.all = undefined;
        this.byId.clear();
        this.exceptions.clear();
      }
      for (const id of directive.ids) {
        for (const key of [...this.byId.keys()]) if (key === id || ruleById.get(key)?.category === id) this.byId.delete(key);
        if (this.all) this.exceptions.add(id);
      }
    }
  }

  /** The directive and the id in it that disables a rule here, if any. */
  disabling(ruleId: string, category: string): [Directive, string] | undefined {
    for (const key of [ruleId, category]) {
      const d = this.byId.get(key);
      if (d) return [d, key];
    }
    if (this.all && !this.exceptions.has(ruleId) && !this.exceptions.has(category)) return [this.all, '*'];
    return undefined;
  }
}

function covers(directive: Directive, ruleId: string, category: string): string | undefined {
  if (directive.ids.length === 0) return '*';
  return directive.ids.find((id) => id === ruleId || id === category);
}

/**
 * Line directives by the line they cover, then by the id they name ('*' for none): the first
 * directive in file order covering a rule or category there, found without scanning the others.
 */
class LineDirectives {
  private readonly byLine = new Map<number, Map<string, Directive>>();
  private readonly order = new Map<Directive, number>();

  constructor(directives: readonly Directive[]) {
    directives.forEach((d, i) => {
      this.order.set(d, i);
      let ids = this.byLine.get(d.targetLine);
      if (!ids) this.byLine.set(d.targetLine, (ids = new Map()));
      for (const id of d.ids.length === 0 ? ['*'] : d.ids) if (!ids.has(id)) ids.set(id, d);
    });
  }

  /** The first directive covering the rule on `line`, and the id in it that does. */
  covering(line: number, ruleId: string, category: string): [Directive, string] | undefined {
    const ids = this.byLine.get(line);
    if (!ids) return undefined;
    let first: Directive | undefined;
    for (const id of [ruleId, category, '*']) {
      const d = ids.get(id);
      if (d && (!first || this.order.get(d)! < this.order.get(first)!)) first = d;
    }
    return first && [first, covers(first, ruleId, category)!];
  }
}

/**
 * Suppress messages by directive. One sweep: messages in offset order meet the block directives
 * in file order, each applied once, so the work is (directives + messages) × log, not their product.
 */
export function applyDirectives(messages: readonly LintMessage[], directives: readonly Directive[], reportUnused: SeverityName): Applied & { unused: GateMessage[] } {
  const used = new Map<Directive, Set<string>>();
  const markUsed = (d: Directive, key: string) => {
    if (!used.has(d)) used.set(d, new Set());
    used.get(d)!.add(key);
  };
  // Stable sorts: directives in file order, messages by offset (none: after every directive).
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.start - b.start);
  const lines = new LineDirectives(directives.filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line'));
  const offsetOf = (m: LintMessage) => m.offset ?? Infinity;
  const byOffset = messages.map((m, i) => i).sort((a, b) => offsetOf(messages[a]!) - offsetOf(messages[b]!));
  const hits = new Array<[Directive, string] | undefined>(messages.length);
  const state = new BlockState();
  let applied = 0;
  for (const i of byOffset) {
    const message = messages[i]!;
    if (!message.ruleId) continue;
    const category = ruleById.get(message.ruleId)?.category ?? '';
    const offset = offsetOf(message);
    while (applied < blocks.length && blocks[applied]!.start <= offset) state.apply(blocks[applied++]!);
    hits[i] = lines.covering(message.line, message.ruleId, category) ?? state.disabling(message.ruleId, category);
  }

  const out: Applied = { messages: [], suppressedMessages: [] };
  messages.forEach((message, i) => {
    const hit = hits[i];
    if (!hit) {
      out.messages.push(message);
      return;
    }
    markUsed(...hit);
    out.suppressedMessages.push({ ...message, suppressions: [{ kind: 'directive', justification: hit[0].justification }] });
  });

  const unused: GateMessage[] = [];
  if (reportUnused !== 'off') {
    for (const d of directives) {
      if (d.kind === 'enable') continue;
      const keys = used.get(d);
      const idle = d.ids.length === 0 ? (keys ? [] : ['*']) : d.ids.filter((id) => !keys?.has(id));
      if (idle.length === 0) continue;
      const from = idle[0] === '*' ? '' : ` from ${idle.map((id) => `'${id}'`).join(' or ')}`;
      unused.push({
        ruleId: null,
        severity: reportUnused === 'error' ? 2 : 1,
        message: `Unused valuelint-disable directive (no problems were reported${from}).`,
        line: d.line,
        column: d.column,
        offset: d.start,
        endOffset: d.end,
      });
    }
  }
  return { ...out, unused };
}
