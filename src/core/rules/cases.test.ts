/**
 * Runs every case file in ./cases: worked examples (EXAMPLES.md) and hand-worked cases at the rules'
 * boundaries. Each case names its source and writes out its arithmetic; `expect` maps a path in the result
 * (`maternity.gross`, `childcare.children.0.schedule.8.gross`) to the value it must have.
 */
import { describe, expect, test } from 'vitest';
import { calculate } from '../calculate';
import { expandFill, type CaseFile } from './cases/format';

const files = import.meta.glob<CaseFile>('./cases/*.cases.json', { eager: true, import: 'default' });

function at(value: unknown, path: string): unknown {
  let here: unknown = value;
  for (const key of path.split('.')) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

test('there are case files', () => {
  expect(Object.keys(files).length).toBeGreaterThan(0);
});

for (const [file, content] of Object.entries(files)) {
  describe(`${content.rule} (${file.replace('./cases/', '')})`, () => {
    for (const c of content.cases) {
      test(`${c.id}: ${c.name}`, () => {
        const outcome = calculate(expandFill(c));
        if (c.expectErrors) {
          expect(outcome.ok, 'the case should be rejected').toBe(false);
          if (!outcome.ok) expect(outcome.errors.map((e) => `${e.path}:${e.code}`).sort()).toEqual([...c.expectErrors].sort());
          return;
        }
        if (!outcome.ok) throw new Error(`rejected: ${JSON.stringify(outcome.errors)}`);
        expect(Object.keys(c.expect ?? {}).length, 'a case must expect something').toBeGreaterThan(0);
        const actual: Record<string, unknown> = {};
        for (const path of Object.keys(c.expect ?? {})) actual[path] = at(outcome.result, path);
        expect(actual).toEqual(c.expect);
      });
    }
  });
}
