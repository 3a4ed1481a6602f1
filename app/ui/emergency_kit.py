"""The emergency kit: one printable PDF page with the recovery key and what to do with it.

Rendered with Qt's own PDF writer (QPdfWriter + QTextDocument) in the UI language, so it needs no
printer and no extra library. It holds the product name, the vault id, the vault folder, the
recovery key, the date, and plain instructions: what the key is for, where to keep it, how to use
it, what to do when it may have been seen. It holds no customer data and no passphrase.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QMarginsF, QSizeF, QStandardPaths
from PySide6.QtGui import QFontDatabase, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.fonts import cjk_mono_family, cjk_ui_family, pick_family


def default_file_name() -> str:
    return QCoreApplication.translate("EmergencyKit", "ClientVault emergency kit") + ".pdf"


_LATIN_SANS = ("Segoe UI", "Helvetica Neue", "Helvetica", "Arial", "DejaVu Sans", "Liberation Sans", "Noto Sans")
_LATIN_MONO = ("Consolas", "Menlo", "SF Mono", "DejaVu Sans Mono", "Liberation Mono", "Noto Sans Mono", "Courier New")


def _families(*names: str | None) -> str:
    """A CSS font-family list: quoted, escaped, without duplicates."""
    unique = list(dict.fromkeys(name for name in names if name))
    return ", ".join("'" + html.escape(name) + "'" for name in unique) or "sans-serif"


def kit_html(*, vault_id: str, recovery_key: str, vault_folder: str, created: QDateTime) -> str:
    """The kit's content as HTML (values escaped; the texts are translated)."""
    e = html.escape
    date = QLocale().toString(created.date(), QLocale.FormatType.LongFormat)
    # Latin text and digits in the platform's general font, Chinese in the CJK family (this also keeps
    # the key's characters extractable as text from the PDF).
    families = QFontDatabase.families()
    ui_font = _families(pick_family(_LATIN_SANS, families), cjk_ui_family(),
                        QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family())
    mono_font = _families(pick_family(_LATIN_MONO, families), cjk_mono_family(),
                          QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family())
    parts = [
        f'<html><body style="font-family:{ui_font};font-size:11pt;color:#111;">',
        '<p style="font-size:20pt;font-weight:bold;margin-bottom:2pt;">{}</p>'.format(
            e(QCoreApplication.translate("EmergencyKit", "ClientVault (客户保险箱) — emergency kit"))),
        '<p style="color:#444;margin-top:0;">{}</p>'.format(
            e(QCoreApplication.translate("EmergencyKit", "Created on {date}").format(date=date))),
        '<table cellspacing="0" cellpadding="4" style="margin-top:8pt;">',
        "<tr><td><b>{}</b></td><td style=\"font-family:{};\">{}</td></tr>".format(
            e(QCoreApplication.translate("EmergencyKit", "Vault ID")), mono_font, e(vault_id)),
    ]
    if vault_folder:
        parts.append("<tr><td><b>{}</b></td><td>{}</td></tr>".format(e(QCoreApplication.translate("EmergencyKit", "Vault folder")), e(vault_folder)))
    parts += [
        "</table>",
        '<p style="font-size:13pt;font-weight:bold;margin-top:14pt;">{}</p>'.format(e(QCoreApplication.translate("EmergencyKit", "Recovery key"))),
        '<table cellspacing="0" cellpadding="12" border="1" style="border-color:#333;border-style:solid;">'
        f'<tr><td style="font-family:{mono_font};font-size:19pt;font-weight:bold;letter-spacing:1pt;">{e(recovery_key)}</td></tr>'
        "</table>",
        "<h3>{}</h3><p>{}</p>".format(
            e(QCoreApplication.translate("EmergencyKit", "What is this?")),
            e(QCoreApplication.translate("EmergencyKit", "This recovery key opens your ClientVault customer vault when the owner's passphrase "
                  "has been forgotten. With it, you can choose a new owner passphrase. It works only "
                  "for the vault named above. Anyone who has this key and a copy of the vault can "
                  "open it — keep it as carefully as the key to your office."))),
        "<h3>{}</h3><ul><li>{}</li><li>{}</li><li>{}</li></ul>".format(
            e(QCoreApplication.translate("EmergencyKit", "Where to keep it")),
            e(QCoreApplication.translate("EmergencyKit", "Print this page and keep it in a safe place away from the computer, for example "
                  "in a locked drawer or a safe.")),
            e(QCoreApplication.translate("EmergencyKit", "Do not keep it on the same computer or USB drive as the vault or its backups.")),
            e(QCoreApplication.translate("EmergencyKit", "Do not photograph it and do not send it by WeChat, QQ or email."))),
        "<h3>{}</h3><p>{}</p>".format(
            e(QCoreApplication.translate("EmergencyKit", "How to use it")),
            e(QCoreApplication.translate("EmergencyKit", "On the ClientVault login screen, choose “Forgot passphrase? Use the recovery key”. "
                  "Type the key as printed above — capital or small letters, with or without the "
                  "dashes — and choose a new owner passphrase."))),
        "<h3>{}</h3><p>{}</p>".format(
            e(QCoreApplication.translate("EmergencyKit", "If this page is lost or someone else may have seen it")),
            e(QCoreApplication.translate("EmergencyKit", "Open ClientVault as an owner and choose Users and settings → New recovery key. "
                  "The old key stops working at once. Then print the new emergency kit."))),
        '<p style="margin-top:18pt;">{}</p>'.format(
            e(QCoreApplication.translate("EmergencyKit", "Kept at: ____________________________   Date: ______________"))),
        "</body></html>",
    ]
    return "".join(parts)


def write_emergency_kit(path: Path, *, vault_id: str, recovery_key: str, vault_folder: str = "",
                        created: QDateTime | None = None) -> Path:
    """Render the kit as a one-page A4 PDF at `path` (overwritten). Returns `path`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setTitle(QCoreApplication.translate("EmergencyKit", "ClientVault emergency kit"))
    writer.setCreator("ClientVault")
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(kit_html(vault_id=vault_id, recovery_key=recovery_key, vault_folder=vault_folder,
                              created=created or QDateTime.currentDateTime()))
    document.setPageSize(QSizeF(writer.width(), writer.height()))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("cannot write " + path.name)
    try:
        document.drawContents(painter)
    finally:
        painter.end()
    return path


def save_emergency_kit(parent: QWidget | None, *, vault_id: str, recovery_key: str,
                       vault_folder: str = "") -> Path | None:
    """Ask where to save the kit and write it there; None when the user cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder) / default_file_name()) if folder else default_file_name()
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("EmergencyKit", "Save emergency kit"), suggested, QCoreApplication.translate("EmergencyKit", "PDF document (*.pdf)"))
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_suffix(".pdf")
    return write_emergency_kit(target, vault_id=vault_id, recovery_key=recovery_key, vault_folder=vault_folder)
