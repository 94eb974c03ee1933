/**
 * Public types shared by the engine, the rules and every adapter (CLI, ESLint plugin, formatters).
 * The shape of `LintMessage`/`LintResult` follows ESLint's so that ESLint tooling can read our JSON.
 */

export type Category =
  | 'accounting'
  | 'quantification'
  | 'standardization'
  | 'centralization'
  | 'transition';

export type SeverityName = 'off' | 'warn' | 'error';
/** ESLint's numeric severities: 1 = warning, 2 = error. */
export type SeverityLevel = 1 | 2;
export type Confidence = 'high' | 'medium' | 'low';

/** Where a rule's judgement comes from: a section of the essay and verbatim passages from it. */
export interface Citation {
  /** Author and title of the work. */
  work: string;
  /** The essay's own section number, e.g. `§2.1` or `Conclusion`. */
  section: string;
  /** The section's title as printed. */
  title: string;
  /** One or more passages quoted verbatim (see TAXONOMY "Citation rules"). */
  passages: string[];
  /** Passages from other sections that ground the rule too. */
  also?: CitedSection[];
}

/** Passages of one more section of the same work. */
export interface CitedSection {
  section: string;
  title: string;
  passages: string[];
}

/** A pattern of the rule DSL (see src/engine/patterns.ts) with how much it proves. */
export interface PatternSpec {
  /** The pattern, e.g. `track|log|record ..3 @labour-time`. */
  match: string;
  /** How strong the evidence is when this pattern fires on its own. Default `medium`. */
  confidence?: Confidence;
  /** A short note on what this pattern catches; shown nowhere, read by maintainers. */
  note?: string;
  /** Restrict the pattern to prose or to code names. Default: both. */
  in?: 'prose' | 'code';
  /** Line of the pattern in its rule file (for --explain). */
  line?: number;
}

export interface RuleExample {
  /** The text to lint. */
  text: string;
  /** File kind to lint it as. Default `md`. */
  kind?: 'md' | 'txt' | 'ts' | 'json' | 'yaml';
  /** The expected finding's [start, end) offsets in `text`, marked [so] in the rule file. */
  span?: [number, number];
}

/** The one thing a rule file exports. */
export interface RuleDefinition {
  /** `category/rule`. */
  id: string;
  /** One line: what the rule flags. */
  description: string;
  /** Default severity. */
  severity: Exclude<SeverityName, 'off'>;
  /** Why the default severity is what it is (e.g. the audited precision that set it to `warn`); shown in the docs. */
  severityNote?: string;
  /** The message a finding shows; one sentence, our own words. */
  message: string;
  citation: Citation;
  /** Why the pattern restores value, in the project's own words (never a paraphrase passed off as a quote). */
  explanation: string;
  /** What fires the rule. */
  patterns: PatternSpec[];
  /**
   * Collocations where the trigger words mean something else ("central heating", "take into account").
   * A match that overlaps one of these is dropped. They describe word senses, not sentences.
   */
  otherSenses?: string[];
  /** A rewrite that keeps the plan's intent without the value logic, when an honest one exists. */
  suggestion?: string;
  examples: {
    /** Texts that must be flagged with this rule. */
    invalid: Array<string | RuleExample>;
    /** Near misses that must not be flagged with this rule. */
    valid: Array<string | RuleExample>;
  };
}

/** A compiled rule, as the engine uses it. */
export interface Rule extends RuleDefinition {
  category: Category;
  /** Rule name without the category. */
  name: string;
  /** Documentation page, relative to the repository root. */
  docsPath: string;
  /** Passage ids the citation is built from (sources/*.yml). */
  cites?: string[];
  /** The rule's YAML file, relative to its catalogue's root (bundled) or the config's folder (packs). */
  file?: string;
  /** The rule pack the rule comes from (its folder as written in the config); none for bundled rules. */
  pack?: string;
  /** Where the rule is documented when not in this repository's docs (a pack rule: its file). */
  url?: string;
}

/** One finding, as the engine reports it (before configuration turns it into a message). */
export interface Finding {
  ruleId: string;
  /** 1-based, inclusive start. */
  line: number;
  column: number;
  /** 1-based; endColumn is the column after the last character (ESLint convention). */
  endLine: number;
  endColumn: number;
  /** 0-based character offsets into the file's text: `text.slice(offset, endOffset)` is `actual`. */
  offset: number;
  endOffset: number;
  /** The words the rule matched, exactly as written. */
  actual: string;
  /** The sentence (or code element) the match sits in. */
  context: string;
  confidence: Confidence;
  /** The pattern that fired (as written in the rule file), and its line there. */
  pattern?: string;
  patternLine?: number;
}

/** ESLint-shaped message with our additions. */
export interface LintMessage {
  ruleId: string | null;
  severity: SeverityLevel;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  /** Our additions. */
  category?: Category;
  confidence?: Confidence;
  actual?: string;
  suggestion?: string;
  citation?: Citation;
  url?: string;
  offset?: number;
  endOffset?: number;
  /** With `explain`: the rule file and the pattern that fired (the span passed every context check). */
  explain?: { file?: string; line?: number; pattern?: string };
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  source?: string;
  /** Set when the prose is clearly not English (ISO 639-3): read as English, its result says little. */
  language?: string;
}
