#!/usr/bin/env bash
# Run by `npm test` (pretest): the HTML report test drives Debian's chromium through playwright-core,
# which downloads no browser. Installs the Debian package when it is missing; says why when it cannot.
set -euo pipefail
command -v chromium >/dev/null 2>&1 && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "pretest: chromium is missing and there is no apt-get here; install chromium (or set CHROMIUM_PATH) for the report test" >&2
  exit 0
fi
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "pretest: installing Debian's chromium for the report test" >&2
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
