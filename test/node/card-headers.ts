import ts from 'typescript';

// A hand-written card header: a Mantine <Paper> that opens with a <Title>, directly or as the first thing inside a
// layout wrapper (Stack, Group, Box, div). ui/section-card.tsx is the one place that may write it.
const WRAPPERS = new Set(['Stack', 'Group', 'Box', 'div']);
const DEPTH = 3;

type Jsx = ts.JsxElement | ts.JsxSelfClosingElement;

const tagOf = (node: Jsx) =>
  (ts.isJsxElement(node) ? node.openingElement.tagName : node.tagName).getText().replace(/^Mantine\./, '');

/** The first element child, skipping whitespace-only text; expressions ({cond && …}) end the search. */
function firstElement(node: ts.JsxElement): Jsx | undefined {
  for (const child of node.children) {
    if (ts.isJsxText(child) && child.containsOnlyTriviaWhiteSpaces) continue;
    return ts.isJsxElement(child) || ts.isJsxSelfClosingElement(child) ? child : undefined;
  }
  return undefined;
}

function opensWithTitle(node: ts.JsxElement, depth: number): boolean {
  const first = firstElement(node);
  if (!first) return false;
  const tag = tagOf(first);
  if (tag === 'Title') return true;
  return depth > 0 && ts.isJsxElement(first) && WRAPPERS.has(tag) && opensWithTitle(first, depth - 1);
}

/** 1-based line numbers of each <Paper> in `source` that opens with a <Title>. */
export function handWrittenCardHeaders(source: string, fileName = 'file.tsx'): number[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const lines: number[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxElement(node) && tagOf(node) === 'Paper' && opensWithTitle(node, DEPTH)) {
      lines.push(file.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return lines;
}
