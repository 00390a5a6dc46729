#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs everything needed to build, test, run and package Calcinosis Guide on Debian 12.
# Idempotent: packages already present are left as they are. Run as root, or it uses sudo.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ clang clang-format clang-tidy libclang-rt-14-dev pkg-config ccache
  # Qt 6 (widgets, SQL with the SQLite plugin, SVG, translation tools, Qt's own translations)
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-svg-dev libqt6svg6
  libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins
  # SQLite's own API, for the content digest
  libsqlite3-dev
  # font configuration, loaded early at start-up
  libfontconfig-dev
  # read aloud: Qt TextToSpeech to build; the speech-dispatcher plugin and espeak-ng voices
  # (all six languages) to hear it; sox to measure espeak-ng recordings in the manual check.
  # Debian 12's Qt6TextToSpeech CMake package needs Qt6QmlIntegration (qt6-declarative-dev)
  # without depending on it.
  qt6-speech-dev qt6-declarative-dev qt6-speech-speechd-plugin speech-dispatcher
  speech-dispatcher-espeak-ng espeak-ng sox
  # content source parser
  libyaml-cpp-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # fonts for Latin, Arabic and Chinese text on screen and in PDFs
  fonts-dejavu-core fonts-noto-core fonts-noto-cjk
  # headless display, PDF checks and screenshots
  xvfb xauth poppler-utils x11-apps imagemagick
  # packaging: manual page from --help, package checks, a clean Debian root for install tests
  help2man dpkg-dev appstream desktop-file-utils lintian debootstrap
)

run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages are already installed"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
run_as_root apt-get update -qq
run_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
