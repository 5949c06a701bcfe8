import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedFile } from '../../core/__tests__/seeds';
import { createServices, type Services } from '../services';
import { openDatabase } from '../store/db';
import { MIGRATIONS } from '../store/migrations';

let dir: string;

/** A full set of services on a file, for tests that prepare an older store. */
class Services2 {
  readonly services: Services;
  constructor(file: string) {
    this.services = createServices(file);
  }
}
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'nianbao-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migrations', () => {
  it('a store written by the previous version opens in the next with its data', () => {
    const file = join(dir, 'review.db');
    const v1 = openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) });
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.prepare(
      `INSERT INTO documents (sha256, file_name, source_path, size, source_format, encoding, text, imported_at)
       VALUES ('abc', 'old.txt', '/x/old.txt', 3, 'txt', 'utf-8', '年度报告正文', '2024-01-01')`,
    ).run();
    v1.close();

    const v2 = openDatabase(file);
    expect(v2.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    expect(v2.prepare('SELECT file_name FROM documents').pluck().all()).toEqual(['old.txt']);
    // Text imported before search existed is searchable after the upgrade.
    expect(v2.prepare("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"年度报\"'").pluck().get()).toBe(1);
    expect(v2.pragma('journal_mode', { simple: true })).toBe('wal');
    v2.close();

    // Opening again is a no-op.
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    again.close();
  });

  it('a store from before passage fingerprints gets them for the reports it already holds', async () => {
    const file = join(dir, 'v2.db');
    const old = new Services2(file);
    await old.services.imports.importFile(seedFile('001'));
    old.services.store.db.exec('DROP TABLE passages');
    old.services.store.db.pragma('user_version = 2');
    old.services.close();
    const upgraded = openDatabase(file);
    expect(upgraded.pragma('user_version', { simple: true })).toBe(3);
    expect(upgraded.prepare('SELECT count(*) FROM passages').pluck().get()).toBeGreaterThan(10);
    upgraded.close();
  });

  it('refuses a store from a newer version and leaves it untouched', () => {
    const file = join(dir, 'future.db');
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer than this app/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(99);
    check.close();
  });

  it('a failing migration rolls back whole', () => {
    const file = join(dir, 'broken.db');
    const latest = MIGRATIONS.at(-1)!.version;
    const broken = [...MIGRATIONS, { version: latest + 1, name: 'broken', up: (db: Database.Database) => db.exec('CREATE TABLE x (a); SELECT * FROM no_such_table;') }];
    expect(() => openDatabase(file, { migrations: broken })).toThrow(new RegExp(`Migration ${latest + 1}`));
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'x'").pluck().get()).toBe(0);
    db.close();
  });

  it('the library list and the copy search use their indexes', () => {
    const db = openDatabase(':memory:');
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT document_id FROM analyses WHERE report_year = 2021').all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/analyses_year/);
    // Finding copied passages joins on the fingerprint index, not a scan of every sentence.
    const shared = db.prepare('EXPLAIN QUERY PLAN SELECT other.document_id FROM passages mine JOIN passages other ON other.hash = mine.hash AND other.document_id != 1 WHERE mine.document_id = 1').all() as { detail: string }[];
    expect(shared.map((p) => p.detail).join()).toMatch(/passages_hash/);
    db.close();
  });
});

describe('review work survives re-analysis, restarts and undo', () => {
  let services: Services;
  let file: string;
  beforeEach(() => {
    file = join(dir, 'review.db');
    services = createServices(file);
  });
  afterEach(() => services.close());

  it('keeps decisions and annotations when a changed file is re-imported, and says so', async () => {
    const path = join(dir, 'report.txt');
    copyFileSync(seedFile('001'), path);
    const first = await services.imports.importFile(path);
    const id = first.documentId!;
    services.reviews.setDecision({ documentId: id, itemId: 'R19-3', status: 'partial', note: '正文数字与表格不一致' });
    services.reviews.addAnnotation({ documentId: id, start: 0, end: 10, kind: 'question', comment: '标题核对' });

    writeFileSync(path, readFileSync(path, 'utf8').replace('予以公開15件', '予以公開16件'));
    const second = await services.imports.importFile(path);
    expect(second.documentId).toBe(id);
    expect(second.status).toBe('updated');
    expect(second.keptWork).toBe(2);
    const report = services.reviews.getReport(id);
    expect(report.decisions).toEqual([expect.objectContaining({ itemId: 'R19-3', status: 'partial', note: '正文数字与表格不一致' })]);
    expect(report.annotations).toHaveLength(1);
    // The new analysis is in force: one TXT-TABLE finding fewer.
    expect(report.analysis.checks.filter((c) => c.id === 'TXT-TABLE' && !c.ok)).toHaveLength(1);
    // Automatic status stays beside the reviewer's.
    expect(report.analysis.items.find((i) => i.id === 'R19-3')!.status).toBe('present');
  });

  it('the same content under another name is a duplicate, not a second report', async () => {
    copyFileSync(seedFile('000'), join(dir, 'a.txt'));
    copyFileSync(seedFile('000'), join(dir, 'b.txt'));
    expect((await services.imports.importFile(join(dir, 'a.txt'))).status).toBe('new');
    expect((await services.imports.importFile(join(dir, 'b.txt'))).status).toBe('duplicate');
    expect(services.store.library.list({})).toHaveLength(1);
  });

  it('everything is in the file after a restart', async () => {
    const id = (await services.imports.importFile(seedFile('004'))).documentId!;
    services.reviews.setDecision({ documentId: id, itemId: 'R07-3', status: 'missing', severity: 'major', note: '未报告收费情况' });
    services.reviews.setReviewState(id, { state: 'done', conclusion: '需补充' });
    services.close();
    services = createServices(file);
    const report = services.reviews.getReport(id);
    expect(report.decisions[0]).toMatchObject({ itemId: 'R07-3', status: 'missing', severity: 'major', note: '未报告收费情况' });
    expect(report.review).toMatchObject({ state: 'done', conclusion: '需补充' });
    expect(services.store.library.list({ state: 'done' }).map((r) => r.id)).toEqual([id]);
  });

  it('overrides re-evaluate the checklist without replacing the detected values', async () => {
    const id = (await services.imports.importFile(seedFile('002'))).documentId!;
    const report = services.reviews.setOverrides(id, { reportYear: 2021 });
    expect(report.analysis.meta.regime).toBe('2019');
    expect(report.analysis.detectedMeta.reportYear).toBe(2016);
    expect(report.analysis.items.map((i) => i.id)).toContain('R19-F');
    expect(report.review.overrides).toEqual({ reportYear: 2021 });
    const back = services.reviews.setOverrides(id, { reportYear: null });
    expect(back.analysis.meta.regime).toBe('2007');
    const gov = services.reviews.setOverrides(id, { reportYear: 2021, issuerKind: 'government' });
    expect(gov.analysis.items.find((i) => i.id === 'R19-5G')!.status).not.toBe('not-applicable');
  });

  it('undo reverts changes newest first and the audit trail records who did what', async () => {
    const id = (await services.imports.importFile(seedFile('001'))).documentId!;
    services.settings.set({ reviewer: '王审查' });
    services.reviews.setDecision({ documentId: id, itemId: 'R19-1', status: 'partial' });
    services.reviews.setDecision({ documentId: id, itemId: 'R19-1', status: 'missing', note: '缺平台建设' });
    const withNote = services.reviews.addAnnotation({ documentId: id, start: 5, end: 12, kind: 'wording', comment: '措辞' });
    services.reviews.deleteAnnotation(withNote.annotations[0].id);

    expect(services.reviews.undo(id).report!.annotations).toHaveLength(1);
    expect(services.reviews.undo(id).report!.annotations).toHaveLength(0);
    expect(services.reviews.undo(id).report!.decisions[0]).toMatchObject({ status: 'partial', note: null });
    expect(services.reviews.undo(id).report!.decisions).toEqual([]);
    expect(services.reviews.undo(id).undone).toBeNull();

    const history = services.reviews.history(id);
    expect(history.filter((h) => h.action === 'decision.set')).toHaveLength(2);
    expect(history.find((h) => h.action === 'annotation.add')!.actor).toBe('王审查');
    expect(history.every((h) => h.action.startsWith('import') || h.undone)).toBe(true);
  });

  it('a cancelled folder import stops between files and says so', async () => {
    for (const id of ['000', '001', '002', '003', '004']) copyFileSync(seedFile(id), join(dir, `${id}.txt`));
    let seen = 0;
    const result = await services.imports.importPaths([dir], { onFile: () => seen++, isCancelled: () => seen >= 2 });
    expect(result.cancelled).toBe(true);
    expect(result.imported).toHaveLength(2);
    expect(services.store.library.list({})).toHaveLength(2);
  });

  it('search finds text in either script', async () => {
    await services.imports.importFile(seedFile('001'));
    await services.imports.importFile(seedFile('003'));
    const trad = services.search.search('信息处理费');
    expect(trad.map((h) => h.fileName)).toEqual(['001_72945e47686616df.txt']);
    expect(trad[0].snippet).toContain('【');
    expect(services.search.search('政务服务网').map((h) => h.fileName)).toContain('003_81607b53ed23230b.txt');
    expect(services.search.search('郑州').map((h) => h.fileName)).toEqual(['003_81607b53ed23230b.txt']);
  });
});

describe('checks across the library', () => {
  let dir2: string;
  let services: Services;
  beforeEach(() => {
    dir2 = mkdtempSync(join(tmpdir(), 'nianbao-library-'));
    services = createServices(join(dir2, 'review.db'));
  });
  afterEach(() => {
    services.close();
    rmSync(dir2, { recursive: true, force: true });
  });

  const t3Balance = (text: string, row: string, values: number[]) => {
    const label = text.indexOf(row);
    let at = label;
    let out = text;
    for (const v of values) {
      at = out.indexOf('\n', at) + 1;
      const end = out.indexOf(' |', at);
      out = out.slice(0, at) + String(v) + out.slice(end);
    }
    return out;
  };

  it('CARRY-OVER: this year’s 上年结转 against last year’s 结转下年度, same agency', async () => {
    const seed = readFileSync(seedFile('001'), 'utf8');
    // Last year (2020) ended with 2 applications carried over by natural persons; this year says 0.
    const lastYear = t3Balance(seed.replace(/2021年/g, '2020年'), '四、結轉下年度繼續辦理 |', [2, 0, 0, 0, 0, 0, 2]);
    writeFileSync(join(dir2, '2020.txt'), lastYear);
    writeFileSync(join(dir2, '2021.txt'), seed);
    await services.imports.importPaths([dir2]);
    const [r2020, r2021] = services.store.library.list({}).sort((a, b) => a.reportYear! - b.reportYear!);
    expect(r2020.reportYear).toBe(2020);
    const carry = services.reviews.getReport(r2021.id).analysis.checks.filter((c) => c.id === 'CARRY-OVER');
    expect(carry).toHaveLength(1);
    expect(carry[0]).toMatchObject({ ok: false, severity: 'error' });
    expect(carry[0].cells).toEqual(['T3:二:自然人', 'T3:二:总计']);
    expect(carry[0].message).toContain('2020.txt');
    // The earliest report has nothing to compare with: the check does not run.
    expect(services.reviews.getReport(r2020.id).analysis.checks.some((c) => c.id === 'CARRY-OVER')).toBe(false);
  });

  it('DUP-TEXT: passages copied from another agency’s report, in either script', async () => {
    const { convertScript } = await import('../../core/normalize/script');
    const copied = convertScript(readFileSync(seedFile('001'), 'utf8').replace(/宿遷市人力資源和社會保障局/g, '淮安市人力資源和社會保障局'), 'simplified');
    writeFileSync(join(dir2, 'a.txt'), readFileSync(seedFile('001')));
    writeFileSync(join(dir2, 'b.txt'), copied.replace(/21/g, '31'));
    writeFileSync(join(dir2, 'c.txt'), readFileSync(seedFile('003')));
    await services.imports.importPaths([dir2]);
    const byFile = Object.fromEntries(services.store.library.list({}).map((r) => [r.fileName, r.id]));
    const dup = services.reviews.getReport(byFile['b.txt']).analysis.checks.filter((c) => c.id === 'DUP-TEXT');
    expect(dup).toHaveLength(1);
    expect(dup[0].ok).toBe(false);
    expect(dup[0].message).toContain('a.txt');
    expect(dup[0].message).toContain('宿遷市人力資源和社會保障局');
    const clean = services.reviews.getReport(byFile['c.txt']).analysis.checks.filter((c) => c.id === 'DUP-TEXT');
    expect(clean).toEqual([expect.objectContaining({ ok: true })]);
  });

  it('DUP-TEXT: the same report in another file format is not a copy, last year’s report copied whole is', async () => {
    const seed = readFileSync(seedFile('000'), 'utf8');
    writeFileSync(join(dir2, '2013.txt'), seed);
    writeFileSync(join(dir2, '2013.html'), `<html><body>${seed.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`);
    writeFileSync(join(dir2, '2014.txt'), seed.replace(/2013年/g, '2014年').replace(/4起/g, '5起'));
    await services.imports.importPaths([dir2]);
    const byFile = Object.fromEntries(services.store.library.list({}).map((r) => [r.fileName, r.id]));
    const sameYear = services.reviews.getReport(byFile['2013.html']).analysis.checks.filter((c) => c.id === 'DUP-TEXT' && !c.ok);
    expect(sameYear.map((c) => c.message).join()).not.toContain('2013.txt');
    const nextYear = services.reviews.getReport(byFile['2014.txt']).analysis.checks.filter((c) => c.id === 'DUP-TEXT' && !c.ok);
    expect(nextYear.length).toBeGreaterThanOrEqual(1);
    expect(nextYear[0].message).toContain('上年报告');
    const earlier = services.reviews.getReport(byFile['2013.txt']).analysis.checks.filter((c) => c.id === 'DUP-TEXT' && !c.ok);
    expect(earlier).toEqual([]);
  });
});
