#!/usr/bin/env bash
# Renders review memos to PDF and PNG pages so they can be looked at as a reader would:
#   scripts/memo-preview.sh [OUT_DIR] [SEED...]       (default: e2e/screenshots/memos, seeds 001 and 004)
# Needs LibreOffice and poppler: apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-e2e/screenshots/memos}"
shift || true
seeds=("$@")
[ ${#seeds[@]} -eq 0 ] && seeds=(seeds/001_72945e47686616df.txt seeds/004_cc4324fc729039f4.txt)
command -v soffice >/dev/null || { echo "LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui" >&2; exit 1; }
command -v pdftoppm >/dev/null || { echo "pdftoppm is not installed: apt-get install poppler-utils" >&2; exit 1; }
mkdir -p "$out"
npx tsx src/cli/index.ts --memo docx --out "$out" "${seeds[@]}" >/dev/null
for docx in "$out"/*.docx; do
  soffice --headless --convert-to pdf --outdir "$out" "$docx" >/dev/null 2>&1
  pdf="${docx%.docx}.pdf"
  pdftoppm -png -r 70 "$pdf" "${docx%.docx}.page"
  echo "$pdf: $(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages/{print $2}') pages; fonts: $(pdffonts "$pdf" 2>/dev/null | awk 'NR>2{print $1}' | sort -u | tr '\n' ' ')"
done
ls "$out"/*.png
