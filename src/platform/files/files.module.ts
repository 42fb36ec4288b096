// Uploaded files as a platform module: the sweeper of unreferenced files and its setting.
import type { Module } from '../module.ts';
import { ORPHAN_FILE_MAX_AGE_HOURS, orphanSweepJob } from './orphan-sweeper.ts';

export const filesModule: Module = {
  name: 'files',
  settings: [ORPHAN_FILE_MAX_AGE_HOURS],
  jobs: [orphanSweepJob],
};
