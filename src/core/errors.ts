export type AnalysisErrorCode =
  | 'EMPTY_FILE'
  | 'TOO_LARGE'
  | 'BINARY_FILE'
  | 'UNSUPPORTED_FORMAT'
  | 'CORRUPT_FILE'
  | 'UNDECODABLE_TEXT'
  | 'NOT_A_REPORT'
  | 'NEEDS_OCR'
  | 'ENCRYPTED_FILE'
  | 'ZIP_BOMB'
  | 'EXTERNAL_REFERENCE'
  | 'READ_FAILED';

/** A refusal the reviewer can act on: the code is stable, the message says what is wrong with the file. */
export class AnalysisError extends Error {
  constructor(
    readonly code: AnalysisErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AnalysisError';
  }
}

export function isAnalysisError(err: unknown): err is AnalysisError {
  return err instanceof AnalysisError;
}
