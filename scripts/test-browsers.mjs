#!/usr/bin/env node
// Runs @web/test-runner in the browsers of this machine: `npm run test:browsers` (the component
// tests, web-test-runner.config.mjs) and `npm run test:visual` (the screenshot tests,
// web-test-runner.visual.config.mjs, Chromium only), two separate steps of `npm test`.
//   node scripts/test-browsers.mjs [wtr args...]            e.g. --watch, --files test/foo.test.ts
//   node scripts/test-browsers.mjs --visual [wtr args...]   e.g. --update-visual-baseline
// 1. finds the browsers (scripts/lib/browsers.mjs), prints which run and how to install the
//    missing ones;
// 2. for WebKit, starts a private Xvfb display and WebKitWebDriver (port 4445, or a free one);
// 3. runs @web/test-runner with the config and exits with its status, stopping everything it
//    started (also on Ctrl+C / SIGTERM).
// Env: LHW_BROWSERS=chromium,firefox,webkit   run only these (default: every one installed); the
//                                             screenshot step is skipped when it leaves out chromium
//      LHW_REQUIRE_ALL_BROWSERS=1             a selected browser that is missing fails the run
//      LHW_COVERAGE=0                         no coverage (automatic with --files)
//      and the executables' paths: see scripts/lib/browsers.mjs
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectBrowsers } from './lib/browsers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const started = []; // child processes we must stop, each leading its own process group

/** Spawns a helper in its own process group, so stopping it also stops what it started. */
function spawnService(name, cmd, args, options) {
  const child = spawn(cmd, args, { ...options, detached: true });
  child.label = name;
  child.stderrTail = '';
  child.stderr?.on('data', (d) => (child.stderrTail = (child.stderrTail + d).slice(-2000)));
  started.push(child);
  return child;
}

function stopServicesSync(signal) {
  for (const child of [...started].reverse()) {
    try {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}

// The browsers' temporary profiles go here (TMPDIR of the run), removed at the end: puppeteer
// does not always manage to delete a Chromium profile while the browser is shutting down.
let tmpDir;

async function stopServices() {
  const alive = () => started.filter((c) => c.exitCode === null && c.signalCode === null);
  stopServicesSync('SIGTERM');
  for (let i = 0; i < 50 && alive().length; i++) await new Promise((r) => setTimeout(r, 100));
  stopServicesSync('SIGKILL');
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true, maxRetries: 3 });
}

function failedToStart(child, what) {
  return new Error(`${child.label} ${what}.${child.stderrTail ? `\n${child.stderrTail}` : ''}`);
}

/** Starts Xvfb on a free display (it prints the number on fd 3 once it is ready). */
function startXvfb(xvfb) {
  const child = spawnService('Xvfb', xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    child.on('error', reject);
    child.on('exit', () => reject(failedToStart(child, 'exited before it was ready')));
    setTimeout(() => reject(failedToStart(child, 'did not start within 30 s')), 30000).unref();
  });
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer().once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freePort(preferred) {
  if (await portIsFree(preferred)) return preferred;
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startWebKitDriver(driver, display) {
  const port = await freePort(4445);
  const env = { ...process.env, DISPLAY: display, NO_AT_BRIDGE: '1' };
  const child = spawnService('WebKitWebDriver', driver, [`--port=${port}`], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let exited = false;
  child.on('exit', () => (exited = true));
  for (let waited = 0; waited < 30000; waited += 200) {
    if (exited) throw failedToStart(child, 'exited before it was ready');
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
    if (ready) return port;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw failedToStart(child, `did not answer on port ${port} within 30 s`);
}

let testRunner; // the @web/test-runner child, once started
let interrupted = 0;

// Ctrl+C reaches wtr through the terminal too; a signal sent to this script alone is passed on
// as SIGINT (wtr then closes its browsers). A second signal kills wtr outright.
function onSignal() {
  interrupted += 1;
  if (testRunner && testRunner.exitCode === null && testRunner.signalCode === null) {
    testRunner.kill(interrupted > 1 ? 'SIGKILL' : 'SIGINT');
  } else {
    stopServices().then(() => process.exit(130));
  }
}

function runTestRunner(configFile, args, env) {
  const bin = path.join(root, 'node_modules', '@web', 'test-runner', 'dist', 'bin.js');
  const config = path.join(root, configFile);
  testRunner = spawn(process.execPath, [bin, '--config', config, ...args], { cwd: root, env, stdio: 'inherit' });
  return new Promise((resolve) => {
    testRunner.on('error', (error) => {
      console.error(`Could not start @web/test-runner: ${error.message}`);
      resolve(1);
    });
    testRunner.on('exit', (code, signal) => resolve(code ?? (signal ? 130 : 1)));
  });
}

async function main() {
  const startedAt = Date.now();
  const visual = process.argv[2] === '--visual';
  const args = process.argv.slice(visual ? 3 : 2);
  const config = visual ? 'web-test-runner.visual.config.mjs' : 'web-test-runner.config.mjs';
  const requireAll = process.env.LHW_REQUIRE_ALL_BROWSERS === '1';
  // The screenshots are Chromium's: its baselines belong to Debian's Chromium.
  const browsers = detectBrowsers().filter((b) => !visual || b.name === 'chromium');
  console.log(visual ? 'Screenshot tests (Chromium):' : 'Browser tests:');
  if (visual && !browsers[0].selected) {
    console.log(`  skipped: Chromium is not in LHW_BROWSERS=${process.env.LHW_BROWSERS}`);
    return 0;
  }
  for (const b of browsers) {
    if (!b.selected) console.log(`${b.label}: skipped (not in LHW_BROWSERS=${process.env.LHW_BROWSERS})`);
    else if (b.missing.length) {
      console.log(`${b.label}: ${requireAll ? 'MISSING' : 'skipped'}, not found: ${b.missing.join(', ')}`);
      console.log(`  install it with: ${b.install}`);
    } else console.log(`${b.label}: runs (${Object.values(b.paths).join(', ')})`);
  }
  const missing = browsers.filter((b) => b.selected && b.missing.length);
  const run = browsers.filter((b) => b.selected && !b.missing.length);
  if (requireAll && missing.length) {
    console.error(`\nLHW_REQUIRE_ALL_BROWSERS=1: ${missing.map((b) => b.label).join(', ')} missing (see above).`);
    return 1;
  }
  if (!run.length) {
    console.error('\nNo browser to run the tests in: install one of the above.');
    return 1;
  }

  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lhw-test-'));
  process.env.TMPDIR = tmpDir; // for every child: wtr, its browsers, WebKitWebDriver, MiniBrowser
  const env = { ...process.env, LHW_TEST_SCRIPT: '1', LHW_BROWSERS: run.map((b) => b.name).join(',') };
  const webkit = run.find((b) => b.name === 'webkit');
  if (webkit) {
    const display = await startXvfb(webkit.paths.xvfb);
    env.LHW_WEBKIT_PORT = String(await startWebKitDriver(webkit.paths.driver, display));
    console.log(`WebKit: Xvfb on ${display}, WebKitWebDriver on port ${env.LHW_WEBKIT_PORT}`);
  }
  if (interrupted) return 130;
  if (!visual && args.some((arg) => arg.startsWith('--files'))) {
    env.LHW_COVERAGE = '0'; // a subset of the tests cannot meet the coverage threshold
    console.log('Coverage: off (--files runs a subset of the tests)');
  }
  const code = await runTestRunner(config, args, env);
  if (code !== 0) {
    console.error(`web-test-runner (${config}) failed (exit ${code}) after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  }
  return code;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, onSignal);
process.on('exit', () => stopServicesSync('SIGTERM')); // last resort; normally already stopped
let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  await stopServices();
}
process.exit(code);
