// The feedparser suite in Node (parseFeed as the widget server and `bantin/core` run it): see feedparser-suite.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { GOAL, describeReport, runSuite, type Case } from './feedparser-suite.js';

const root = fileURLToPath(new URL('../../fixtures/corpus/feedparser/', import.meta.url));

describe('parseFeed on the feedparser suite (Node)', () => {
  it(`passes at least ${GOAL * 100} % of the mappable cases it follows, and decodes every HTML 4 entity`, async () => {
    const cases: Case[] = JSON.parse(await readFile(root + 'expectations.json', 'utf8'));
    const report = await runSuite(async (path) => new Uint8Array(await readFile(root + path)), cases);
    console.log(describeReport(report));
    assert.ok(report.mappable >= 500, `only ${report.mappable} cases mapped`);
    assert.deepEqual(report.followedAfterAll, [], 'not-followed cases that pass: take them off NOT_FOLLOWED');
    assert.deepEqual(report.entities.missing, []);
    assert.ok(report.passed / (report.mappable - report.notFollowed) >= GOAL, describeReport(report));
  });
});
