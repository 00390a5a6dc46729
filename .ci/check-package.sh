#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages build and are clean: lintian, desktop-file-validate and appstreamcli
# (the light form of packaging/check-package.sh; the install test in a fresh Debian root,
# --full, is run by hand before a release).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/check-package.sh build
