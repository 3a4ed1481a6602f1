"""Make the Debian package from the PyInstaller folder (called by packaging/build.py).

Layout: the frozen folder in /opt/clientvault; /usr/bin/clientvault and /usr/bin/clientvault-gui
as symlinks into it; the desktop entry (menu category Office, opens .cvbak backups), the icon in the
hicolor theme (scalable SVG plus PNG sizes), the shared-mime-info type for *.cvbak, and the
notices in /usr/share/doc/clientvault. The desktop, icon and MIME caches are refreshed by the dpkg
triggers of desktop-file-utils, hicolor-icon-theme and shared-mime-info: no maintainer scripts.

Depends: every shared library the bundle's ELF files load from outside the bundle (found with ldd,
mapped to packages with `dpkg -S`), plus BASE_DEPENDS for what Qt opens at run time (xcb plugin
libraries, fonts). Versionless, so Ubuntu's t64-renamed libraries (which Provide the old names)
satisfy them too. Built with `dpkg-deb --root-owner-group -Zzstd`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = "clientvault"
PREFIX = Path("opt") / PACKAGE

# Qt's xcb platform plugin and fonts: needed even if the build machine lacked one of them (then ldd
# reports "not found" and the automatic scan cannot name the package).
BASE_DEPENDS = (
    "libc6", "libglib2.0-0", "libegl1", "libgl1", "libfontconfig1", "libfreetype6", "libdbus-1-3",
    "libx11-6", "libx11-xcb1", "libxcb1", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0",
    "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-randr0", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-xinerama0", "libxcb-xfixes0", "libxcb-xkb1", "fonts-noto-cjk",
)
RECOMMENDS = ("gnome-keyring | kwalletmanager", "xdg-utils")
PNG_SIZES = (32, 48, 64, 128, 256)
_ELF_MAGIC = b"\x7fELF"


def _is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == _ELF_MAGIC
    except OSError:
        return False


def external_libraries(folder: Path) -> set[str]:
    """Absolute paths of the libraries outside `folder` that its ELF files link."""
    found: set[str] = set()
    bundle = str(folder.resolve())
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(
        sorted({str(p.parent) for p in folder.rglob("*.so*")} | {str(folder / "_internal")})))
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink() or not _is_elf(path):
            continue
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, timeout=60)
        for line in result.stdout.splitlines():
            match = re.search(r"=>\s+(/\S+)", line)
            if match and not match.group(1).startswith(bundle):
                found.add(os.path.realpath(match.group(1)))
    return found


def packages_of(libraries: set[str]) -> set[str]:
    packages: set[str] = set()
    for lib in sorted(libraries):
        candidates = {lib, lib.replace("/usr/lib/", "/lib/", 1)} if lib.startswith("/usr/lib/") else {
            lib, "/usr" + lib}
        for candidate in candidates:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, timeout=60)
            if result.returncode == 0:
                name = result.stdout.split(":", 1)[0].strip()
                packages.add(name.split(",")[0].strip())
                break
    return packages


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True, text=True,
                          timeout=60).stdout.strip()


def render_png_icons(svg: Path, staging: Path) -> None:
    """PNG copies of the SVG logo for desktops that ignore the scalable folder (rendered with Qt)."""
    code = (
        "import sys; from pathlib import Path;"
        "from PySide6.QtGui import QGuiApplication, QImage, QPainter;"
        "from PySide6.QtSvg import QSvgRenderer;"
        "app = QGuiApplication(['x', '-platform', 'offscreen']);"
        "renderer = QSvgRenderer(sys.argv[1]);"
        "[(img := QImage(int(s), int(s), QImage.Format.Format_ARGB32), img.fill(0), p := QPainter(img),"
        " renderer.render(p), p.end(), Path(d).parent.mkdir(parents=True, exist_ok=True), img.save(d))"
        " for s, d in zip(sys.argv[2::2], sys.argv[3::2])]"
    )
    args: list[str] = []
    for size in PNG_SIZES:
        args += [str(size), str(staging / "usr/share/icons/hicolor/{0}x{0}/apps/{1}.png".format(size, PACKAGE))]
    import sys

    subprocess.run([sys.executable, "-c", code, str(svg), *args], check=True, timeout=120,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def make_deb(folder: Path, dist: Path, version: str) -> tuple[Path, int]:
    """Build the .deb; returns its path and the installed size in KiB."""
    staging = ROOT / "build" / "deb" / PACKAGE
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "DEBIAN").mkdir(parents=True)
    shutil.copytree(folder, staging / PREFIX, symlinks=True)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("clientvault", "clientvault-gui"):
        (bin_dir / name).symlink_to(Path("/") / PREFIX / name)
    share = staging / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(HERE / "clientvault.desktop", share / "applications" / "clientvault.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(HERE / "clientvault-mime.xml", share / "mime" / "packages" / "clientvault.xml")
    svg = ROOT / "resources" / "icons" / "app.svg"
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(svg, scalable / (PACKAGE + ".svg"))
    render_png_icons(svg, staging)
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "ClientVault (客户保险箱)\nLicense: GPL-3.0-or-later (see /usr/share/common-licenses/GPL-3)\n\n"
        "Bundled third-party components and their licences: see THIRD_PARTY_NOTICES.txt in this folder.\n",
        encoding="utf-8")
    shutil.copy2(ROOT / "resources" / "THIRD_PARTY_NOTICES.txt", doc / "THIRD_PARTY_NOTICES.txt")

    for path in staging.rglob("*"):  # predictable modes whatever the umask was
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)

    depends = sorted(set(BASE_DEPENDS) | packages_of(external_libraries(folder)))
    installed_kib = sum(p.lstat().st_size for p in staging.rglob("*") if "DEBIAN" not in p.parts) // 1024
    arch = architecture()
    control = "\n".join([
        "Package: " + PACKAGE,
        "Version: " + version,
        "Architecture: " + arch,
        "Maintainer: ClientVault maintainers <maintainers@clientvault.invalid>",
        "Installed-Size: " + str(installed_kib),
        "Depends: " + ", ".join(depends),
        "Recommends: " + ", ".join(RECOMMENDS),
        "Section: misc",
        "Priority: optional",
        "Homepage: https://github.com/clientvault/clientvault",
        "Description: encrypted customer vault for small businesses (客户保险箱)",
        " ClientVault keeps a small business's customers on one workstation in an",
        " SQLCipher-encrypted vault, shared with a few staff, with per-user passphrases,",
        " search as you type (pinyin too), imports, exports, backups and an access log.",
    ]) + "\n"
    (staging / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    dist.mkdir(parents=True, exist_ok=True)
    deb = dist / "{}_{}_{}.deb".format(PACKAGE, version, arch)
    deb.unlink(missing_ok=True)
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-z9", "--threads-max=2", "--build",
                    str(staging), str(deb)], check=True, timeout=1200)
    return deb, installed_kib
