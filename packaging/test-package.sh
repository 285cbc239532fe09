#!/usr/bin/env bash
# CTest's package_install: builds the .deb from the build folder with CPack, installs it with
# dpkg, runs both programs from /usr/bin (the GUI offscreen), removes the package and checks
# that no file it installed remains. Needs root and dpkg: exits 77 (skipped) without them, and
# also when the package is already installed here, so as never to remove someone's installation.
#
#   packaging/test-package.sh BUILD_DIR PACKAGE_NAME VERSION
set -euo pipefail
build=$1
name=$2
version=$3

if [ "$(id -u)" -ne 0 ] || ! command -v dpkg >/dev/null 2>&1; then
  echo "skipped: installing a package needs root and dpkg"
  exit 77
fi
if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "ok installed"; then
  echo "skipped: $name is already installed on this machine; not replacing it"
  exit 77
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/secretariat-package.XXXXXX")
installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then dpkg -r "$name" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== cpack"
(cd "$build" && cpack -G DEB -B "$work/cpack" >"$work/cpack.log" 2>&1) \
  || { cat "$work/cpack.log" >&2; fail "cpack"; }
deb=$(ls "$work"/cpack/*.deb)
echo "$deb"
dpkg-deb --field "$deb" Package Version Depends
depends=$(dpkg-deb --field "$deb" Depends)
for d in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libxlsxwriter4 fonts-arphic-uming \
  fonts-wqy-zenhei libqt6widgets6; do
  grep -q "$d" <<<"$depends" || fail "Depends lacks $d"
done

echo "== dpkg -i"
installed=1
dpkg -i "$deb" || fail "dpkg -i"
mapfile -t files < <(dpkg -L "$name")
for f in /usr/bin/secretariat /usr/bin/secretariat-cli \
  /usr/share/applications/org.surveysecretariat.Secretariat.desktop \
  /usr/share/metainfo/org.surveysecretariat.Secretariat.metainfo.xml \
  /usr/share/icons/hicolor/48x48/apps/org.surveysecretariat.Secretariat.png \
  /usr/share/icons/hicolor/scalable/apps/org.surveysecretariat.Secretariat.svg \
  /usr/share/man/man1/secretariat.1.gz /usr/share/man/man1/secretariat-cli.1.gz \
  "/usr/share/doc/$name/guide/guide.md" "/usr/share/doc/$name/guide/images/units.png"; do
  [ -e "$f" ] || fail "not installed: $f"
done
gzip -t /usr/share/man/man1/secretariat-cli.1.gz

echo "== run from /usr/bin"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
out=$(/usr/bin/secretariat-cli --version)
echo "$out"
grep -qF "$version" <<<"$out" || fail "secretariat-cli --version says: $out"
/usr/bin/secretariat-cli --db "$work/demo.sqlite" demo || fail "secretariat-cli demo"
/usr/bin/secretariat-cli --db "$work/demo.sqlite" progress --format csv >"$work/progress.csv" \
  || fail "secretariat-cli progress"
head -3 "$work/progress.csv"
/usr/bin/secretariat --version | grep -qF "$version" || fail "secretariat --version"
/usr/bin/secretariat --db "$work/demo.sqlite" --page dashboard --screenshot "$work/shot.png" \
  || fail "secretariat --screenshot"
[ "$(head -c 8 "$work/shot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] \
  || fail "the screenshot is not a PNG"
echo "screenshot: $(stat -c %s "$work/shot.png") bytes"

echo "== dpkg -r"
dpkg -r "$name" || fail "dpkg -r"
installed=0
left=()
for f in "${files[@]}"; do
  if [ -f "$f" ] || [ -L "$f" ]; then left+=("$f"); fi
done
for d in "/usr/share/doc/$name"; do
  [ -e "$d" ] && left+=("$d")
done
[ ${#left[@]} -eq 0 ] || fail "left after dpkg -r: ${left[*]}"
echo "PASS: ${#files[@]} paths installed, none left"
