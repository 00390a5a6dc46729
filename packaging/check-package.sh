#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian packages and checks them: lintian, desktop-file-validate and appstreamcli.
# With --full it also installs them with apt into a fresh Debian 12 root made by debootstrap
# (apt resolving every dependency) and, in there, exports a handout in English, Arabic and
# Chinese and checks with pdffonts that every font is embedded and that the clinic's name from
# /etc/xdg/CalcinosisGuide/clinic.conf is printed.
#   packaging/check-package.sh [--full] [BUILD_DIR]   (BUILD_DIR defaults to build)
set -euo pipefail
cd "$(dirname "$0")/.."

full=0
if [ "${1:-}" = "--full" ]; then
  full=1
  shift
fi
build=${1:-build}
app_id=org.calcinosisguide.CalcinosisGuide
started=$(date +%s)

step() { echo "check-package: $*"; }
fail() { echo "check-package: $*" >&2; exit 1; }

[ -f "$build/CMakeCache.txt" ] || fail "no build in '$build': run 'cmake --preset default' first"
cmake --build "$build" >/dev/null || fail "the build failed"

# Outside /tmp: tests that look through the temporary folder must not meet a whole system.
out=$(mktemp -d -p /var/tmp calcinosis-package-check.XXXXXX)
trap 'rm -rf "$out"' EXIT
step "building the packages"
(cd "$build" && cpack -G DEB -B "$out/cpack" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; fail "cpack failed"; }
mapfile -t debs < <(find "$out/cpack" -maxdepth 1 \( -name '*.deb' -o -name '*.ddeb' \) | sort)
[ ${#debs[@]} -ge 2 ] || fail "expected the program and content packages, found: ${debs[*]:-none}"
for deb in "${debs[@]}"; do echo "  $(basename "$deb")"; done

step "lintian"
lintian --fail-on error,warning "${debs[@]}" | tee "$out/lintian.log"

step "desktop-file-validate"
desktop-file-validate "packaging/linux/$app_id.desktop"
step "appstreamcli validate --pedantic"
# Offline: the metadata's addresses are on the placeholder host calcinosis-guide.invalid until
# the project has a public home (see README, "Building by hand").
# The one pedantic hint, cid-contains-uppercase-letter, is waived: the id is the reverse-DNS
# name the desktop file, the window (desktop file name) and the icon already carry.
appstreamcli validate --pedantic --no-net --explain "packaging/linux/$app_id.metainfo.xml" \
  | tee "$out/appstream.log"
if grep -E '^[EWI]:|^P:' "$out/appstream.log" | grep -v 'cid-contains-uppercase-letter' | grep -q .; then
  fail "appstreamcli reports problems (above)"
fi

if [ $full -eq 0 ]; then
  step "light checks passed in $(( $(date +%s) - started )) s"
  exit 0
fi

# ---- install test in a fresh Debian 12 root ----
[ "$(id -u)" -eq 0 ] || fail "--full needs root (debootstrap and chroot)"
mirror=$(grep -hoE '^URIs: *[^ ]+' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -1 || true)
[ -n "$mirror" ] || mirror=$(grep -hoE '^deb +[^ ]+' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | head -1 || true)
[ -n "$mirror" ] || fail "cannot find a Debian mirror in /etc/apt/sources.list*"
root="$out/root"
step "debootstrap --variant=minbase bookworm (mirror $mirror)"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$out/debootstrap.log" 2>&1 \
  || { tail -20 "$out/debootstrap.log" >&2; fail "debootstrap failed"; }
# Only /proc is mounted into the root (debootstrap made its own /dev nodes). Before the root is
# deleted every mount under it must be gone (debootstrap can leave a /proc of its own there):
# deleting through a mount would delete the host's files.
mounts_under_root() { awk -v r="$root/" 'index($2, r) == 1 {print $2}' /proc/self/mounts; }
cleanup_root() {
  local tries
  for tries in 1 2 3 4 5; do
    mounts_under_root | sort -r | while read -r m; do umount -l "$m" 2>/dev/null || true; done
    [ -z "$(mounts_under_root)" ] && break
  done
  if [ -n "$(mounts_under_root)" ]; then
    echo "check-package: still mounted, left in place: $(mounts_under_root | tr '\n' ' ')" >&2
    return
  fi
  rm -rf "$out"
}
trap cleanup_root EXIT
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
mkdir -p "$root/tmp/debs"
for deb in "${debs[@]}"; do
  case "$deb" in *dbgsym*) ;; *) cp "$deb" "$root/tmp/debs/" ;; esac
done
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
step "apt-get install the packages (apt resolves the dependencies)"
in_root apt-get update -qq
in_root sh -c 'apt-get install -y -qq --no-install-recommends /tmp/debs/*.deb' >"$out/apt.log" 2>&1 \
  || { tail -30 "$out/apt.log" >&2; fail "apt-get could not install the packages"; }
# Only to read the PDFs back: not a dependency of the packages.
in_root apt-get install -y -qq --no-install-recommends poppler-utils >/dev/null

# The administrator's file, where the installed program looks for it.
mkdir -p "$root/etc/xdg/CalcinosisGuide"
printf '[clinic]\nname=Package Check Clinic\nphone=+44 20 7946 0000\n' > "$root/etc/xdg/CalcinosisGuide/clinic.conf"

for lang in en ar zh; do
  step "export a handout in '$lang' and check its fonts"
  in_root env QT_QPA_PLATFORM=offscreen calcinosis-guide --export-handout "/tmp/handout-$lang.pdf" \
    --language "$lang" --preset newly-diagnosed
  fonts=$(in_root pdffonts "/tmp/handout-$lang.pdf")
  echo "$fonts" | sed 's/^/    /'
  # Every font row (after the two header lines) says "yes" in the emb column.
  if echo "$fonts" | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad=1 } END { exit !bad }'; then
    fail "a font is not embedded in the $lang handout"
  fi
  case "$lang" in
    ar) grep -qi arabic <<<"$fonts" || fail "no Arabic font in the Arabic handout" ;;
    zh) grep -qi cjk <<<"$fonts" || fail "no CJK font in the Chinese handout" ;;
  esac
  text=$(in_root pdftotext "/tmp/handout-$lang.pdf" -)
  [ "${#text}" -gt 1000 ] || fail "the $lang handout has no text"
  grep -q "Package Check Clinic" <<<"$text" || fail "the $lang handout lacks the clinic name from /etc/xdg/CalcinosisGuide/clinic.conf"
done
step "full checks passed in $(( $(date +%s) - started )) s"
