// Uploaded files: a store interface (local disk now, S3-compatible later), content checks by magic
// bytes, safe names and the stored_files record. Modules decide who may upload and read.
export { type FileStore, fileStoreFor, LocalFileStore, useFileStore } from './file-store.ts';
export { detectFormat, FILE_FORMATS, type FileFormat, FORMAT_INFO, sanitizeFileName } from './file-types.ts';
export {
  type CheckedUpload,
  checkUpload,
  contentDisposition,
  filesInsert,
  findFiles,
  readFile,
  type StoredFile,
  saveFile,
  saveFiles,
  storeFiles,
  type UploadCheck,
} from './files.service.ts';
export { ORPHAN_FILE_MAX_AGE_HOURS, ORPHAN_SWEEP_JOB, sweepOrphanFiles } from './orphan-sweeper.ts';
