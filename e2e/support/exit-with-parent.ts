// Preloaded into the e2e server: when the test runner dies without its teardown (killed, crashed),
// the pipe on stdin closes and the server shuts down instead of lingering on the shared machine.
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.on('error', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.resume();
