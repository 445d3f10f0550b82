#!/usr/bin/env bash
# The browser and PDF tests need Debian's chromium, qpdf and poppler-utils (pdftotext); the
# HTML test runs the Nu Html Checker (npm package vnu-jar), which needs a Java runtime.
# Installs what is missing when we may (root or sudo); otherwise says what to install.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  apt_get=(apt-get)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  apt_get=(sudo apt-get)
else
  echo "Testene trenger disse pakkene: ${missing[*]}" >&2
  echo "Installer dem med: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installerer ${missing[*]} …"
"${apt_get[@]}" update -qq
DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
