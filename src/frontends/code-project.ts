/**
 * Type-aware mode: a Program built from the user's tsconfig, so that a neutral name whose declared
 * type is a value-logic type (`shift: Hours`, `cost: Money`) also carries the type's name.
 * Building a Program reads and parses files; nothing of them is executed (language-service
 * plugins named in the tsconfig are not loaded by createProgram).
 */
import path from 'node:path';
import type * as ts from 'typescript';
import { typeScript } from './typescript.js';

interface Project {
  options: ts.CompilerOptions;
  rootNames: string[];
  program: ts.Program | undefined;
}

const projects = new Map<string, Project>();

function diagnosticText(diagnostic: ts.Diagnostic): string {
  return typeScript().flattenDiagnosticMessageText(diagnostic.messageText, ' ');
}

/** Read and parse a tsconfig once per path; a broken one is one clear error. */
function loadProject(tsconfigPath: string): Project {
  const absolute = path.resolve(tsconfigPath);
  const cached = projects.get(absolute);
  if (cached) return cached;
  const read = typeScript().readConfigFile(absolute, (f) => typeScript().sys.readFile(f));
  if (read.error) throw new Error(`Cannot read project ${tsconfigPath}: ${diagnosticText(read.error)}`);
  const parsed = typeScript().parseJsonConfigFileContent(read.config, typeScript().sys, path.dirname(absolute), undefined, absolute);
  const fatal = parsed.errors.find((e) => e.category === typeScript().DiagnosticCategory.Error && e.code !== 18003);
  if (fatal) throw new Error(`Invalid project ${tsconfigPath}: ${diagnosticText(fatal)}`);
  // The Program is only read: never emit, and allow JavaScript plans to be typed too.
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, allowJs: true };
  const project: Project = { options, rootNames: parsed.fileNames, program: undefined };
  projects.set(absolute, project);
  return project;
}

/**
 * The Program of a project with `filePath` read as `text` (the text being linted may differ from
 * the disk), and the source file for it. Earlier Programs of the project are reused.
 */
export function programFor(tsconfigPath: string, filePath: string, text: string): { program: ts.Program; sourceFile: ts.SourceFile } {
  const project = loadProject(tsconfigPath);
  const target = path.resolve(filePath);
  const host = typeScript().createCompilerHost(project.options, true);
  const readSource = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
    path.resolve(fileName) === target
      ? typeScript().createSourceFile(fileName, text, languageVersion, true)
      : readSource(fileName, languageVersion, onError, shouldCreate);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => path.resolve(fileName) === target || fileExists(fileName);
  const rootNames = project.rootNames.some((f) => path.resolve(f) === target) ? project.rootNames : [...project.rootNames, target];
  const program = typeScript().createProgram({ rootNames, options: project.options, host, ...(project.program ? { oldProgram: project.program } : {}) });
  project.program = program;
  const sourceFile = program.getSourceFiles().find((f) => path.resolve(f.fileName) === target);
  if (!sourceFile) throw new Error(`Cannot type ${filePath} in project ${tsconfigPath}`);
  return { program, sourceFile };
}

/** Declared types that name nothing of a plan: the language's own and the DOM's. */
function isLibraryType(program: ts.Program, symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) => program.isSourceFileDefaultLibrary(d.getSourceFile()) ||
    program.isSourceFileFromExternalLibrary(d.getSourceFile()));
}

/**
 * Names of the type a declaration has: its alias (`Hours`), its interface or class (`LedgerEntry`),
 * and one level of type arguments (`LedgerEntry[]`, `Map<string, Hours>`), minus library types.
 */
export function typeNamesOf(program: ts.Program, name: ts.Node): string[] {
  const checker = program.getTypeChecker();
  const type = checker.getTypeAtLocation(name);
  const names = new Set<string>();
  const add = (t: ts.Type) => {
    for (const symbol of [t.aliasSymbol, t.getSymbol()]) {
      if (!symbol || symbol.name.startsWith('__') || isLibraryType(program, symbol)) continue;
      names.add(symbol.name);
    }
  };
  add(type);
  const isReference = (type.flags & typeScript().TypeFlags.Object) !== 0 &&
    ((type as ts.ObjectType).objectFlags & typeScript().ObjectFlags.Reference) !== 0;
  const args = type.aliasTypeArguments ?? (isReference ? checker.getTypeArguments(type as ts.TypeReference) : []);
  for (const arg of args) add(arg);
  if (type.isUnion()) for (const member of type.types) add(member);
  return [...names];
}
