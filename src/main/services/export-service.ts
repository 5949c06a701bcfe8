import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { buildMemo, renderDocx, renderHtml, renderMarkdown, renderSummaryCsv, renderSummaryXlsx } from '../../core/memo';
import type { ReviewService } from './review-service';
import type { SettingsService } from './settings-service';

export type MemoFormat = 'docx' | 'md' | 'html' | 'pdf';
export type SummaryFormat = 'xlsx' | 'csv';

export interface ExportedFile {
  bytes: Buffer;
  suggestedName: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Turns a report and the reviewer's work into a memo file, or a set of reports into a summary sheet. */
export class ExportService {
  constructor(
    private readonly reviews: ReviewService,
    private readonly settings: SettingsService,
    /** HTML → PDF, by whatever Chromium the host has (Electron's printToPDF, Playwright's page.pdf). */
    private readonly printToPdf: ((html: string) => Promise<Buffer>) | null = null,
  ) {}

  memoInput(documentId: number, script: 'simplified' | 'traditional') {
    const r = this.reviews.getReport(documentId);
    return {
      analysis: r.analysis,
      checklist: r.checklist,
      decisions: r.decisions,
      annotations: r.annotations,
      conclusion: r.review.conclusion,
      fileName: r.fileName,
      reviewer: r.review.reviewer ?? this.settings.reviewer(),
      date: today(),
      script,
    };
  }

  async memo(documentId: number, format: MemoFormat, script: 'simplified' | 'traditional' = 'simplified'): Promise<ExportedFile> {
    const input = this.memoInput(documentId, script);
    const memo = buildMemo(input);
    const stem = `${basename(input.fileName, extname(input.fileName))}.审查意见`;
    switch (format) {
      case 'md':
        return { bytes: Buffer.from(renderMarkdown(memo), 'utf8'), suggestedName: `${stem}.md` };
      case 'html':
        return { bytes: Buffer.from(renderHtml(memo), 'utf8'), suggestedName: `${stem}.html` };
      case 'docx':
        return { bytes: await renderDocx(memo), suggestedName: `${stem}.docx` };
      case 'pdf': {
        if (!this.printToPdf) throw Object.assign(new Error('PDF export needs Chromium, which this host does not have; export DOCX or HTML instead.'), { code: 'PDF_UNAVAILABLE' });
        return { bytes: await this.printToPdf(renderHtml(memo)), suggestedName: `${stem}.pdf` };
      }
    }
  }

  write(path: string, file: ExportedFile): { path: string; bytes: number } {
    writeFileSync(path, file.bytes);
    return { path, bytes: file.bytes.length };
  }

  async summary(documentIds: number[], format: SummaryFormat): Promise<ExportedFile> {
    const reports = documentIds.map((id) => {
      const r = this.reviews.getReport(id);
      return { fileName: r.fileName, analysis: r.analysis, decisions: r.decisions, state: r.review.state, reviewer: r.review.reviewer };
    });
    const name = `审查汇总-${today()}.${format}`;
    return { bytes: format === 'csv' ? renderSummaryCsv(reports) : await renderSummaryXlsx(reports), suggestedName: name };
  }
}
