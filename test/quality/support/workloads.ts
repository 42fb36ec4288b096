// Crash-safety workloads: streams of writes the crash suite sends to the real server while it kills
// the process at random moments. A module joins by adding a file under test/quality/workloads/ that
// calls registerCrashWorkload (and registerInvariant for checks on the database itself); the suite
// imports every file there. See test/quality/README.md.
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../../../src/platform/db/client.ts';
import { type HttpClient, signIn } from './http.ts';

export interface WorkloadApi {
  base: string;
  /** The system administrator, signed in once and kept across restarts (sessions must survive). */
  sysadmin(): Promise<HttpClient>;
  /** The audit administrator (reads and verifies the audit log). */
  auditadmin(): Promise<HttpClient>;
  signIn(username: string, password?: string): Promise<HttpClient>;
}

export interface WorkloadLog<I, A> {
  /** Writes the server acknowledged (2xx): each must be there after every restart. */
  acked: Array<{ intent: I; ack: A }>;
  /** Writes whose answer never came (the process died): each must be whole or absent. */
  unknown: I[];
}

export interface CrashWorkload<I = unknown, A = unknown> {
  name: string;
  /** Once per server start, before the writes (e.g. sign in, look up ids). */
  setup?(api: WorkloadApi): Promise<void>;
  /** The n-th write's intent (pure data: what is about to be written). */
  prepare(n: number): I;
  /**
   * Sends one write; resolves with what the server acknowledged. Throw an Error for a refusal (a
   * 4xx the workload did not expect fails the suite); network failures are caught by the runner.
   */
  send(api: WorkloadApi, intent: I): Promise<A>;
  /** After a restart, before new writes: every acknowledged write is there, nothing half-written. */
  verify(api: WorkloadApi, log: WorkloadLog<I, A>): Promise<void>;
}

export interface Invariant {
  name: string;
  /** Run on the database after the last clean stop; returns the problems found (empty: fine). */
  check(database: Database): Promise<string[]>;
}

const workloads: CrashWorkload[] = [];
const invariants: Invariant[] = [];

export function registerCrashWorkload<I, A>(workload: CrashWorkload<I, A>): void {
  if (!workloads.some((w) => w.name === workload.name)) workloads.push(workload as CrashWorkload);
}

export function registerInvariant(invariant: Invariant): void {
  if (!invariants.some((i) => i.name === invariant.name)) invariants.push(invariant);
}

/** Imports every workload file under test/quality/workloads/, then lists what registered. */
export async function loadWorkloads(): Promise<{ workloads: CrashWorkload[]; invariants: Invariant[] }> {
  const dir = path.resolve(import.meta.dirname, '../workloads');
  for (const file of fs.readdirSync(dir).sort())
    if (file.endsWith('.ts') && !file.endsWith('.test.ts')) await import(path.join(dir, file));
  return { workloads, invariants };
}

/** A failure that says nothing about the write: the server did not answer. */
export function isNetworkError(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return true;
  return e instanceof TypeError && /fetch failed|terminated|socket/i.test(`${e.message} ${String(e.cause)}`);
}

/** The shared API for one server life: clients made lazily, the admin sessions reused. */
export function workloadApi(base: string, sessions: Map<string, HttpClient>): WorkloadApi {
  const kept = async (username: string) => {
    let client = sessions.get(username);
    if (!client) {
      client = await signIn(base, username);
      sessions.set(username, client);
    }
    client.base = base;
    return client;
  };
  return {
    base,
    sysadmin: () => kept('sysadmin'),
    auditadmin: () => kept('auditadmin'),
    signIn: (username, password) => signIn(base, username, password),
  };
}
