#!/usr/bin/env bash
# macOS: sign (optional), package and notarize (optional) dist/ClientVault.app as a DMG.
#
#   python packaging/build.py          # PyInstaller makes dist/ClientVault.app (packaging/clientvault.spec)
#   bash packaging/macos/make_dmg.sh   # -> dist/ClientVault-<version>.dmg
#
# Optional, from the environment (nothing is signed or notarized when they are unset):
#   CLIENTVAULT_CODESIGN_IDENTITY   "Developer ID Application: Name (TEAMID)" for codesign
#   CLIENTVAULT_NOTARY_PROFILE      a `xcrun notarytool store-credentials` keychain profile, or
#   CLIENTVAULT_NOTARY_APPLE_ID + CLIENTVAULT_NOTARY_TEAM_ID + CLIENTVAULT_NOTARY_PASSWORD
#                                   (an app-specific password) for notarization and stapling
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
APP="dist/ClientVault.app"
VERSION="$(python3 -c 'import re,sys; print(re.search(r"^__version__ = \"([^\"]+)\"", open("app/__init__.py").read(), re.M)[1])')"
DMG="dist/ClientVault-${VERSION}.dmg"
die() { echo "make_dmg: error: $*" >&2; exit 1; }

[[ "$(uname -s)" == Darwin ]] || die "runs on macOS only"
[[ -d "$APP" ]] || die "$APP missing: run python packaging/build.py first"
for tool in hdiutil codesign xcrun; do command -v "$tool" >/dev/null 2>&1 || die "'$tool' not found"; done

# The GUI must start from the bundle before anything is signed or shipped.
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/clientvault" selftest || die "selftest of $APP failed"

if [[ -n "${CLIENTVAULT_CODESIGN_IDENTITY:-}" ]]; then
    echo "make_dmg: signing with $CLIENTVAULT_CODESIGN_IDENTITY"
    codesign --force --deep --timestamp --options runtime \
        --entitlements packaging/macos/entitlements.plist \
        --sign "$CLIENTVAULT_CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "make_dmg: CLIENTVAULT_CODESIGN_IDENTITY unset: the app is not signed (ad-hoc signature only)"
fi

STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "ClientVault $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"

if [[ -n "${CLIENTVAULT_CODESIGN_IDENTITY:-}" ]]; then
    codesign --force --timestamp --sign "$CLIENTVAULT_CODESIGN_IDENTITY" "$DMG"
    notary=()
    if [[ -n "${CLIENTVAULT_NOTARY_PROFILE:-}" ]]; then
        notary=(--keychain-profile "$CLIENTVAULT_NOTARY_PROFILE")
    elif [[ -n "${CLIENTVAULT_NOTARY_APPLE_ID:-}" ]]; then
        notary=(--apple-id "$CLIENTVAULT_NOTARY_APPLE_ID" --team-id "${CLIENTVAULT_NOTARY_TEAM_ID:?}"
                --password "${CLIENTVAULT_NOTARY_PASSWORD:?}")
    fi
    if [[ ${#notary[@]} -gt 0 ]]; then
        echo "make_dmg: notarizing (this waits for Apple)"
        xcrun notarytool submit "$DMG" "${notary[@]}" --wait --timeout 30m
        xcrun stapler staple "$DMG"
    else
        echo "make_dmg: no notary credentials: signed but not notarized"
    fi
fi
echo "$DMG"
