// Validates Kubernetes objects against the API's JSON schemas as shipped by kubernetes-models (generated
// from the Kubernetes OpenAPI document; no network). An ES module, run by test/deploy with plain Node
// because the package is ESM-only and Jest here runs CommonJS.
// stdin: [{ "where": "...", "object": {...} }, ...]   stdout: [{ "where", "kind", "errors": [...] }, ...]
import { readFileSync } from 'node:fs';
import process from 'node:process';

const input = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const { where, object } of input) {
  const apiVersion = String(object?.apiVersion ?? '');
  const kind = String(object?.kind ?? '');
  // "apps/v1" -> apps/v1, "v1" (the core group) -> v1.
  const module = `kubernetes-models/${apiVersion}/${kind}`;
  let Model;
  try {
    Model = (await import(module))[kind];
  } catch {
    results.push({ where, kind, errors: [`no schema for ${apiVersion} ${kind} (${module})`] });
    continue;
  }
  try {
    new Model(object).validate();
    results.push({ where, kind, errors: [] });
  } catch (error) {
    const details = (error.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
    results.push({ where, kind, errors: details.length > 0 ? details : [String(error.message ?? error)] });
  }
}
process.stdout.write(JSON.stringify(results));
