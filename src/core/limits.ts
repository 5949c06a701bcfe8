/** Largest file the engine will read; annual reports are a few hundred KB, scanned PDFs a few MB. */
export const MAX_FILE_BYTES = 30 * 1024 * 1024;
/** Largest decoded text analysed; a report of 300 pages of prose is below this. */
export const MAX_TEXT_CHARS = 2_000_000;
