#!/usr/bin/env bash
# Puts Noto Sans SC Regular (SIL Open Font License 1.1) on the web module's class path for the
# Chinese PDFs (invoices, printable lessons; PdfFonts), from the npm package
# @expo-google-fonts/noto-sans-sc (fetched with the machine's npm, checked by its SHA-256), with the
# font's licence beside it. Does nothing when the font is there already. Usage: cjk-font.sh <target/classes>
set -euo pipefail
classes="$1"
package="@expo-google-fonts/noto-sans-sc@0.4.3"
member="package/400Regular/NotoSansSC_400Regular.ttf"
sha256="d45f67f0a7c0ca3f256950777ce6a61cc7ce5f9696d02900cbbaac25f8aa7d16"
dir="$classes/health/salus/shared/view/font"
font="$dir/NotoSansSC-Regular.ttf"

if [[ -s "$font" ]] && echo "$sha256  $font" | sha256sum --check --status; then
  exit 0
fi
command -v npm > /dev/null || { echo "cjk-font.sh: npm is needed to fetch $package" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" > /dev/null)
tar -xzf "$work"/*.tgz -C "$work" "$member" package/LICENSE_FONT
echo "$sha256  $work/$member" | sha256sum --check --status \
  || { echo "cjk-font.sh: $member of $package is not the font expected" >&2; exit 1; }
mkdir -p "$dir"
mv "$work/$member" "$font"
mv "$work/package/LICENSE_FONT" "$dir/NotoSansSC-OFL.txt"
