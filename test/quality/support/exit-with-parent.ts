// Preloaded into servers the quality suites and the benchmark start: when the parent dies without
// stopping them (killed, crashed), their stdin pipe closes and they shut down instead of lingering
// on the shared machine.
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.on('error', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.resume();
