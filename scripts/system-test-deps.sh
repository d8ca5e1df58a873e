#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing:
# Chromium for the browser tests (Playwright drives /usr/bin/chromium; it never
# downloads a browser of its own), epubcheck, which checks every EPUB the
# format tests build (/usr/bin/epubcheck), the libraries WeasyPrint loads to make PDF
# files (Pango, HarfBuzz, fontconfig, and a font) and poppler-utils, whose pdftotext
# reads the PDFs back in the download tests. calibre (AZW3, MOBI) stays optional: its
# tests run when ebook-convert is installed and are skipped otherwise.
set -euo pipefail
has_library() { ldconfig -p 2>/dev/null | grep -q "$1"; }
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/epubcheck ] || missing+=(epubcheck)
[ -x /usr/bin/pdftotext ] || missing+=(poppler-utils)
has_library libpango-1.0.so.0 || missing+=(libpango-1.0-0)
has_library libpangoft2-1.0.so.0 || missing+=(libpangoft2-1.0-0)
has_library libharfbuzz.so.0 || missing+=(libharfbuzz0b)
has_library libfontconfig.so.1 || missing+=(libfontconfig1)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages for the tests: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null; then
  # Without a terminal (CI, no stdin) sudo must not wait for a password nobody types.
  if [ -t 0 ]; then SUDO="sudo"; else SUDO="sudo -n"; fi
else
  echo "Need root to install ${missing[*]} (apt-get); install them and run make test again." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "No apt-get here: install ${missing[*]} (Chromium at /usr/bin/chromium, epubcheck at /usr/bin/epubcheck) yourself." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
for program in chromium epubcheck pdftotext; do
  if [ ! -x "/usr/bin/$program" ]; then
    echo "apt-get finished but /usr/bin/$program is still missing." >&2
    exit 1
  fi
done
