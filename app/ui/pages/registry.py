"""The pages of the main window, in navigation order. A page whose capability is not built yet is
simply not listed (never a placeholder)."""

from __future__ import annotations

from app.ui.pages.base import Page


def page_classes() -> list[type[Page]]:
    from app.ui.pages.access_log_page import AccessLogPage
    from app.ui.pages.classification_page import ClassificationPage
    from app.ui.pages.customers_page import CustomersPage
    from app.ui.pages.duplicates_page import DuplicatesPage
    from app.ui.pages.settings_page import SettingsPage
    from app.ui.pages.transfer_page import TransferPage

    pages: list[type[Page]] = [CustomersPage, ClassificationPage, TransferPage, AccessLogPage]
    pages.insert(pages.index(ClassificationPage) + 1, DuplicatesPage)
    try:
        from app.ui.pages.backup_page import BackupPage
    except ImportError:
        pass
    else:
        pages.append(BackupPage)
    return [*pages, SettingsPage]
