// A backup is a directory: manifest.json (what is inside, with a SHA-256 of every part), db/ (the
// logical export, one gzipped JSON-lines file per table), files/ (a copy of DATA_DIR/files, the
// uploaded files), and sm4.key and audit.key when those keys live in the data directory (without
// them the encrypted personal data cannot be read nor the audit chain verified). It is written under <dir>.partial and
// renamed when complete, so a directory without that suffix is a finished backup.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import type { Config } from '../../config.ts';
import { keyFingerprint, sm3 } from '../crypto/sm.ts';
import type { Database } from '../db/client.ts';
import { type DatabaseExport, exportDatabase, importDatabase } from './logical.ts';

export const BACKUP_FORMAT = 'linzheng-backup';
export const BACKUP_VERSION = 1;

export interface FileEntry {
  /** Relative to DATA_DIR/files, with '/' separators. */
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  database: DatabaseExport;
  files: FileEntry[];
  /** sm4.key in the backup (copied from the data directory), or null when the key is configured. */
  sm4KeyFile: string | null;
  /** SM3 of the SM4 key in use when the backup was taken: restore checks the target uses the same. */
  sm4KeyFingerprint: string;
  /**
   * audit.key in the backup (the audit chain's HMAC key, copied from the data directory), or null when
   * AUDIT_KEY configures it. Absent in backups from before the keyed chain.
   */
  auditKeyFile?: string | null;
  /** Fingerprint of the audit key: without the same key the restored chain cannot be verified. */
  auditKeyFingerprint?: string;
}

export interface BackupSummary {
  dir: string;
  tables: number;
  rows: number;
  files: number;
  bytes: number;
  ms: number;
}

export function filesDir(config: Pick<Config, 'DATA_DIR'>): string {
  return path.join(config.DATA_DIR, 'files');
}

function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function walk(root: string, rel = ''): string[] {
  const dir = path.join(root, rel);
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(root, p));
    else if (entry.isFile()) out.push(p);
  }
  return out.sort();
}

/**
 * SHA-256 and size of every file under root (the backup test compares two trees with it), or of
 * those `keep` accepts.
 */
export function listFiles(root: string, keep: (relPath: string) => boolean = () => true): FileEntry[] {
  return walk(root)
    .filter(keep)
    .map((p) => {
      const full = path.join(root, p);
      return { path: p, size: fs.statSync(full).size, sha256: sha256File(full) };
    });
}

/** The storage keys of local files that the exported stored_files table names. */
async function storedKeys(dir: string, database: DatabaseExport): Promise<Set<string>> {
  const keys = new Set<string>();
  const entry = database.tables.find((t) => /(^|\.)"?stored_files"?$/.test(t.name));
  if (!entry) return keys;
  const lines = readline.createInterface({
    input: fs.createReadStream(path.join(dir, entry.file)).pipe(zlib.createGunzip()),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  for await (const line of lines) {
    if (!line) continue;
    const row = JSON.parse(line) as { driver?: string; storage_key?: string };
    if (row.driver === 'local' && row.storage_key) keys.add(row.storage_key);
  }
  return keys;
}

type KeyConfig = Pick<Config, 'SM4_KEY' | 'AUDIT_KEY' | 'DATA_DIR'>;

/** A key from the settings, or the file the platform keeps it in inside the data directory. */
function resolvedKey(
  configured: string,
  dataDir: string,
  name: string,
): { key: string; file: string | null } {
  if (configured) return { key: configured.toLowerCase(), file: null };
  const file = path.join(dataDir, name);
  return fs.existsSync(file) ? { key: fs.readFileSync(file, 'utf8').trim(), file } : { key: '', file: null };
}

/**
 * Writes a complete backup to `dir` (which must not exist): the database from one snapshot, then
 * the uploaded files (files are written before the rows that name them, so every file a row of
 * the snapshot names is already there), then the key and the manifest.
 */
export async function runBackup(input: {
  database: Database;
  config: KeyConfig;
  dir: string;
}): Promise<BackupSummary> {
  const started = Date.now();
  const dir = path.resolve(input.dir);
  if (fs.existsSync(dir)) throw new Error(`备份目录已存在：${dir}`);
  const partial = `${dir}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true, mode: 0o700 });
  try {
    const database = await exportDatabase(input.database, partial);
    const source = filesDir(input.config);
    // Only the files a stored_files row of the snapshot names: a file no row names (its transaction
    // never committed) is nobody's, and the sweeper removes it (files/orphan-sweeper.ts).
    const named = await storedKeys(partial, database);
    const files = listFiles(source, (p) => named.has(p));
    for (const f of files) {
      const target = path.join(partial, 'files', f.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(source, f.path), target);
      // A file replaced while being copied: take the copy's own hash, so the manifest tells the truth.
      const copied = sha256File(target);
      if (copied !== f.sha256) Object.assign(f, { sha256: copied, size: fs.statSync(target).size });
    }
    const key = resolvedKey(input.config.SM4_KEY, input.config.DATA_DIR, 'sm4.key');
    if (key.file) fs.copyFileSync(key.file, path.join(partial, 'sm4.key'));
    const auditKey = resolvedKey(input.config.AUDIT_KEY, input.config.DATA_DIR, 'audit.key');
    if (auditKey.file) fs.copyFileSync(auditKey.file, path.join(partial, 'audit.key'));
    fs.chmodSync(partial, 0o700);
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      database,
      files,
      sm4KeyFile: key.file ? 'sm4.key' : null,
      sm4KeyFingerprint: key.key ? sm3(key.key) : '',
      auditKeyFile: auditKey.file ? 'audit.key' : null,
      auditKeyFingerprint: auditKey.key ? keyFingerprint(auditKey.key) : '',
    };
    fs.writeFileSync(path.join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.renameSync(partial, dir);
    return {
      dir,
      tables: database.tables.length,
      rows: database.tables.reduce((n, t) => n + t.rows, 0),
      files: files.length,
      bytes: directorySize(dir),
      ms: Date.now() - started,
    };
  } catch (e) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw e;
  }
}

function directorySize(dir: string): number {
  return walk(dir).reduce((n, p) => n + fs.statSync(path.join(dir, p)).size, 0);
}

/** Reads the manifest and checks every part against its SHA-256; throws naming the first bad part. */
export async function verifyBackup(dir: string): Promise<Manifest> {
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file))
    throw new Error(
      fs.existsSync(`${dir}.partial`)
        ? `备份未完成：${dir}.partial`
        : `不是备份目录（缺少 manifest.json）：${dir}`,
    );
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== BACKUP_FORMAT || manifest.version !== BACKUP_VERSION)
    throw new Error(`不认识的备份格式：${manifest.format} ${manifest.version}`);
  for (const t of manifest.database.tables) {
    const full = path.join(dir, t.file);
    if (!fs.existsSync(full)) throw new Error(`备份缺少表 ${t.name} 的数据文件 ${t.file}`);
    const hash = crypto.createHash('sha256');
    await pipeline(fs.createReadStream(full), zlib.createGunzip(), hash);
    if (hash.digest('hex') !== t.sha256) throw new Error(`表 ${t.name} 的数据文件校验不符（已损坏或被改动）`);
  }
  for (const f of manifest.files) {
    const full = path.join(dir, 'files', f.path);
    if (!fs.existsSync(full)) throw new Error(`备份缺少文件 ${f.path}`);
    if (sha256File(full) !== f.sha256) throw new Error(`文件 ${f.path} 校验不符（已损坏或被改动）`);
  }
  return manifest;
}

/**
 * The data directory's mark of a restore under way (DATA_DIR/restore-in-progress.json): written
 * before a restore creates anything there (the embedded database's pgdata, the uploaded files) and
 * removed once it has finished. A restore killed part-way leaves it, and the next restore clears
 * what the mark covers — pgdata and files, which held nothing before that restore — and starts over.
 */
export function restoreMarkFile(dataDir: string): string {
  return path.join(dataDir, 'restore-in-progress.json');
}

export interface RestoreMark {
  backup: string;
  startedAt: string;
  pid: number;
}

export function readRestoreMark(dataDir: string): RestoreMark | null {
  try {
    return JSON.parse(fs.readFileSync(restoreMarkFile(dataDir), 'utf8')) as RestoreMark;
  } catch {
    return null;
  }
}

/** Writes the mark (durably: a restore killed right after must still find it). */
export function writeRestoreMark(dataDir: string, backup: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = restoreMarkFile(dataDir);
  const mark: RestoreMark = { backup, startedAt: new Date().toISOString(), pid: process.pid };
  const fd = fs.openSync(file, 'w', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(mark)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function clearRestoreMark(dataDir: string): void {
  fs.rmSync(restoreMarkFile(dataDir), { force: true });
}

/** True when nothing is in the way of a restore into this data directory's files and key. */
function assertEmptyFilesDir(config: Pick<Config, 'DATA_DIR'>): void {
  const dir = filesDir(config);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0)
    throw new Error(`上传文件目录不是空的：${dir}。恢复只能写入空的数据目录。`);
}

/**
 * Restores a verified backup into an EMPTY database and data directory: rows (one transaction),
 * then files, then the SM4 key. The target must use the key the backup was taken with.
 */
export async function runRestore(input: {
  database: Database;
  config: KeyConfig;
  dir: string;
}): Promise<{ tables: number; rows: number; files: number; ms: number }> {
  const started = Date.now();
  const dir = path.resolve(input.dir);
  const manifest = await verifyBackup(dir);
  assertEmptyFilesDir(input.config);
  const keyFile = path.join(input.config.DATA_DIR, 'sm4.key');
  if (input.config.SM4_KEY) {
    if (manifest.sm4KeyFingerprint && sm3(input.config.SM4_KEY.toLowerCase()) !== manifest.sm4KeyFingerprint)
      throw new Error(
        '配置的 SM4_KEY 与备份时使用的密钥不同：恢复后个人信息将无法解密。请使用备份时的密钥。',
      );
  } else if (fs.existsSync(keyFile)) {
    const present = fs.readFileSync(keyFile, 'utf8').trim();
    if (manifest.sm4KeyFingerprint && sm3(present) !== manifest.sm4KeyFingerprint)
      throw new Error(`数据目录中已有不同的 SM4 密钥：${keyFile}。恢复只能写入空的数据目录。`);
  } else if (!manifest.sm4KeyFile && manifest.sm4KeyFingerprint) {
    throw new Error('备份时的 SM4 密钥由 SM4_KEY 配置，不在备份中：请以同一 SM4_KEY 运行恢复。');
  }

  const auditKeyFile = path.join(input.config.DATA_DIR, 'audit.key');
  const auditPrint = manifest.auditKeyFingerprint ?? '';
  if (input.config.AUDIT_KEY) {
    if (auditPrint && keyFingerprint(input.config.AUDIT_KEY.toLowerCase()) !== auditPrint)
      throw new Error(
        '配置的 AUDIT_KEY 与备份时的审计密钥不同：恢复后审计链将无法校验。请使用备份时的密钥。',
      );
  } else if (fs.existsSync(auditKeyFile)) {
    if (auditPrint && keyFingerprint(fs.readFileSync(auditKeyFile, 'utf8').trim()) !== auditPrint)
      throw new Error(`数据目录中已有不同的审计密钥：${auditKeyFile}。恢复只能写入空的数据目录。`);
  } else if (!manifest.auditKeyFile && auditPrint) {
    throw new Error('备份时的审计密钥由 AUDIT_KEY 配置，不在备份中：请以同一 AUDIT_KEY 运行恢复。');
  }

  await importDatabase(input.database, dir, manifest.database);

  const target = filesDir(input.config);
  for (const f of manifest.files) {
    const to = path.join(target, f.path);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(dir, 'files', f.path), to);
  }
  if (manifest.sm4KeyFile && !input.config.SM4_KEY && !fs.existsSync(keyFile)) {
    fs.mkdirSync(input.config.DATA_DIR, { recursive: true });
    fs.copyFileSync(path.join(dir, manifest.sm4KeyFile), keyFile);
    fs.chmodSync(keyFile, 0o600);
  }
  if (manifest.auditKeyFile && !input.config.AUDIT_KEY && !fs.existsSync(auditKeyFile)) {
    fs.mkdirSync(input.config.DATA_DIR, { recursive: true });
    fs.copyFileSync(path.join(dir, manifest.auditKeyFile), auditKeyFile);
    fs.chmodSync(auditKeyFile, 0o600);
  }
  return {
    tables: manifest.database.tables.length,
    rows: manifest.database.tables.reduce((n, t) => n + t.rows, 0),
    files: manifest.files.length,
    ms: Date.now() - started,
  };
}
