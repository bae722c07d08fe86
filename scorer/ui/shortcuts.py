"""The keyboard overview (F1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scorer.ui.keyboard import prepare_dialog


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pintasan papan ketik"))
        rows = (
            ("1–4", self.tr("beri tingkat pada butir aktif")),
            ("0 / N", self.tr("tidak berlaku (N/A)")),
            ("Enter", self.tr("butir berikut yang belum dinilai")),
            ("↑ ↓ / Tab", self.tr("pindah butir dan isian")),
            (self.tr("huruf"), self.tr("mulai catatan butir")),
            ("Ctrl+Enter", self.tr("catatan cepat dari mana saja; Enter menyimpan")),
            ("Esc", self.tr("dari catatan cepat kembali ke tempat semula")),
            ("Ctrl+Q", self.tr("pertanyaan baru di tanya jawab")),
            (
                "Ctrl+Shift+V",
                self.tr("tempel gambar dari papan klip sebagai bukti dukung butir aktif"),
            ),
            ("Ctrl+Shift+B", self.tr("galeri bukti dukung fase ini")),
            ("Ctrl+Shift+R", self.tr("permintaan bukti dukung (Insert: baru, Enter: dipenuhi)")),
            (
                self.tr("gambar bukti"),
                self.tr(
                    "←/→: pilih · Enter/Spasi: buka · Delete: hapus · F2: keterangan · "
                    "Ctrl+M: pindah ke butir lain"
                ),
            ),
            (
                "Ctrl+Shift+S",
                self.tr(
                    "tangkap layar sebagai bukti dukung: panah memilih (Shift+panah: ukuran, "
                    "Ctrl: 1 piksel), Enter mengambil, Esc batal; lalu ketik keterangan"
                ),
            ),
            (
                "Ctrl+PgDown / Ctrl+PgUp",
                self.tr("fase berikutnya / sebelumnya, dari isian mana pun"),
            ),
            (
                self.tr("tabel orang"),
                self.tr(
                    "ketik di baris terakhir: tambah (Enter: orang berikutnya) · Ctrl+V: tempel "
                    "daftar · Delete: hapus · Alt+↑/↓: pindah · Spasi: centang"
                ),
            ),
            (
                self.tr("tanya jawab"),
                self.tr("Tab: penanya, jawaban… · Delete: hapus pertanyaan · Insert: baris baru"),
            ),
            (
                self.tr("kesimpulan, rekomendasi"),
                self.tr(
                    "ketik di baris terakhir: tambah · F2/Enter: ubah · Delete: hapus · "
                    "Alt+↑/↓: pindah · di tenggat Delete: kosongkan"
                ),
            ),
            (
                self.tr("daftar catatan"),
                self.tr("F2/Enter: ubah teks atau tanda · Delete: hapus"),
            ),
            ("Tab / Shift+Tab", self.tr("isian berikut / sebelumnya (juga keluar dari tabel)")),
            ("Ctrl+Enter", self.tr("di dialog: OK")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("urungkan / ulangi")),
            ("Ctrl+Shift+L", self.tr("tata letak ringkas")),
            ("Ctrl+Shift+T", self.tr("selalu di atas")),
            ("F1", self.tr("daftar pintasan ini")),
        )
        table = "".join(f"<tr><td><b>{key}</b></td><td>{text}</td></tr>" for key, text in rows)
        label = QLabel(f"<table cellspacing='6'>{table}</table>")
        label.setObjectName("shortcutTable")
        label.setWordWrap(True)
        # As wide as the window beside it allows (640 px in the compact layout), scrolled
        # when taller than the screen: the overview must not cover the Zoom window.
        scroll = QScrollArea()
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        width = min(720, parent.window().width()) if parent is not None else 720
        screen = self.screen().availableGeometry().height()
        label.setFixedWidth(width - 40)
        self.resize(width, min(label.heightForWidth(width - 40) + 80, screen * 9 // 10))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        prepare_dialog(self, close)
