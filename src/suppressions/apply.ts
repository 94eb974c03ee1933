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

export function applyDirectives(messages: readonly LintMessage[], directives: readonly Directive[], reportUnused: SeverityName): Applied & { unused: GateMessage[] } {
  const used = new Map<Directive, Set<string>>();
  const markUsed = (d: Directive, key: string) => {
    if (!used.has(d)) used.set(d, new Set());
    used.get(d)!.add(key);
  };
  const blocks = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const lineDirectives = directives.filter((d) => d.kind === 'disable-next-line' || d.kind === 'disable-line');
  const out: Applied = { messages: [], suppressedMessages: [] };

  for (const message of messages) {
    const { ruleId } = message;
    if (!ruleId) {
      out.messages.push(message);
      continue;
    }
    const category = ruleById.get(ruleId)?.category ?? '';
    let hit: [Directive, string] | undefined;
    for (const d of lineDirectives) {
      const key = d.targetLine === message.line ? covers(d, ruleId, category) : undefined;
      if (key) {
        hit = [d, key];
        break;
      }
    }
    if (!hit) {
      const state = new BlockState();
      const offset = message.offset ?? Infinity;
      for (const d of blocks) if (d.start <= offset) state.apply(d);
      hit = state.disabling(ruleId, category);
    }
    if (!hit) {
      out.messages.push(message);
      continue;
    }
    markUsed(...hit);
    out.suppressedMessages.push({ ...message, suppressions: [{ kind: 'directive', justification: hit[0].justification }] });
  }

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
