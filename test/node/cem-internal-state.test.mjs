// scripts/cem/internal-state.mjs: a reactive property declared `state: true` (a private field) is
// no attribute in the manifest. Node test on test/node/fixtures/fixture-card.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { internalStatePlugin } from '../../scripts/cem/internal-state.mjs';
import { analyzeFixture } from './fixtures/analyze-fixture.mjs';

const attributeNames = (declaration) => declaration.attributes.map((attribute) => attribute.name);
const member = (declaration, name) => declaration.members.find((item) => item.name === name);

describe('cem plugin: internal state', () => {
  test('is needed: without it the analyzer lists internal state as an attribute', () => {
    assert.ok(attributeNames(analyzeFixture()).includes('open'));
  });

  test('keeps state out of the attributes, and the public and protected attributes in', () => {
    const card = analyzeFixture([internalStatePlugin()]);
    assert.deepEqual(attributeNames(card), ['tone', 'size', 'heading-level', 'note', 'lang']);
    assert.equal(member(card, 'open').attribute, undefined);
    assert.equal(member(card, 'open').privacy, 'private');
    assert.equal(member(card, 'ownLang').attribute, 'lang');
  });

  test('drops privacy "public", the default', () => {
    const card = analyzeFixture([internalStatePlugin()]);
    assert.deepEqual(
      card.members.filter((item) => 'privacy' in item).map((item) => [item.name, item.privacy]),
      [
        ['ownLang', 'protected'],
        ['open', 'private'],
      ],
    );
  });
});
