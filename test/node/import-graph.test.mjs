// The import graph of src/: no module imports itself through others (no cycle), and no element's
// module reaches another element's text. Node test, no browser: it reads the import statements.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { test } from 'node:test';

const root = 'src';

/** Every .ts file under `dir`. */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The project files `file` imports (type-only imports included: they are dependencies too). */
export function importsOf(file) {
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g)].map(
    (match) => match[1] ?? match[2],
  );
  return specifiers.map((specifier) => normalize(join(dirname(file), specifier.replace(/\.js$/, '.ts'))));
}

/** The graph of src/: file -> the files it imports. */
export function importGraph() {
  return new Map(sources(root).map((file) => [file, importsOf(file)]));
}

/** The cycles in `graph`, each as a list of files, found by depth-first search. */
export function cyclesIn(graph) {
  const cycles = [];
  const state = new Map(); // file -> 'open' | 'done'
  const stack = [];
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

test('src/ has no import cycle', () => {
  const graph = importGraph();
  assert.ok(graph.size > 20, `read ${graph.size} modules`);
  for (const [file, imports] of graph) {
    for (const imported of imports) assert.ok(graph.has(imported), `${file} imports ${imported}, which is not in src/`);
  }
  assert.deepEqual(cyclesIn(graph).map((cycle) => cycle.map((file) => relative(root, file)).join(' -> ')), []);
});

test('the cycle finder finds a cycle', () => {
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', []],
  ]);
  assert.deepEqual(cyclesIn(graph), [['a', 'b', 'c', 'a']]);
});

test('an element reaches only its own text, the shared text, and no other element', () => {
  const graph = importGraph();
  const elements = ['rls-symptom-card', 'twitch-redflag-check', 'spasm-relief-steps'];
  const reachable = (start) => {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of graph.get(file) ?? []) walk(next);
    };
    walk(start);
    return [...seen].map((file) => relative(root, file));
  };
  for (const element of elements) {
    const reached = reachable(join(root, element, 'define.ts'));
    const foreign = reached.filter((file) => !file.startsWith(`${element}/`) && !file.startsWith('shared/'));
    assert.deepEqual(foreign, [], `<${element}> reaches modules outside its folder and shared/`);
  }
});
