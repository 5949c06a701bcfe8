/** Public shapes of an analysis. Offsets always point into `Analysis.text` (the decoded original). */

export type SourceFormat = 'txt' | 'html' | 'docx' | 'pdf' | 'doc' | 'mhtml';
export type Script = 'simplified' | 'traditional' | 'mixed';
export type IssuerKind = 'government' | 'department';
export type Level = 'national' | 'province' | 'city' | 'county' | 'township';
export type Regime = '2007' | '2019';
export type NationalFormat = '2019-60' | '2021-30';
export type ItemStatus = 'present' | 'partial' | 'missing' | 'not-applicable';
export type Severity = 'error' | 'warning' | 'info';

export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  quote: string;
}

export interface Meta {
  title: string | null;
  agency: string | null;
  issuerKind: IssuerKind | null;
  level: Level | null;
  reportYear: number | null;
  publishedOn: string | null;
  regime: Regime | null;
  format: NationalFormat | null;
  script: Script;
  encoding: string;
  sourceFormat: SourceFormat;
}

export type SectionKey =
  | 'overview'
  | 'organization'
  | 'active'
  | 'requests'
  | 'fees'
  | 'review-litigation'
  | 'problems'
  | 'plans'
  | 'other'
  | 'appendix';

export interface Section {
  heading: string;
  level: number;
  /** The number as printed (一, 二, 1, …) converted to an integer. */
  ordinal: number;
  key: SectionKey | null;
  start: number;
  end: number;
  /** End of the heading text itself, for anchoring and highlighting. */
  headingEnd: number;
}

export type CellValue = number | null;

export interface TableRow {
  key: string;
  label: string;
  values: CellValue[];
  /** One span per value (null where the cell was missing from the source). */
  spans: (Span | null)[];
  /** Column names where they differ by row (the Article 20 blocks of T2). */
  columns?: string[];
}

export interface ReportTable {
  id: string;
  title: string;
  format: NationalFormat | null;
  columns: string[];
  rows: TableRow[];
  cells: Record<string, CellValue[]>;
  span: Span;
}

export interface ItemResult {
  id: string;
  status: ItemStatus;
  confidence: number;
  reason: string;
  evidence: Evidence[];
}

export interface CheckResult {
  id: string;
  ok: boolean;
  severity: Severity;
  message: string;
  cells: string[];
  evidence: Evidence[];
}

export interface Overrides {
  reportYear?: number | null;
  regime?: Regime | null;
  format?: NationalFormat | null;
  issuerKind?: IssuerKind | null;
}

export interface Analysis {
  engineVersion: string;
  text: string;
  meta: Meta;
  /** What the engine detected before any reviewer override; `meta` holds the values in force. */
  detectedMeta: Meta;
  boilerplate: Span[];
  /** PDF only: each page's span of `text` (page N is index N-1). */
  pages?: Span[];
  sections: Section[];
  tables: ReportTable[];
  items: ItemResult[];
  checks: CheckResult[];
}
