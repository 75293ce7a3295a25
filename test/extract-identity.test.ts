import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titlesConflict } from '../src/extract/identity.js';

test('identity: the same principal post of two different units conflicts', () => {
  assert.equal(titlesConflict(['永川区委书记'], ['江津区委书记']), true);
  assert.equal(titlesConflict(['区委书记'], ['市委书记']), true);
  assert.equal(titlesConflict(['永川区区长'], ['大足区区长']), true);
});

test('identity: a unit without its place matches the named unit of that level', () => {
  assert.equal(titlesConflict(['永川区委书记', '区委书记'], ['区委书记']), false);
  assert.equal(titlesConflict(['永川区长'], ['区长']), false);
});

test('identity: two different principal posts of one level conflict', () => {
  assert.equal(titlesConflict(['区委书记'], ['区长']), true);
  assert.equal(titlesConflict(['永川区委书记'], ['永川区区长']), true);
  assert.equal(titlesConflict(['区人大常委会主任'], ['区政协主席']), true);
});

test('identity: party secretary and congress chair of one unit go together', () => {
  assert.equal(titlesConflict(['省委书记'], ['省人大常委会主任']), false);
});

test('identity: deputies, members and other titles never conflict', () => {
  assert.equal(titlesConflict(['区委副书记'], ['区长']), false);
  assert.equal(titlesConflict(['区委常委', '副区长'], ['区委常委']), false);
  assert.equal(titlesConflict(['渝西都市报记者'], ['区委书记']), false);
  assert.equal(titlesConflict([], ['区委书记']), false);
});
