// The benchmark registry. A benchmark has two halves: `setup` runs inside the benchmark server
// process (bench/server.ts) before it listens — generate data at the scale asked for, register a
// baseline route —, and `run` runs in the runner process (bench/run.ts), which drives load with
// autocannon over loopback and returns the figure with the baseline measured in the same run.
// A module adds a file under bench/benchmarks/ that calls registerBenchmark. See bench/README.md.
import type { FastifyInstance } from 'fastify';
import type { Config } from '../src/config.ts';
import type { Ctx } from '../src/platform/context.ts';
import type { Database } from '../src/platform/db/client.ts';

export type Scale = 'small' | 'full';

export interface ServerSide {
  app: FastifyInstance;
  database: Database;
  config: Config;
  scale: Scale;
  /** A system ctx (actor SYSTEM) for generating data with the modules' own services. */
  ctx(): Ctx;
  /**
   * True in a worker process of a multi-process server (`--workers N`, the WORKERS setting): the
   * primary has run every setup already, so a setup here registers its routes and generates nothing.
   */
  worker: boolean;
}

export interface LoadOptions {
  path: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  /** Concurrent connections (default 10). */
  connections?: number;
  /** Seconds; the run's default (small 5 s, full 20 s) when omitted. */
  duration?: number;
  /** autocannon worker threads (2 where one thread would saturate before the server does). */
  workers?: number;
  /** A different X-Forwarded-For per request (the server trusts the proxy), so per-address rate limits do not bite. */
  spreadAddresses?: boolean;
  /** Another server than the benchmark server (the bare Fastify baseline). */
  base?: string;
}

export interface LoadResult {
  requestsPerSec: number;
  latency: { p50: number; p95: number; p99: number; mean: number };
  /** Responses outside 2xx, and socket errors/timeouts. */
  non2xx: number;
  errors: number;
  requests: number;
  bytesPerRequest: number;
  connections: number;
  workers: number;
  duration: number;
}

export interface RunSide {
  /** The benchmark server. */
  base: string;
  /** A bare Fastify route in the same server process: GET <bare>/ping → {"status":"ok"}. */
  bare: string;
  scale: Scale;
  load(options: LoadOptions): Promise<LoadResult>;
  /** The benchmark server's process id (its workers are its children), for CPU accounting. */
  serverPid: number;
  /** Server processes (1, or N with --workers N). */
  serverProcesses: number;
  /** Signs in on the benchmark server; returns the cookie and CSRF token. */
  signIn(username: string): Promise<{ cookie: string; csrf: string }>;
  log(message: string): void;
}

export interface Target {
  /** What the issue asks, in words: '≥ 5,000 req/s and p99 ≤ 20 ms at 50 connections'. */
  text: string;
  /** Checked against the figure and its baseline. */
  met(figure: Figure): boolean;
}

export interface Figure {
  value: number;
  unit: string;
  /** Higher is better (throughput) or lower is better (latency). */
  better: 'higher' | 'lower';
  baseline?: { name: string; value: number; unit: string };
  /** value / baseline (for 'lower', baseline / value): the share of the baseline's performance. */
  ratio?: number;
  details?: Record<string, unknown>;
  note?: string;
}

export interface Benchmark {
  name: string;
  title: string;
  /** The issue that sets the target ('issue 3', 'platform'). */
  source: string;
  target: Target;
  setup?(server: ServerSide): Promise<void>;
  run(bench: RunSide): Promise<Figure>;
  /**
   * Measured with several server processes when the run asks for them (`--workers N`): its setup
   * (and the setups of the other benchmarks of its file) must honour ServerSide.worker.
   */
  workers?: boolean;
}

const benchmarks: Benchmark[] = [];

export function registerBenchmark(benchmark: Benchmark): void {
  if (benchmarks.some((b) => b.name === benchmark.name))
    throw new Error(`duplicate benchmark name: ${benchmark.name}`);
  benchmarks.push(benchmark);
}

export function listBenchmarks(): readonly Benchmark[] {
  return benchmarks;
}

/** The share of the baseline: for throughput value/baseline, for latency baseline/value. */
export function ratioOf(value: number, baseline: number, better: 'higher' | 'lower'): number {
  if (!baseline || !value) return 0;
  return better === 'higher' ? value / baseline : baseline / value;
}
