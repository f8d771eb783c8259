// The house's size and shape rules, measured on a source tree: no code file over 300 lines, no function
// over 80 lines outside its JSX markup, no import cycle (type-only imports included). Each check takes the
// root to look at, so the tests run them on src/ and on probe trees made to break them.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export const MAX_FILE_LINES = 300;
export const MAX_FUNCTION_LINES = 80;

/** Code: what a person reads as program text. Message catalogues (JSON) and images are data. */
const CODE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.css', '.html']);
const SCRIPT_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs']);

export interface Finding {
  /** The file, relative to the root's parent (so `src/main/x.ts`). */
  file: string;
  /** What is wrong, in one line: `412 lines`, `function main: 96 lines`, `a -> b -> a`. */
  detail: string;
}

function filesUnder(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

export function oversizedFiles(root: string): Finding[] {
  const base = dirname(root);
  return filesUnder(root)
    .filter((file) => CODE_EXTENSIONS.has(extname(file)))
    .map((file) => ({ file: relative(base, file), lines: lineCount(readFileSync(file, 'utf8')) }))
    .filter(({ lines }) => lines > MAX_FILE_LINES)
    .map(({ file, lines }) => ({ file, detail: `${lines} lines` }));
}

function sourceOf(file: string): ts.SourceFile {
  const kind = file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

const isJsxMarkup = (node: ts.Node) =>
  ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node);

/** The lines (0-based) a node covers. */
function linesOf(source: ts.SourceFile, node: ts.Node): [number, number] {
  return [
    source.getLineAndCharacterOfPosition(node.getStart(source)).line,
    source.getLineAndCharacterOfPosition(node.getEnd()).line,
  ];
}

/** A function's length: its lines from first to last, less the lines that are wholly JSX markup. */
function functionLength(source: ts.SourceFile, fn: ts.FunctionLikeDeclaration): number {
  const [first, last] = linesOf(source, fn);
  const markup = new Set<number>();
  const visit = (node: ts.Node) => {
    if (isJsxMarkup(node)) {
      const [from, to] = linesOf(source, node);
      // The markup's first and last lines hold code too (`return (`, `);`) when they share them.
      for (let line = from; line <= to; line++) markup.add(line);
      return;
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn, visit);
  return last - first + 1 - [...markup].filter((line) => line >= first && line <= last).length;
}

function functionName(fn: ts.FunctionLikeDeclaration): string {
  if (fn.name && (ts.isIdentifier(fn.name) || ts.isStringLiteral(fn.name))) return fn.name.text;
  if (ts.isConstructorDeclaration(fn)) return 'constructor';
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}

export function longFunctions(root: string): Finding[] {
  const base = dirname(root);
  const findings: Finding[] = [];
  for (const file of filesUnder(root).filter((name) => SCRIPT_EXTENSIONS.has(extname(name)))) {
    const source = sourceOf(file);
    const visit = (node: ts.Node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const fn = node as ts.FunctionLikeDeclaration;
        const length = functionLength(source, fn);
        if (length > MAX_FUNCTION_LINES) {
          const line = linesOf(source, fn)[0] + 1;
          findings.push({ file: relative(base, file), detail: `${functionName(fn)} (line ${line}): ${length} lines` });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}

/** Every module a file imports or re-exports from, `import type` and `import()` included, resolved to a file. */
function importsOf(file: string, known: Set<string>): string[] {
  const source = sourceOf(file);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isImportTypeNode(node)) {
      const argument = node.argument;
      if (ts.isLiteralTypeNode(argument) && ts.isStringLiteral(argument.literal))
        specifiers.push(argument.literal.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteral(first)) specifiers.push(first.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => resolveModule(resolve(dirname(file), specifier), known))
    .filter((target): target is string => target !== undefined);
}

function resolveModule(path: string, known: Set<string>): string | undefined {
  const candidates = [path, ...[...SCRIPT_EXTENSIONS].map((ext) => path + ext)];
  candidates.push(...[...SCRIPT_EXTENSIONS].map((ext) => join(path, `index${ext}`)));
  // `./x.js` written for `./x.ts`
  if (SCRIPT_EXTENSIONS.has(extname(path))) {
    const bare = path.slice(0, -extname(path).length);
    candidates.push(...[...SCRIPT_EXTENSIONS].map((ext) => bare + ext));
  }
  return candidates.find((candidate) => known.has(candidate));
}

/** Each import cycle once, as the files around it: Tarjan's strongly connected components of the graph. */
export function importCycles(root: string): Finding[] {
  const base = dirname(root);
  const files = filesUnder(root).filter((file) => SCRIPT_EXTENSIONS.has(extname(file)));
  const known = new Set(files);
  const graph = new Map(files.map((file) => [file, importsOf(file, known)]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const findings: Finding[] = [];
  let counter = 0;
  const connect = (file: string) => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfImport = graph.get(file)?.includes(file);
    if (component.length > 1 || selfImport) {
      const names = component.map((name) => relative(base, name)).sort();
      findings.push({ file: names[0]!, detail: `import cycle among ${names.join(', ')}` });
    }
  };
  files.forEach((file) => index.has(file) || connect(file));
  return findings;
}
