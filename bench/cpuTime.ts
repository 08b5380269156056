// CPU time of a piece of synchronous work: the lint figures' clock. On the shared 2-core machine the
// same lint took 30 to 80 µs per key result by the wall clock, depending on what else ran; the
// process's CPU time (user + system, process.cpuUsage) moves far less. It counts V8's helper threads
// too (concurrent GC), so it reads a little above the wall clock on an idle machine, never below.

/** CPU milliseconds `run` takes. */
export function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
