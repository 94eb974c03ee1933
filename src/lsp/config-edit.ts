/**
 * The workspace edit that turns a rule off in the nearest configuration file. JSON is edited with
 * jsonc-parser and YAML through the yaml package's Document, so the user's layout and comments
 * stay; without any config file, a `.valuelintrc.json` is created.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { applyEdits, modify } from 'jsonc-parser';
import type { WorkspaceEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument } from 'yaml';

const formatting = { insertSpaces: true, tabSize: 2, eol: '\n' };

/** The new text of `configPath` with `ruleId` off, or undefined when it cannot be edited safely. */
export function configTextWithRuleOff(configPath: string, text: string, ruleId: string): string | undefined {
  const base = path.basename(configPath);
  if (/\.ya?ml$/.test(base)) {
    const document = parseDocument(text);
    if (document.errors.length > 0) return undefined;
    document.setIn(['rules', ruleId], 'off');
    return String(document);
  }
  const keyPath = base === 'package.json' ? ['valuelint', 'rules', ruleId] : ['rules', ruleId];
  return applyEdits(text, modify(text, keyPath, 'off', { formattingOptions: formatting }));
}

/**
 * `nearest` is the config file that applies last to the document (undefined if none does);
 * `folder` is where to create one. `canCreate`: the client can create files in a workspace edit.
 * `openText`: the text of a file open in the editor, if it is.
 */
export function ruleOffEdit(
  ruleId: string,
  nearest: string | undefined,
  folder: string,
  canCreate: boolean,
  openText: (file: string) => string | undefined,
): WorkspaceEdit | undefined {
  if (nearest) {
    // An open config buffer is edited as it stands in the editor, saved or not.
    let text = openText(nearest);
    try {
      text ??= readFileSync(nearest, 'utf8');
    } catch {
      return undefined;
    }
    const updated = configTextWithRuleOff(nearest, text, ruleId);
    if (updated === undefined || updated === text) return undefined;
    const old = TextDocument.create('', 'json', 0, text);
    const range = { start: { line: 0, character: 0 }, end: old.positionAt(text.length) };
    return { changes: { [pathToFileURL(nearest).href]: [{ range, newText: updated }] } };
  }
  if (!canCreate) return undefined;
  const uri = pathToFileURL(path.join(folder, '.valuelintrc.json')).href;
  const content = `${JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2)}\n`;
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
    ],
  };
}
