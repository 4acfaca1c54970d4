'use strict';
// One external worker process for throughput.js: the official SDK's TaskManager serving the
// benchmark task type with batch polls and update-v2 chaining. Prints its count on SIGTERM.
//
// Usage: node throughput_worker.js URL TASK_TYPE CONCURRENCY WORKER_ID

const { OrkesClients, TaskManager } = require('@io-orkes/conductor-javascript');

for (const name of ['CONDUCTOR_SERVER_URL', 'CONDUCTOR_AUTH_KEY', 'CONDUCTOR_AUTH_SECRET', 'CI'])
  delete process.env[name];

async function main() {
  const [url, taskType, concurrency, workerId] = process.argv.slice(2);
  const clients = await OrkesClients.from({ serverUrl: url });
  let done = 0;
  const silent = { info: () => {}, debug: () => {}, warn: () => {}, error: (...a) => console.error(...a) };
  const manager = new TaskManager(clients.getClient(), [{
    taskDefName: taskType,
    execute: async (task) => {
      done += 1;
      return { status: 'COMPLETED', outputData: { by: workerId, i: task.inputData.i ?? null } };
    },
  }], { logger: silent, options: { concurrency: Number(concurrency), pollInterval: 1, batchPollingTimeout: 100, workerID: workerId } });
  manager.startPolling();
  process.send?.({ ready: true });
  process.on('SIGTERM', async () => {
    await manager.stopPolling();
    const cpu = process.cpuUsage();
    process.send?.({ done, cpuMs: (cpu.user + cpu.system) / 1000 });
    process.exit(0);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
