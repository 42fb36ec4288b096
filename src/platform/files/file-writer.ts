// A thread that creates the small files uploads become (文件写入线程). Creating a file is metadata work
// for the filesystem whose cost the event loop should not carry: from 20 µs to, on a busy or shared
// disk, close to a millisecond each, and more on network storage (a shared DATA_DIR/files across
// instances). Through Node's thread pool each file costs three hand-offs (open, write, close), each
// with its own wake-ups; here the files of one request — all put in the same tick — travel to this
// thread in one message, are written there one after another, and come back as one answer.
import { Worker } from 'node:worker_threads';

// The thread's code, plain JavaScript (runs as is in development and in the bundled server alike).
const THREAD = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const made = new Set();
function create(file, data) {
  const dir = path.dirname(file);
  if (!made.has(dir)) { fs.mkdirSync(dir, { recursive: true }); made.add(dir); }
  try {
    fs.writeFileSync(file, data, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    // Half written (disk full…): remove what was made. A file that was there already stays.
    if (e.code !== 'ENOENT') { if (e.code !== 'EEXIST') { try { fs.rmSync(file, { force: true }); } catch {} } throw e; }
    // The directory went away (removed by hand or by a restore): make it again.
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, data, { mode: 0o600, flag: 'wx' });
  }
}
parentPort.on('message', ({ id, files }) => {
  const errors = files.map(({ file, data }) => {
    try { create(file, data); return null; }
    catch (e) { return { message: e.message, code: e.code }; }
  });
  parentPort.postMessage({ id, errors });
});
`;

interface Pending {
  resolve(): void;
  reject(e: Error): void;
}

interface Answer {
  id: number;
  errors: Array<{ message: string; code?: string } | null>;
}

// One thread. Two (each request's files behind half as many others) were measured on the project's
// 2-core machine: creating files from two threads at once cost more kernel time per file than from
// one, and fewer applications were accepted per second (bench/README.md).
let worker: Worker | null = null;
/** Messages sent to the thread and not yet answered, by id. */
const waiting = new Map<number, Pending[]>();
let nextId = 1;
let batch: Array<{ file: string; data: Uint8Array; pending: Pending }> = [];

function thread(): Worker {
  if (worker) return worker;
  const w = new Worker(THREAD, { eval: true });
  w.unref();
  w.on('message', ({ id, errors }: Answer) => {
    const pendings = waiting.get(id) ?? [];
    waiting.delete(id);
    if (waiting.size === 0) w.unref();
    for (const [i, p] of pendings.entries()) {
      const e = errors[i];
      if (!e) p.resolve();
      else p.reject(Object.assign(new Error(e.message), { code: e.code }));
    }
  });
  const fail = (error: Error) => {
    if (worker === w) worker = null;
    for (const pendings of waiting.values()) for (const p of pendings) p.reject(error);
    waiting.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`文件写入线程已退出（${code}）`)));
  worker = w;
  return w;
}

function send(): void {
  const files = batch;
  batch = [];
  const id = nextId++;
  const w = thread();
  waiting.set(
    id,
    files.map((f) => f.pending),
  );
  w.ref(); // answers are awaited: keep the process up until they come
  // The bytes are copied into the message (an upload's Buffer may share its memory with others).
  w.postMessage({ id, files: files.map(({ file, data }) => ({ file, data })) });
}

/** Creates file (exclusively: it must not exist) with data, mode 0600, on the writer thread. */
export function createFileOnThread(file: string, data: Uint8Array): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (batch.length === 0) queueMicrotask(send);
    batch.push({ file, data, pending: { resolve, reject } });
  });
}
