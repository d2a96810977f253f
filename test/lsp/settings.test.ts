// The conflict settings, pulled per folder: a severity, and a switch.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TestClient } from './client.js';

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples');
const file = path.join(SAMPLES, 'gulf-daily.txt');
const uri = pathToFileURL(file).href;

async function conflictDiagnostics(settings: Record<string, unknown>) {
  const client = new TestClient(settings);
  await client.initialize(SAMPLES);
  // let the folder be indexed, then open the article
  await new Promise((r) => setTimeout(r, 1000));
  await client.open(uri, fs.readFileSync(file, 'utf8'));
  const p = await client.diagnostics((x) => x.uri === uri && x.version === 1);
  await client.close();
  return p.diagnostics.filter((d) => d.code === 'contradiction' || d.code === 'update');
}

describe('conflict settings', function () {
  this.timeout(30000);

  it('reports contradictions as warnings by default, with the severity the folder sets', async () => {
    const byDefault = await conflictDiagnostics({});
    // issue 13: a pair below isnad.conflicts.minConfidence (0.5 by default) is a hint, whatever the severity
    const sure = (d: object) => ((d as { data?: { confidence: number } }).data?.confidence ?? 0) >= 0.5;
    const contradictions = byDefault.filter((d) => d.code === 'contradiction' && sure(d));
    assert.ok(contradictions.length > 0, 'the sample story has contradictions');
    assert.ok(contradictions.every((d) => d.severity === 2), 'warnings');
    const unsure = byDefault.filter((d) => !sure(d));
    assert.ok(unsure.length > 0, 'the sample story has a pair below the threshold (dozens of shops against about 150)');
    assert.ok(unsure.every((d) => d.severity === 4), 'pairs below the threshold are hints');
    assert.ok(byDefault.filter((d) => d.code === 'update' && sure(d)).every((d) => d.severity === 3), 'updates are information');
    const asErrors = await conflictDiagnostics({ conflicts: { severity: 'error' } });
    assert.ok(asErrors.filter((d) => d.code === 'contradiction' && sure(d)).every((d) => d.severity === 1));
    const all = await conflictDiagnostics({ conflicts: { severity: 'error', minConfidence: 0 } });
    assert.ok(all.filter((d) => d.code === 'contradiction').every((d) => d.severity === 1), 'minConfidence 0: every pair with the severity');
  });

  it('asks once per workspace folder, not once per article (an archive has thousands)', async () => {
    const client = new TestClient({ conflicts: { severity: 'error' } });
    await client.initialize(SAMPLES);
    const articles = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.txt'));
    assert.ok(articles.length >= 3);
    for (const f of articles) await client.open(pathToFileURL(path.join(SAMPLES, f)).href, fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    const p = await client.diagnostics((x) => x.uri === uri && x.version === 1 && x.diagnostics.some((d) => d.code === 'contradiction'));
    await client.close();
    const sure = p.diagnostics.filter((d) => d.code === 'contradiction' && ((d as { data?: { confidence: number } }).data?.confidence ?? 0) >= 0.5);
    assert.ok(sure.length > 0 && sure.every((d) => d.severity === 1), 'the folder\'s severity applies to every article');
    assert.equal(client.configurationScopes.length, 1, client.configurationScopes.join(', '));
  });

  it('switches conflict checks off for a folder', async () => {
    assert.deepEqual(await conflictDiagnostics({ conflicts: { enabled: false } }), []);
  });
});
