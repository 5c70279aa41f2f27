// scripts/cem/expand-types.mjs: attributes and fields whose type is a set of string literals get
// `expandedType` (what the editor plugins read), and events their type from the event map. Node
// test on test/node/fixtures/fixture-card.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { expandTypesPlugin } from '../../scripts/cem/expand-types.mjs';
import { analyzeFixture } from './fixtures/analyze-fixture.mjs';

const card = analyzeFixture([expandTypesPlugin({ valuesFromProse: { 'heading-level': ['2', '3', '4', '5', '6'] } })]);
const expanded = (list, name) => list.find((item) => item.name === name)?.expandedType?.text;

describe('cem plugin: expand types', () => {
  test('resolves a type from a const array: (typeof list)[number]', () => {
    assert.equal(expanded(card.attributes, 'tone'), "'calm' | 'loud'");
    assert.equal(expanded(card.members, 'tone'), "'calm' | 'loud'");
  });

  test('resolves a union of string literals, leaving out undefined', () => {
    assert.equal(expanded(card.attributes, 'size'), "'small' | 'large'");
  });

  test('takes the values of a string attribute from valuesFromProse, by name', () => {
    assert.equal(expanded(card.attributes, 'heading-level'), "'2' | '3' | '4' | '5' | '6'");
    assert.equal(expanded(card.members, 'level'), undefined);
  });

  test('leaves alone a type that is not only string literals', () => {
    assert.equal(expanded(card.attributes, 'note'), undefined);
    assert.equal(expanded(card.attributes, 'lang'), undefined);
  });

  test("types an event's detail from HTMLElementEventMap", () => {
    assert.deepEqual(card.events, [
      { name: 'fixture-result', type: { text: 'CustomEvent<FixtureResult>' }, description: 'The card gave a result.' },
    ]);
  });
});
