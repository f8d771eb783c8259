// The renderer stays easy to find one's way in: no file over 300 lines, no function over 80 lines outside
// its JSX markup, and no import cycle (type-only imports included). Read from the sources with the
// TypeScript parser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const RENDERER = join(ROOT, 'src/renderer');
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const ALL = filesUnder(RENDERER);
const SOURCES = ALL.filter((path) => /\.tsx?$/.test(path));
const name = (path: string) => relative(ROOT, path);

function parse(path: string): ts.SourceFile {
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, kind);
}

const isJsx = (node: ts.Node) => ts.isJsxElement(node) || ts.isJsxFragment(node) || ts.isJsxSelfClosingElement(node);
const isFunction = (node: ts.Node) =>
  ts.isFunctionDeclaration(node) ||
  ts.isFunctionExpression(node) ||
  ts.isArrowFunction(node) ||
  ts.isMethodDeclaration(node);

/** Each function's lines, less the lines its JSX markup spans. */
function functionLengths(source: ts.SourceFile): Array<{ line: number; lines: number }> {
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line;
  const found: Array<{ line: number; lines: number }> = [];
  const visit = (node: ts.Node): void => {
    if (isFunction(node)) {
      const markup = new Set<number>();
      const mark = (child: ts.Node): void => {
        if (!isJsx(child)) return ts.forEachChild(child, mark);
        for (let line = lineOf(child.getStart()); line <= lineOf(child.end); line++) markup.add(line);
      };
      ts.forEachChild(node, mark);
      const first = lineOf(node.getStart());
      let lines = 0;
      for (let line = first; line <= lineOf(node.end); line++) if (!markup.has(line)) lines++;
      found.push({ line: first + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The renderer files a file imports or re-exports from (type-only included). */
function importsOf(path: string): string[] {
  const targets: string[] = [];
  for (const statement of parse(path).statements) {
    const specifier =
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const base = resolve(dirname(path), specifier.text);
    const target = [base, `${base}.ts`, `${base}.tsx`].find((candidate) => SOURCES.includes(candidate));
    if (target) targets.push(target);
  }
  return targets;
}

function cycles(): string[] {
  const graph = new Map(SOURCES.map((path) => [path, importsOf(path)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (path: string): void => {
    state.set(path, 'open');
    stack.push(path);
    for (const next of graph.get(path) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map(name).join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(path, 'done');
  };
  for (const path of SOURCES) if (!state.has(path)) visit(path);
  return found;
}

describe('the renderer’s shape', () => {
  it(`has no file over ${MAX_FILE_LINES} lines (styles included)`, () => {
    expect(ALL.length).toBeGreaterThan(50);
    const long = ALL.map((path) => ({ file: name(path), lines: readFileSync(path, 'utf8').split('\n').length - 1 }));
    expect(long.filter(({ lines }) => lines > MAX_FILE_LINES)).toEqual([]);
  });

  it(`has no function over ${MAX_FUNCTION_LINES} lines outside its JSX markup`, () => {
    const long = SOURCES.flatMap((path) =>
      functionLengths(parse(path))
        .filter(({ lines }) => lines > MAX_FUNCTION_LINES)
        .map(({ line, lines }) => `${name(path)}:${line} (${lines} lines)`),
    );
    expect(long).toEqual([]);
  });

  it('counts a function’s lines without its markup, and finds a long one', () => {
    const body = Array.from({ length: 81 }, (_, index) => `  const v${index} = ${index};`).join('\n');
    const markup = Array.from({ length: 200 }, () => '    <span>x</span>').join('\n');
    const source = (text: string) =>
      ts.createSourceFile('x.tsx', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    expect(functionLengths(source(`function long() {\n${body}\n}`))[0]?.lines).toBe(83);
    expect(
      functionLengths(source(`function View() {\n  return (\n    <div>\n${markup}\n    </div>\n  );\n}`))[0]?.lines,
    ).toBe(4);
  });

  it('has no import cycle, type-only imports included', () => {
    expect(cycles()).toEqual([]);
  });
});
