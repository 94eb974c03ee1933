/**
 * Code front-end: TypeScript and JavaScript plans (`plan.config.ts`, helper scripts) read through
 * the TypeScript compiler API. The file is parsed, never imported, required or evaluated.
 *
 * Segments it makes (all with exact file offsets):
 * - a declared name (variable, parameter, property, function, type, enum member…) split into
 *   words, followed by the words of its annotated type and of a literal value it is given
 *   (`dailyQuota: 400` → daily Quota 400; `authority: 'central-committee'` → authority central committee);
 * - computations as tagged segments: `#rate` (divided by time or people), `#per-member-sum`
 *   (a total kept per person), `#multiply` (two named quantities multiplied); an object fixing
 *   people to posts tags its owner's name `#assignment-map`;
 * - prose: comments, JSX text and strings that read as sentences go through the plain-text front-end.
 * Module specifiers (`import … from 'standard'`, `require('x')`) are neither names nor prose.
 */
import type * as ts from 'typescript';
import { typeScript } from './typescript.js';
import { makeSegment, makeToken, type Segment, type Token } from '../engine/tokens.js';
import { programFor, typeNamesOf } from './code-project.js';
import { isAssignmentMap, namesPeople, namesTime, type EntryValue } from './code-structure.js';
import { cookString, isProse, proseSegments, separator, splitName, uncooked, valueTokens, type CookedText } from './code-words.js';
import { deepNestingOffset, firstTooDeep, maxNesting, tooDeep } from './nesting.js';
import type { FrontEndResult } from './index.js';
import { scriptKindNames } from './kinds.js';
import { isToolComment } from './tool-comments.js';

/** Generic library types whose names say nothing about a plan. */
const libraryTypeNames = new Set([
  'Array', 'ReadonlyArray', 'Map', 'ReadonlyMap', 'Set', 'ReadonlySet', 'Record', 'Partial', 'Required',
  'Readonly', 'Pick', 'Omit', 'Promise', 'Date', 'ReturnType', 'Parameters', 'Awaited', 'NonNullable',
  'Exclude', 'Extract', 'InstanceType', 'WeakMap', 'WeakSet', 'Iterable', 'Function', 'Object', 'String',
  'Number', 'Boolean', 'RegExp', 'Error', 'URL', 'Buffer',
]);

export interface CodeOptions {
  /** tsconfig.json of the project, for type-aware reading. */
  project?: string | undefined;
}

function scriptKindOf(filePath: string): ts.ScriptKind {
  const match = /\.[^./\\]+$/.exec(filePath.toLowerCase());
  return typeScript().ScriptKind[(match && scriptKindNames[match[0] as keyof typeof scriptKindNames]) || 'TS'];
}

/**
 * Whether a TypeScript file parsed without errors, known without building a Program: its parse
 * diagnostics, which the public typings leave out but which typescript-eslint reads the same way
 * (typescript-estree, ast-converter). Unknown (undefined) when that list is not there, and for
 * JavaScript, which gets syntactic checks beyond the parser's (TypeScript-only syntax).
 */
function parsedCleanly(sourceFile: ts.SourceFile, kind: ts.ScriptKind): boolean | undefined {
  const { ScriptKind } = typeScript();
  if (kind !== ScriptKind.TS && kind !== ScriptKind.TSX) return undefined;
  const diagnostics = (sourceFile as ts.SourceFile & { parseDiagnostics?: unknown }).parseDiagnostics;
  return Array.isArray(diagnostics) ? diagnostics.length === 0 : undefined;
}

/**
 * The first syntax error of a parsed file, through the public Program API (no lib, no resolution);
 * a TypeScript file that parsed cleanly is not checked again (a Program per file costs more than
 * reading the file).
 */
function firstSyntaxError(sourceFile: ts.SourceFile, kind: ts.ScriptKind, program?: ts.Program): FrontEndResult['fatal'] {
  if (parsedCleanly(sourceFile, kind) === true) return undefined;
  const host: ts.CompilerHost = {
    getSourceFile: (name) => (name === sourceFile.fileName ? sourceFile : undefined),
    getDefaultLibFileName: () => 'lib.d.ts',
    writeFile: () => undefined,
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (f) => f,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (name) => name === sourceFile.fileName,
    readFile: () => undefined,
  };
  const checkProgram = program ?? typeScript().createProgram({ rootNames: [sourceFile.fileName], options: { noLib: true, noResolve: true, types: [] }, host });
  const [first] = checkProgram.getSyntacticDiagnostics(sourceFile);
  if (!first) return undefined;
  return { message: typeScript().flattenDiagnosticMessageText(first.messageText, ' '), offset: first.start ?? 0 };
}

/**
 * Depth of the syntax tree beyond which a file is not read. A level of bracket nesting is one to
 * three nodes, so this sits well above maxNesting; it bounds what the readers here and the
 * compiler's own walks recurse through.
 */
const maxTreeDepth = 4 * maxNesting;

export function codeToSegments(text: string, filePath: string, options: CodeOptions = {}): FrontEndResult {
  // The TypeScript parser recurses per level of nesting: a hostile file is refused before it.
  const deep = deepNestingOffset(text, false);
  if (deep !== -1) return { segments: [], fatal: tooDeep(deep) };
  try {
    return readCode(text, filePath, options);
  } catch (error) {
    // Nesting without brackets (`!!!!x`, `a => b => …`, `A<B<…>>`, JSX) overflows the parser itself.
    if (error instanceof RangeError) return { segments: [], fatal: tooDeep(0) };
    throw error;
  }
}

function readCode(text: string, filePath: string, options: CodeOptions): FrontEndResult {
  let sourceFile: ts.SourceFile;
  let program: ts.Program | undefined;
  if (options.project) {
    ({ program, sourceFile } = programFor(options.project, filePath, text));
  } else {
    sourceFile = typeScript().createSourceFile(filePath, text, typeScript().ScriptTarget.Latest, true, scriptKindOf(filePath));
  }
  const tooDeepNode = firstTooDeep<ts.Node>(sourceFile, childNodes, () => 1, maxTreeDepth);
  if (tooDeepNode) return { segments: [], fatal: tooDeep(tooDeepNode.getStart(sourceFile)) };
  const reader = new CodeReader(sourceFile, program);
  reader.read();
  const fatal = firstSyntaxError(sourceFile, scriptKindOf(filePath), program);
  return fatal ? { segments: reader.segments, fatal } : { segments: reader.segments };
}

function childNodes(node: ts.Node): ts.Node[] {
  const children: ts.Node[] = [];
  typeScript().forEachChild(node, (child) => void children.push(child));
  return children;
}

function unwrap(expression: ts.Expression): ts.Expression {
  let e = expression;
  while (typeScript().isParenthesizedExpression(e) || typeScript().isAsExpression(e) || typeScript().isSatisfiesExpression(e) ||
    typeScript().isNonNullExpression(e) || typeScript().isTypeAssertionExpression(e)) e = e.expression;
  return e;
}

function isStringLike(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return typeScript().isStringLiteral(node) || typeScript().isNoSubstitutionTemplateLiteral(node);
}

/** `import x from 'm'`, `export … from 'm'`, `require('m')`, `import('m')`, `declare module 'm'`. */
function isModuleSpecifier(node: ts.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (typeScript().isImportDeclaration(parent) || typeScript().isExportDeclaration(parent)) return parent.moduleSpecifier === node;
  if (typeScript().isExternalModuleReference(parent) || typeScript().isModuleDeclaration(parent)) return true;
  if (typeScript().isLiteralTypeNode(parent) && typeScript().isImportTypeNode(parent.parent)) return true;
  if (typeScript().isCallExpression(parent) && parent.arguments[0] === node) {
    const callee = parent.expression;
    return callee.kind === typeScript().SyntaxKind.ImportKeyword || (typeScript().isIdentifier(callee) && callee.text === 'require') ||
      (typeScript().isPropertyAccessExpression(callee) && callee.name.text === 'resolve' && typeScript().isIdentifier(callee.expression) && callee.expression.text === 'require');
  }
  return false;
}

class CodeReader {
  readonly segments: Segment[] = [];
  private readonly text: string;
  /** Literals already read as the value of a key: not read again. */
  private readonly consumed = new Set<ts.Node>();
  private readonly seenComments = new Set<number>();

  constructor(private readonly sourceFile: ts.SourceFile, private readonly program: ts.Program | undefined) {
    this.text = sourceFile.text;
  }

  read(): void {
    this.visit(this.sourceFile);
    this.collectComments(this.sourceFile);
    this.segments.sort((a, b) => a.start - b.start);
  }

  private push(tokens: Token[], tags: readonly string[] = []): void {
    if (tokens.some((t) => t.kind === 'word')) this.segments.push(makeSegment(tokens, 'code', false, tags));
  }

  private visit(node: ts.Node): void {
    if (typeScript().isImportDeclaration(node) || typeScript().isImportEqualsDeclaration(node)) return;
    if (typeScript().isExportDeclaration(node) && node.moduleSpecifier) return;
    if (isStringLike(node)) return this.readString(node);
    if (typeScript().isTemplateExpression(node)) this.readTemplate(node);
    else if (typeScript().isJsxText(node)) this.readProse(uncooked(node.text, node.getStart(this.sourceFile)));
    else this.readStructure(node);
    typeScript().forEachChild(node, (child) => this.visit(child));
  }

  /** Declarations, key/value bindings and computations. */
  private readStructure(node: ts.Node): void {
    if (typeScript().isPropertyAssignment(node)) return this.declare(node.name, undefined, node.initializer);
    if (typeScript().isShorthandPropertyAssignment(node)) return this.declare(node.name);
    if (typeScript().isVariableDeclaration(node) || typeScript().isParameter(node) || typeScript().isPropertyDeclaration(node) ||
      typeScript().isPropertySignature(node) || typeScript().isBindingElement(node)) {
      if (typeScript().isIdentifier(node.name) || typeScript().isStringLiteral(node.name) || typeScript().isPrivateIdentifier(node.name)) {
        this.declare(node.name, 'type' in node ? node.type : undefined, 'initializer' in node ? node.initializer : undefined);
      }
      return;
    }
    if (typeScript().isEnumMember(node)) return this.declare(node.name, undefined, node.initializer);
    if (typeScript().isJsxAttribute(node)) {
      const value = node.initializer && isStringLike(node.initializer) ? node.initializer : undefined;
      return this.declare(node.name, undefined, value);
    }
    if ((typeScript().isFunctionDeclaration(node) || typeScript().isFunctionExpression(node) || typeScript().isClassDeclaration(node) ||
      typeScript().isClassExpression(node) || typeScript().isInterfaceDeclaration(node) || typeScript().isTypeAliasDeclaration(node) ||
      typeScript().isEnumDeclaration(node) || typeScript().isMethodDeclaration(node) || typeScript().isMethodSignature(node) ||
      typeScript().isGetAccessor(node) || typeScript().isSetAccessor(node) || (typeScript().isModuleDeclaration(node) && typeScript().isIdentifier(node.name))) && node.name) {
      const returnType = typeScript().isFunctionLike(node) ? node.type : undefined;
      return this.declare(node.name, returnType);
    }
    if (typeScript().isBinaryExpression(node)) return this.readBinary(node);
    if ((typeScript().isPostfixUnaryExpression(node) || typeScript().isPrefixUnaryExpression(node)) && node.operator === typeScript().SyntaxKind.PlusPlusToken) {
      if (this.isPerPersonTarget(node.operand)) this.push(this.wordsOf(node.operand), ['per-member-sum']);
      return;
    }
    if (typeScript().isCallExpression(node)) this.readMapUpdate(node);
  }

  /** A name, the words of its type and of a literal value, as one segment. */
  private declare(name: ts.Node, type?: ts.TypeNode, initializer?: ts.Expression): void {
    const tokens = this.nameTokens(name);
    if (tokens.length === 0) return;
    if (type) tokens.push(...this.typeTokens(type));
    if (this.program) tokens.push(...this.checkedTypeTokens(name, type));
    const value = initializer ? this.valueTokensOf(initializer) : undefined;
    if (value) tokens.push(...value);
    const tags = initializer && this.fixesPeopleToPosts(initializer) ? ['assignment-map'] : [];
    this.push(tokens, tags);
  }

  private nameTokens(name: ts.Node): Token[] {
    if (typeScript().isIdentifier(name) || typeScript().isPrivateIdentifier(name)) {
      const start = name.getStart(this.sourceFile);
      return splitName(this.text.slice(start, name.end), start);
    }
    if (isStringLike(name)) {
      this.consumed.add(name);
      return valueTokens(this.cooked(name));
    }
    if (typeScript().isJsxNamespacedName(name)) return this.nameTokens(name.name);
    return [];
  }

  /** Names written in a type annotation (`Hours`, `LedgerEntry[]`), not the language's own. */
  private typeTokens(type: ts.TypeNode): Token[] {
    const tokens: Token[] = [];
    const walk = (node: ts.Node) => {
      if (typeScript().isTypeReferenceNode(node) || typeScript().isExpressionWithTypeArguments(node)) {
        const name = typeScript().isTypeReferenceNode(node) ? node.typeName : node.expression;
        const last = typeScript().isQualifiedName(name) ? name.right : typeScript().isPropertyAccessExpression(name) ? name.name : name;
        if (typeScript().isIdentifier(last) && !libraryTypeNames.has(last.text)) {
          tokens.push(...splitName(last.text, last.getStart(this.sourceFile)).map((t) => ({ ...t, joined: false })));
        }
      }
      if (typeScript().isTypeLiteralNode(node)) return; // members are declarations of their own
      typeScript().forEachChild(node, walk);
    };
    walk(type);
    return tokens;
  }

  /**
   * Type-aware: the declared type's names that the annotation does not already spell, placed at
   * the name they describe (they are not written there, so they lengthen no finding).
   */
  private checkedTypeTokens(name: ts.Node, annotation: ts.TypeNode | undefined): Token[] {
    const written = new Set(annotation ? annotation.getText(this.sourceFile).split(/[^\p{L}\p{N}_$]+/u) : []);
    const start = name.getStart(this.sourceFile);
    return typeNamesOf(this.program!, name)
      .filter((typeName) => !written.has(typeName))
      .flatMap((typeName) => splitName(typeName, 0).map((t) => ({ ...t, start, end: name.end, joined: false })));
  }

  /** The words of a literal value bound to a key: a number, a short string, a list of them. */
  private valueTokensOf(initializer: ts.Expression): Token[] | undefined {
    const e = unwrap(initializer);
    if (typeScript().isNumericLiteral(e) || typeScript().isBigIntLiteral(e)) return [makeToken(e.text, e.getStart(this.sourceFile), 'number', false)];
    if (typeScript().isPrefixUnaryExpression(e) && e.operator === typeScript().SyntaxKind.MinusToken && typeScript().isNumericLiteral(e.operand)) {
      const start = e.getStart(this.sourceFile);
      return [makeToken(this.text.slice(start, e.end), start, 'number', false)];
    }
    if (isStringLike(e)) {
      const cooked = this.cooked(e);
      if (isProse(cooked.text)) return undefined;
      this.consumed.add(e);
      return valueTokens(cooked);
    }
    if (typeScript().isArrayLiteralExpression(e) && e.elements.length > 0) {
      const parts = e.elements.map((element) => {
        const inner = unwrap(element);
        return isStringLike(inner) || typeScript().isNumericLiteral(inner) ? this.valueTokensOf(inner) : undefined;
      });
      if (parts.some((p) => p === undefined)) return undefined;
      return parts.flatMap((p, i) => (i === 0 ? p! : [separator(e.elements[i]!.getStart(this.sourceFile)), ...p!]));
    }
    return undefined;
  }

  /** `{ monday: 'Ana', tuesday: 'Ben' }` or `new Map([['Ana', 'till'], …])`. */
  private fixesPeopleToPosts(initializer: ts.Expression): boolean {
    const e = unwrap(initializer);
    const stringsOf = (v: ts.Expression): EntryValue | undefined => {
      const inner = unwrap(v);
      if (isStringLike(inner)) return inner.text;
      if (typeScript().isArrayLiteralExpression(inner) && inner.elements.every((x) => isStringLike(unwrap(x)))) {
        return inner.elements.map((x) => (unwrap(x) as ts.StringLiteral).text);
      }
      return undefined;
    };
    const entries: Array<[string, EntryValue]> = [];
    if (typeScript().isObjectLiteralExpression(e)) {
      for (const p of e.properties) {
        if (!typeScript().isPropertyAssignment(p) || !(typeScript().isIdentifier(p.name) || typeScript().isStringLiteral(p.name))) return false;
        const value = stringsOf(p.initializer);
        if (value === undefined) return false;
        entries.push([p.name.text, value]);
      }
    } else if (typeScript().isNewExpression(e) && typeScript().isIdentifier(e.expression) && e.expression.text === 'Map' && e.arguments?.[0]) {
      const list = unwrap(e.arguments[0]);
      if (!typeScript().isArrayLiteralExpression(list)) return false;
      for (const pair of list.elements) {
        const p = unwrap(pair);
        if (!typeScript().isArrayLiteralExpression(p) || p.elements.length !== 2 || !isStringLike(unwrap(p.elements[0]!))) return false;
        const value = stringsOf(p.elements[1]!);
        if (value === undefined) return false;
        entries.push([(unwrap(p.elements[0]!) as ts.StringLiteral).text, value]);
      }
    } else return false;
    return isAssignmentMap(entries);
  }

  /** Words of the names in an expression (identifiers and property names), in source order. */
  private wordsOf(expression: ts.Node): Token[] {
    const tokens: Token[] = [];
    const walk = (node: ts.Node) => {
      if (typeScript().isIdentifier(node) || typeScript().isPrivateIdentifier(node)) {
        const start = node.getStart(this.sourceFile);
        const words = splitName(this.text.slice(start, node.end), start);
        if (words.length > 0 && tokens.length > 0) tokens.push(separator(start));
        tokens.push(...words);
        return;
      }
      typeScript().forEachChild(node, walk);
    };
    walk(expression);
    return tokens;
  }

  private readBinary(node: ts.BinaryExpression): void {
    const op = node.operatorToken.kind;
    const left = this.wordsOf(node.left);
    const right = this.wordsOf(node.right);
    if (op === typeScript().SyntaxKind.SlashToken || op === typeScript().SyntaxKind.SlashEqualsToken) {
      // Output over time or over people: a rate (productivity, per-capita share).
      if (left.length > 0 && (namesTime(right) || namesPeople(right))) this.push([...left, separator(node.operatorToken.getStart(this.sourceFile)), ...right], ['rate']);
      return;
    }
    if (op === typeScript().SyntaxKind.AsteriskToken) {
      if (left.length > 0 && right.length > 0) this.push([...left, separator(node.operatorToken.getStart(this.sourceFile)), ...right], ['multiply']);
      return;
    }
    const accumulates = op === typeScript().SyntaxKind.PlusEqualsToken || op === typeScript().SyntaxKind.MinusEqualsToken ||
      (op === typeScript().SyntaxKind.EqualsToken && this.containsPlus(node.right));
    if (accumulates && this.isPerPersonTarget(node.left)) {
      this.push([...left, separator(node.operatorToken.getStart(this.sourceFile)), ...right], ['per-member-sum']);
      return;
    }
    // `plan.authority = 'central-committee'`: a key given a literal value outside an object literal.
    if (op === typeScript().SyntaxKind.EqualsToken && (typeScript().isPropertyAccessExpression(node.left) || typeScript().isIdentifier(node.left))) {
      const name = typeScript().isPropertyAccessExpression(node.left) ? node.left.name : node.left;
      const value = this.valueTokensOf(node.right);
      if (value) this.push([...this.nameTokens(name), ...value]);
    }
  }

  private containsPlus(node: ts.Node): boolean {
    const e = typeScript().isExpression(node) ? unwrap(node) : node;
    if (typeScript().isBinaryExpression(e) && e.operatorToken.kind === typeScript().SyntaxKind.PlusToken) return true;
    return typeScript().forEachChild(e, (child) => this.containsPlus(child) || undefined) ?? false;
  }

  /** `totals[member]`, `hours[v.name]`, `member.tokens`: a place that holds one person's quantity. */
  private isPerPersonTarget(target: ts.Expression): boolean {
    const e = unwrap(target);
    if (typeScript().isElementAccessExpression(e)) return namesPeople(this.wordsOf(e.argumentExpression));
    if (typeScript().isPropertyAccessExpression(e)) return namesPeople(this.wordsOf(e.expression));
    return false;
  }

  /** `totals.set(member, (totals.get(member) ?? 0) + hours)`. */
  private readMapUpdate(node: ts.CallExpression): void {
    const callee = node.expression;
    if (!typeScript().isPropertyAccessExpression(callee) || callee.name.text !== 'set' || node.arguments.length !== 2) return;
    const [key, value] = node.arguments as unknown as [ts.Expression, ts.Expression];
    if (namesPeople(this.wordsOf(key)) && this.containsPlus(value)) this.push(this.wordsOf(node), ['per-member-sum']);
  }

  private cooked(literal: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): CookedText {
    const start = literal.getStart(this.sourceFile);
    return cookString(this.text.slice(start + 1, literal.end - 1), start + 1);
  }

  private readString(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral): void {
    if (this.consumed.has(node) || isModuleSpecifier(node)) return;
    const cooked = this.cooked(node);
    if (isProse(cooked.text)) this.readProse(cooked);
    else this.push(valueTokens(cooked));
  }

  /** A template's literal parts, a substitution standing as a space. */
  private readTemplate(node: ts.TemplateExpression): void {
    const parts: CookedText[] = [];
    const addPart = (literal: ts.TemplateLiteralLikeNode, openLength: number, closeLength: number) => {
      const start = (literal as ts.Node).getStart(this.sourceFile) + openLength;
      parts.push(cookString(this.text.slice(start, (literal as ts.Node).end - closeLength), start));
    };
    addPart(node.head, 1, 2);
    for (const span of node.templateSpans) {
      addPart(span.literal, 1, typeScript().isTemplateTail(span.literal) ? 1 : 2);
    }
    const text = parts.map((p) => p.text).join(' ');
    const offsets: number[] = [];
    parts.forEach((p, i) => {
      offsets.push(...p.offsets.slice(0, -1));
      if (i < parts.length - 1) offsets.push(p.offsets[p.offsets.length - 1]!);
    });
    offsets.push(parts[parts.length - 1]!.offsets[parts[parts.length - 1]!.offsets.length - 1]!);
    const cooked = { text, offsets };
    if (isProse(text)) this.readProse(cooked);
    else this.push(valueTokens(cooked));
  }

  private readProse(cooked: CookedText): void {
    this.segments.push(...proseSegments(cooked));
  }

  /** Every comment once, from the trivia around every node and token. JSX text is not trivia. */
  private collectComments(node: ts.Node): void {
    const take = (ranges: ts.CommentRange[] | undefined) => {
      for (const range of ranges ?? []) {
        if (this.seenComments.has(range.pos)) continue;
        this.seenComments.add(range.pos);
        this.readComment(range);
      }
    };
    if (!typeScript().isJsxText(node)) {
      take(typeScript().getLeadingCommentRanges(this.text, node.pos));
      take(typeScript().getTrailingCommentRanges(this.text, node.end));
    }
    for (const child of node.getChildren(this.sourceFile)) this.collectComments(child);
  }

  private readComment(range: ts.CommentRange): void {
    const raw = this.text.slice(range.pos, range.end);
    // Compiler and tool directives are not prose.
    if (/^\/\/\/\s*</.test(raw) || isToolComment(raw.slice(2))) return;
    if (range.kind === typeScript().SyntaxKind.SingleLineCommentTrivia) {
      this.readProse(uncooked(raw.slice(2), range.pos + 2));
      return;
    }
    // Block comment: drop the delimiters and the leading stars of JSDoc lines, keeping every offset.
    const body = raw.slice(2, raw.length - 2).replace(/^\*/, ' ').replace(/(^|\n)([ \t]*)\*/g, '$1$2 ');
    this.readProse(uncooked(body, range.pos + 2));
  }
}
