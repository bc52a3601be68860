// ajv-bench.mjs: the ajv side of bench/compare.sh. It compiles spcomm's published
// schema once with ajv 8 (draft 2020-12, strict, ajv-formats) and measures, warm,
// per document: JSON.parse alone, validate alone, and JSON.parse + validate; or, with
// --ndjson FILE, the throughput of parsing and validating every line of a stream.
// Output: one JSON object on stdout.
import { readFileSync, createReadStream } from "node:fs";
import { createRequire } from "node:module";
import { createInterface } from "node:readline";

const require = createRequire(process.env.AJV_PREFIX + "/node_modules/");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats");

const args = process.argv.slice(2);
const schemaPath = args[0];
const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

function timeIt(fn, minMs = 1500) {
  for (let i = 0; i < 2000; i++) fn(); // warm up the JIT
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0n;
  while (elapsed < BigInt(minMs) * 1000000n) {
    for (let i = 0; i < 500; i++) fn();
    n += 500;
    elapsed = process.hrtime.bigint() - start;
  }
  return Number(elapsed) / n / 1000; // µs per call
}

if (args[1] === "--ndjson") {
  const rl = createInterface({ input: createReadStream(args[2]), crlfDelay: Infinity });
  let docs = 0, valid = 0;
  const start = process.hrtime.bigint();
  for await (const line of rl) {
    docs++;
    try {
      if (validate(JSON.parse(line))) valid++;
    } catch { /* malformed line: counted, invalid */ }
  }
  const secs = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(JSON.stringify({ docs, valid, seconds: secs, docs_per_second: docs / secs }));
} else {
  const text = readFileSync(args[1], "utf8");
  const doc = JSON.parse(text);
  if (!validate(doc)) {
    console.error("ajv finds the benchmark document invalid:", JSON.stringify(validate.errors));
    process.exit(1);
  }
  const parse = timeIt(() => JSON.parse(text));
  const val = timeIt(() => validate(doc));
  const both = timeIt(() => validate(JSON.parse(text)));
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text), parse_us: parse, validate_us: val, parse_validate_us: both }));
}
