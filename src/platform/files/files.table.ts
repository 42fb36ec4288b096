import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Uploaded files (materials, attachments). The bytes live in a FileStore (local disk under
// DATA_DIR/files, or S3-compatible storage); this row is what the platform knows about them.
export const storedFiles = pgTable(
  'stored_files',
  {
    id: uuid().primaryKey().defaultRandom(),
    // Where the bytes are: the driver ('local', 's3') and its key. Never derived from the upload's name.
    driver: text().notNull(),
    storageKey: text().notNull(),
    // The uploader's file name, sanitized (no path, no control characters), for display and download.
    fileName: text().notNull(),
    // Detected from the content (magic bytes), not taken from the browser.
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    ownerAccountId: uuid(),
    // What the file is for, e.g. 'services.material'.
    purpose: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('stored_files_owner_idx').on(t.ownerAccountId, t.createdAt)],
);
