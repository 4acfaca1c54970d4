'use strict';
// A lean external worker for throughput.js --raw: Node's http module with keep-alive sockets and
// no SDK, doing what the SDK's TaskRunner does on the wire (batch poll with a long-poll timeout,
// then POST /api/tasks/update-v2 and run the task it hands back). It separates what the server
// costs from what the SDK costs. Prints its count on SIGTERM.
//
// Usage: node rawworker.js URL TASK_TYPE SLOTS WORKER_ID

const http = require('http');

const [url, taskType, slots, workerId] = process.argv.slice(2);
const base = new URL(url);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(slots) * 2 });
let done = 0;
let stopping = false;

function call(method, path, body) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request({
      host: base.hostname, port: base.port, method, path, agent,
      headers: data === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data) },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString();
        if (res.statusCode >= 400)
          return reject(new Error(`${method} ${path}: ${res.statusCode} ${text}`));
        resolve(res.statusCode === 204 || text === '' ? null : JSON.parse(text));
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function slot() {
  const poll = `/api/tasks/poll/batch/${taskType}?workerid=${workerId}&count=1&timeout=100`;
  while (!stopping) {
    let task = (await call('GET', poll))[0];
    while (task && !stopping) {
      done += 1;
      task = await call('POST', '/api/tasks/update-v2', {
        workflowInstanceId: task.workflowInstanceId, taskId: task.taskId, status: 'COMPLETED',
        outputData: { by: workerId, i: task.inputData.i ?? null }, workerId,
      });
    }
  }
}

const running = Array.from({ length: Number(slots) }, () => slot().catch((e) => { console.error(e.message); }));
process.send?.({ ready: true });
process.on('SIGTERM', async () => {
  stopping = true;
  await Promise.all(running);
  const cpu = process.cpuUsage();
  process.send?.({ done, cpuMs: (cpu.user + cpu.system) / 1000 });
  process.exit(0);
});
