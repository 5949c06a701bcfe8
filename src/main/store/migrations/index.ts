import type Database from 'better-sqlite3';
import { initDocuments } from './0001-documents';
import { reviewWork } from './0002-review-work';
import { passages } from './0003-passages';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [initDocuments, reviewWork, passages];
