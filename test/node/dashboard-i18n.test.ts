import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const src = fileURLToPath(new URL('../../dashboard/src', import.meta.url));
const localesDir = join(src, 'locales');
const LANGUAGES = ['en', 'ru'] as const;
/** CLDR plural categories each language needs for a `_one`/`_other`… key. */
const PLURAL_FORMS: Record<(typeof LANGUAGES)[number], string[]> = {
  en: ['one', 'other'],
  ru: ['one', 'few', 'many', 'other'],
};
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
/** JSX attributes people read: they must come from t() too. */
const TEXT_ATTRIBUTES = new Set(['title', 'label', 'placeholder', 'aria-label', 'description', 'alt']);

function flatten(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
}

function namespaces(language: string): string[] {
  return readdirSync(join(localesDir, language))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
}

function keysOf(language: string, namespace: string): string[] {
  return flatten(JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8')));
}

/** Plain keys, plus each plural key once by its base name. */
function baseKeys(keys: string[]): Set<string> {
  return new Set(keys.map((key) => key.replace(PLURAL_SUFFIX, '')));
}

describe('dashboard translations', () => {
  test('both languages have the same namespace files', () => {
    expect(namespaces('ru')).toEqual(namespaces('en'));
  });

  for (const namespace of namespaces('en')) {
    test(`${namespace}: every key exists in both languages, plurals with all CLDR forms`, () => {
      const [en, ru] = LANGUAGES.map((language) => keysOf(language, namespace));
      expect([...baseKeys(ru!)].sort(), `keys of ru/${namespace}.json vs en/`).toEqual([...baseKeys(en!)].sort());
      for (const language of LANGUAGES) {
        const keys = keysOf(language, namespace);
        const plurals = new Set(keys.filter((key) => PLURAL_SUFFIX.test(key)).map((k) => k.replace(PLURAL_SUFFIX, '')));
        for (const base of plurals) {
          for (const form of PLURAL_FORMS[language]) {
            expect(keys, `${language}/${namespace}.json: ${base}_${form}`).toContain(`${base}_${form}`);
          }
        }
        const empty = keys.filter((key) => {
          const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], {
            ...JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8')),
          });
          return typeof value !== 'string' || value.trim() === '';
        });
        expect(empty, `${language}/${namespace}.json: empty or non-string values`).toEqual([]);
      }
    });
  }

  test('every namespace is declared in lib/i18n/i18next.d.ts, so its keys are type-checked', () => {
    const declarations = readFileSync(join(src, 'lib/i18n/i18next.d.ts'), 'utf8');
    for (const namespace of namespaces('en')) expect(declarations).toContain(`${namespace}: typeof `);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

const hasWords = (text: string) => /\p{L}/u.test(text);

/** Text a user would read, written straight into JSX instead of going through t(). */
function untranslated(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(src, file)}:${line + 1}: ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.parent && !ts.isJsxAttribute(node.parent)) {
      const { expression } = node;
      if (expression && ts.isStringLiteralLike(expression) && hasWords(expression.text)) report(node, expression.text);
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const { initializer } = node;
      const literal = ts.isStringLiteral(initializer)
        ? initializer
        : ts.isJsxExpression(initializer) && initializer.expression && ts.isStringLiteralLike(initializer.expression)
          ? initializer.expression
          : null;
      if (literal && hasWords(literal.text)) report(node, literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('no JSX text or text attribute in dashboard/src bypasses t()', () => {
  const found = sourceFiles(src).flatMap(untranslated);
  expect(found, 'wrap these in t() with keys in locales/en and locales/ru').toEqual([]);
});
