'use strict';
// Starts `joinery serve` on a free loopback port with a fresh database and stops it again.

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

async function startJoinery(joinery, extraArgs = []) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'joinery-interop-'));
  const db = path.join(dir, 'interop.sqlite');
  const proc = spawn(joinery, ['serve', '--db', db, '--port', '0', ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const url = await new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`joinery serve did not start within 20 s: ${stderr}`)), 20000);
    proc.stdout.on('data', (d) => {
      stdout += d;
      const m = /(http:\/\/[^\s)]+)/.exec(stdout); // the line is translated; the URL is not
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`joinery serve exited with ${code} before listening: ${stderr}`));
    });
  });
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    url,
    db,
    pid: proc.pid,
    stderr: () => stderr,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null)
        proc.kill('SIGTERM');
      const result = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 20000))]);
      if (!result) {
        proc.kill('SIGKILL');
        throw new Error('joinery serve did not stop within 20 s of SIGTERM');
      }
      fs.rmSync(dir, { recursive: true, force: true });
      return result;
    },
  };
}

module.exports = { startJoinery };
