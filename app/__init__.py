"""ClientVault (客户保险箱): a local-first, encrypted customer vault."""

__version__ = "0.1.0"
