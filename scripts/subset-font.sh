#!/usr/bin/env bash
# Makes public/fonts/DejaVuSans-Annexe1.ttf, the font the filled PDFs embed: DejaVu Sans cut
# down to what French forms and pasted text need (Latin, Latin-1, Latin Extended-A, combining
# accents, typographic punctuation and spaces, €, №, ™, −, ≠ ≤ ≥, ballot boxes). 757 KB → 85 KB: the
# assistant parses it on every fill. Needs Debian's python3-fonttools; the output is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
/usr/bin/python3 -m fontTools.subset node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf \
  --unicodes='U+0020-007E,U+00A0-017F,U+0192,U+0218-021B,U+02C6-02DD,U+0300-036F,U+2000-206F,U+20AC,U+2116,U+2122,U+2190-2193,U+2212,U+2260-2265,U+2610-2612,U+2713-2717,U+FB01-FB02' \
  --layout-features='*' --name-IDs='*' --name-legacy --notdef-outline \
  --output-file=public/fonts/DejaVuSans-Annexe1.ttf
cp node_modules/dejavu-fonts-ttf/LICENSE public/fonts/LICENSE-DejaVu.txt
