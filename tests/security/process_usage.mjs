// What a running server holds, read from /proc: its resident memory and open files.
// The full-length runs compare them before and after (malformed HTTP) or sample them every
// second (soak) to catch leaks of memory or descriptors.
import { readdir, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

// {rssKiB, fds} of process `pid`.
export async function processUsage(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const rssKiB = Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? NaN);
  const fds = (await readdir(`/proc/${pid}/fd`)).length;
  return { rssKiB, fds };
}

// Milliseconds the threads of process `pid` have waited, runnable, for a core (the second
// field of each thread's schedstat): on a busy machine, the part of the latency that other
// processes cause.
export async function waitedForCpuMs(pid) {
  let waitedNs = 0;
  for (const thread of await readdir(`/proc/${pid}/task`)) {
    try {
      waitedNs += Number((await readFile(`/proc/${pid}/task/${thread}/schedstat`, 'utf8')).split(' ')[1]);
    } catch { /* the thread ended */ }
  }
  return waitedNs / 1e6;
}

// Milliseconds of CPU process `pid` has used, user and system (fields 14 and 15 of its stat,
// in clock ticks of 10 ms).
export async function cpuMs(pid) {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

// Samples processUsage(pid) every `everyMs` until stop() is called; stop() resolves to the
// samples [{atMs, rssKiB, fds}], atMs counted from the call.
export function sampleUsage(pid, everyMs = 1000) {
  const samples = [];
  const started = Date.now();
  let running = true;
  const loop = (async () => {
    while (running) {
      const due = started + samples.length * everyMs;
      await sleep(Math.max(0, due - Date.now()));
      if (!running) break;
      samples.push({ atMs: Date.now() - started, ...await processUsage(pid) });
    }
  })();
  return { stop: async () => { running = false; await loop; return samples; } };
}

// Waits up to `ms` for the server's open files to come back to at most `limit` (closed
// sockets are released a moment after the clients go); resolves to the last usage read.
export async function settledUsage(pid, limit, ms = 3000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const usage = await processUsage(pid);
    if (usage.fds <= limit || Date.now() > deadline) return usage;
    await sleep(100);
  }
}
