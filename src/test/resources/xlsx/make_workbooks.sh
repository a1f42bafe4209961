#!/usr/bin/env bash
# Makes the workbook fixtures from the dialect CSVs with a real spreadsheet program, LibreOffice
# Calc 7.4 (Debian's libreoffice-calc-nogui), as an analyst who opens the export and saves it as
# .xlsx would. Run once; the tests do not need LibreOffice. Filter options: comma-separated,
# double quotes, UTF-8 (76), first line 1, US English, so "11/23/2026 9:00:00" becomes a date
# cell and "4" a number cell.
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp -d)
for f in plain microsoft-forms qualtrics surveymonkey; do
  soffice --headless --infilter='CSV:44,34,76,1,,1033' --convert-to xlsx --outdir "$out" \
    "../dialects/$f.csv" >/dev/null
  cp "$out/$f.xlsx" "$f.xlsx"
done
# A bad answer (9 on a 1-7 scale) in row 4, column PS3, for the error message.
sed '4s/^r03,Nord,\([0-9]*\),\([0-9]*\),[0-9]*/r03,Nord,\1,\2,9/' ../dialects/plain.csv > "$out/bad-answer.csv"
soffice --headless --infilter='CSV:44,34,76,1,,1033' --convert-to xlsx --outdir "$out" \
  "$out/bad-answer.csv" >/dev/null
cp "$out/bad-answer.xlsx" bad-answer.xlsx
rm -rf "$out"
