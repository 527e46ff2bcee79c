// The anchor snippet generators, measured in one warm Node process that the Python bench drives.
// Usage: node anchors.mjs MODULES_DIR REQUEST_JSON SECONDS_PER_RUN
// REQUEST_JSON holds {"har": <HAR request>, "postman": <postman-collection Request definition>}.
// Prints one JSON line describing the cases (and each case's snippet, to check it), then reads
// case numbers from stdin, one per line, and answers each with one JSON line: {"rate": snippets/s}.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';

const [modulesDir, requestFile, secondsArg] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(modulesDir), 'node_modules', 'anchors.js'));
const { HTTPSnippet } = require('httpsnippet');
const codegen = require('postman-code-generators');
const sdk = require('postman-collection');
const { snippetz } = await import(require.resolve('@scalar/snippetz'));

function version(name) {
  let dir = path.dirname(require.resolve(name));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (pkg.name === name) return pkg.version;
    } catch { /* not this folder: look further up */ }
    const parent = path.dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}

function postmanConvert(language, variant, request) {
  let out;
  codegen.convert(language, variant, request, {}, (error, snippet) => {
    if (error) throw error;
    out = snippet;
  });
  if (out === undefined) throw new Error('postman-code-generators answered asynchronously');
  return out;
}

const { har, postman } = JSON.parse(readFileSync(requestFile, 'utf8'));
const prepared = new HTTPSnippet(har);
const preparedRequest = new sdk.Request(postman);
const scalar = snippetz();
const targets = {
  curl: { httpsnippet: ['shell', 'curl'], postman: ['curl', 'cURL'], snippetz: ['shell', 'curl'] },
  python: { httpsnippet: ['python', 'requests'], postman: ['python', 'Requests'], snippetz: ['python', 'requests'] },
  csharp: { httpsnippet: ['csharp', 'httpclient'], postman: ['csharp', 'HttpClient'], snippetz: ['csharp', 'httpclient'] },
};
const cases = [];
for (const [target, by] of Object.entries(targets)) {
  const [hl, hc] = by.httpsnippet;
  const [pl, pv] = by.postman;
  const [sl, sc] = by.snippetz;
  cases.push(
    ['httpsnippet', 'request', target, () => new HTTPSnippet(har).convert(hl, hc)],
    ['httpsnippet', 'prepared', target, () => prepared.convert(hl, hc)],
    ['postman-code-generators', 'request', target, () => postmanConvert(pl, pv, new sdk.Request(postman))],
    ['postman-code-generators', 'prepared', target, () => postmanConvert(pl, pv, preparedRequest)],
    ['@scalar/snippetz', 'request', target, () => scalar.print(sl, sc, har)],
  );
}

const windowNs = BigInt(Math.round(Number(secondsArg) * 1e9));
// Snippets per second of `make` over one time window; every snippet must be a non-empty string.
function rate(make) {
  let n = 0;
  const start = process.hrtime.bigint();
  let now;
  do {
    for (let i = 0; i < 50; i++) {
      const text = make();
      if (typeof text !== 'string' || text.length === 0) throw new Error('empty snippet');
    }
    n += 50;
    now = process.hrtime.bigint();
  } while (now - start < windowNs);
  return (n * 1e9) / Number(now - start);
}

for (const [, , , make] of cases) for (let i = 0; i < 2000; i++) make(); // warm up every case

console.log(JSON.stringify({
  versions: {
    node: process.version,
    httpsnippet: version('httpsnippet'),
    'postman-code-generators': version('postman-code-generators'),
    '@scalar/snippetz': version('@scalar/snippetz'),
  },
  cases: cases.map(([generator, mode, target, make]) => ({ generator, mode, target, snippet: make() })),
}));

for await (const line of readline.createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  console.log(JSON.stringify({ rate: rate(cases[Number(line)][3]) }));
}
