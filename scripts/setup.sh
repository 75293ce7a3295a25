#!/usr/bin/env bash
# Installs what Baoku needs and is missing: Debian packages for PDF, OCR, ALTO validation and
# the browser tests, then the npm packages (which also builds dist/). Safe to run again.
# `setup.sh --demo` installs only what the demo uses (pdftoppm draws its PDF page's image) and
# goes on without it, with a warning, where packages cannot be installed.
set -euo pipefail
cd "$(dirname "$0")/.."

debian_packages=(chromium tesseract-ocr tesseract-ocr-chi-sim poppler-utils libxml2-utils fonts-noto-cjk)
demo=false
if [ "${1:-}" = "--demo" ]; then
  demo=true
  debian_packages=(poppler-utils)
fi
missing=()
for pkg in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
    $demo || exit 1
    echo "setup: could not install ${missing[*]}; the demo's PDF page will have no image" >&2
  fi
fi
$demo && exit 0

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages"
  npm install --no-audit --no-fund
else
  npx tsc -p .
fi
