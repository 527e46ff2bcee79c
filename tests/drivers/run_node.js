// Test driver: runs Node.js samples one after another in one process, marking each at the stub.
// A sample is done when it first calls console.log (every sample ends by logging its result or
// error). Usage: NODE_PATH=tests/node/node_modules node run_node.js MARK_URL LIST RESULTS
// (formats as in run_curl.sh); http.request sends MARK_URL's user:password as Basic auth.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const util = require('util');

const [markUrl, listing, results] = process.argv.slice(2);
const TIMEOUT_MS = 30000;

function mark(label) {
  return new Promise((resolve, reject) => {
    const req = http.request(markUrl, { method: 'POST', headers: { 'Content-Type': 'text/plain' } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 204 ? resolve() : reject(new Error(`mark: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end(label);
  });
}

function runOne(file) {
  return new Promise((resolve) => {
    const output = [];
    const errors = [];
    const log = console.log;
    let timer = null;
    const finish = () => {
      clearTimeout(timer);
      console.log = log;
      process.removeListener('unhandledRejection', onRejection);
      resolve({ output: output.join('\n'), error: errors.join('\n') });
    };
    const onRejection = (reason) => {
      errors.push('unhandled rejection: ' + util.inspect(reason));
      finish();
    };
    console.log = (...args) => {
      output.push(util.format(...args));
      if (args.some((a) => a instanceof Error)) errors.push('logged an error: ' + util.inspect(args[0]));
      // Let the logging call finish before the next sample starts.
      setImmediate(finish);
    };
    process.on('unhandledRejection', onRejection);
    timer = setTimeout(() => {
      errors.push(`no console.log within ${TIMEOUT_MS} ms`);
      finish();
    }, TIMEOUT_MS);
    try {
      require(path.resolve(file));
    } catch (e) {
      errors.push(util.inspect(e));
      finish();
    }
  });
}

async function main() {
  const lines = fs.readFileSync(listing, 'utf8').split('\n').filter(Boolean);
  const out = [];
  for (const line of lines) {
    const [label, file] = line.split('\t');
    await mark(label);
    const { output, error } = await runOne(file);
    const b64 = (s) => Buffer.from(s, 'utf8').toString('base64');
    out.push([label, b64(output), b64(error)].join('\t') + '\n');
  }
  fs.writeFileSync(results, out.join(''));
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
