// Compares the verdicts of ajv (draft 2020-12, strict mode, ajv-formats) with the
// verdicts of `spcomm validate -json` for every fixture. Run by crosscheck.sh:
//
//   node scripts/ajv-crosscheck.mjs NODE_PREFIX SCHEMA OURS.ndjson
//
// NODE_PREFIX is the folder where ajv and ajv-formats were installed with npm.
// OURS.ndjson holds one line per fixture: {"file", "valid", "problems"}.
// Exits 1 on any disagreement, 2 when it cannot run.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const [prefix, schemaPath, oursPath] = process.argv.slice(2);
if (!prefix || !schemaPath || !oursPath) {
  console.error("usage: node ajv-crosscheck.mjs NODE_PREFIX SCHEMA OURS.ndjson");
  process.exit(2);
}
const require = createRequire(join(prefix, "package.json"));
const ajvModule = require("ajv/dist/2020");
const Ajv2020 = ajvModule.default || ajvModule;
const formatsModule = require("ajv-formats");
const addFormats = formatsModule.default || formatsModule;

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

// Problems that our strict reader finds before any schema is applied, and that
// JSON.parse cannot see or reports differently: JSON.parse keeps the last of two
// duplicate keys silently. Such fixtures are invalid by our parser alone and are
// not compared with ajv.
const readerOnly = new Map([
  ["syntax", "not well-formed JSON (our reader)"],
  ["duplicate_key", "duplicate key, which JSON.parse accepts silently (our reader)"],
]);

const ours = readFileSync(oursPath, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l));
let compared = 0;
const skipped = [];
const disagreements = [];
for (const rec of ours) {
  const reason = rec.problems.map((p) => readerOnly.get(p.code)).find((r) => r);
  if (reason) {
    let note;
    try {
      note = validate(JSON.parse(readFileSync(rec.file, "utf8"))) ? "JSON.parse reads it and ajv finds it valid" : "JSON.parse reads it and ajv finds it invalid";
    } catch {
      note = "JSON.parse rejects it too";
    }
    skipped.push(`${rec.file}: ${reason}; ${note}`);
    continue;
  }
  let doc;
  try {
    doc = JSON.parse(readFileSync(rec.file, "utf8"));
  } catch (e) {
    disagreements.push(`${rec.file}: JSON.parse fails (${e.message}) but spcomm found no syntax problem`);
    continue;
  }
  const valid = validate(doc);
  compared++;
  const theirs = valid ? [] : pointers(validate.errors);
  const mine = [...new Set(rec.problems.map((p) => p.pointer))].sort();
  if (valid !== rec.valid) {
    disagreements.push(`${rec.file}: ajv says ${valid ? "valid" : "invalid: " + ajv.errorsText(validate.errors)}; spcomm says ${rec.valid ? "valid" : "invalid at " + mine.join(", ")}`);
  } else if (!rec.problems.some((p) => p.code === "depth") && theirs.join("\n") !== mine.join("\n")) {
    // Same verdict: the places must agree too (except for a document nested too
    // deep, which our reader stops at the limit and ajv judges by its shape).
    // Same verdict: the places must agree too.
    disagreements.push(`${rec.file}: both say invalid, but ajv points at ${theirs.join(", ")} and spcomm at ${mine.join(", ")}`);
  }
}

// pointers returns the distinct places of ajv's errors, with a missing required
// property or an unknown property at its own pointer, as spcomm reports them.
function pointers(errors) {
  const esc = (k) => k.replace(/~/g, "~0").replace(/\//g, "~1");
  const out = new Set();
  for (const e of errors) {
    if (e.keyword === "required") out.add(`${e.instancePath}/${esc(e.params.missingProperty)}`);
    else if (e.keyword === "additionalProperties") out.add(`${e.instancePath}/${esc(e.params.additionalProperty)}`);
    else out.add(e.instancePath);
  }
  return [...out].sort();
}

for (const s of skipped) console.log(`crosscheck: skipped ${s}`);
console.log(`crosscheck: compared ${compared} file(s) (verdict and places) with ajv ${require("ajv/package.json").version} (draft 2020-12, strict, ajv-formats); ${skipped.length} skipped as invalid by our reader alone`);
if (disagreements.length > 0) {
  for (const d of disagreements) console.error(`crosscheck: DISAGREEMENT ${d}`);
  console.error(`crosscheck: ${disagreements.length} disagreement(s)`);
  process.exit(1);
}
console.log("crosscheck: ajv and spcomm agree on every file");
