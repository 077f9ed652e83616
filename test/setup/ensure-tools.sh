#!/usr/bin/env bash
# Run by `npm test` (pretest): the Debian packages some tests drive, installed when missing —
# chromium for the HTML report test (through playwright-core, which downloads no browser), and
# LibreOffice's calc and writer (headless, no GUI) for the legacy Office formats (.xls/.et,
# .doc/.wps) the office and bundle tests read. Says why when it cannot install them.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui libreoffice-writer-nogui)
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "pretest: ${missing[*]} missing and there is no apt-get here; install them (or set CHROMIUM_PATH) for the report, office and bundle tests" >&2
  exit 0
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "pretest: installing Debian's ${missing[*]} for the tests" >&2
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
