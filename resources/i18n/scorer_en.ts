<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CaptionBar</name>
    <message>
        <location filename="../../scorer/ui/session/evidence_caption.py" line="32"/>
        <source>Keterangan bukti dukung</source>
        <translation>Evidence caption</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_caption.py" line="34"/>
        <source>Keterangan (Enter menyimpan, Esc melewati)</source>
        <translation>Caption (Enter saves, Esc skips)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_caption.py" line="56"/>
        <source>Bukti tersimpan untuk %1. Keterangan:</source>
        <translation>Evidence saved for %1. Caption:</translation>
    </message>
</context>
<context>
    <name>CaptureOverlay</name>
    <message>
        <location filename="../../scorer/ui/session/capture_overlay.py" line="105"/>
        <source>Pilih bagian layar</source>
        <translation>Select part of the screen</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/capture_overlay.py" line="114"/>
        <source>Seret, atau panah untuk memilih (Shift+panah: ukuran, Ctrl: 1 piksel) · Enter: ambil (tanpa pilihan: seluruh layar) · Esc: batal</source>
        <translation>Drag, or arrows to select (Shift+arrow: size, Ctrl: 1 pixel) · Enter: take (no selection: whole screen) · Esc: cancel</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../scorer/ui/session/charts.py" line="168"/>
        <source>Grafik dimensi dan aspek</source>
        <translation>Dimension and aspect charts</translation>
    </message>
</context>
<context>
    <name>ChooserDialog</name>
    <message>
        <location filename="../../scorer/ui/chooser.py" line="40"/>
        <source>Ketik untuk menyaring…</source>
        <translation>Type to filter…</translation>
    </message>
</context>
<context>
    <name>ConclusionsPage</name>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="30"/>
        <location filename="../../scorer/ui/session/conclusions.py" line="34"/>
        <source>Kesimpulan</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="30"/>
        <source>Ketik kesimpulan…</source>
        <translation>Type a conclusion…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="39"/>
        <location filename="../../scorer/ui/session/conclusions.py" line="44"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="39"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="39"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="40"/>
        <source>Ketik rekomendasi…</source>
        <translation>Type a recommendation…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="52"/>
        <source>V. &amp;Kesimpulan</source>
        <translation>V. &amp;Conclusions</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="53"/>
        <source>VI. &amp;Rekomendasi dan tindak lanjut</source>
        <translation>VI. &amp;Recommendations and follow-up</translation>
    </message>
</context>
<context>
    <name>EntriesTable</name>
    <message>
        <location filename="../../scorer/ui/session/entries_table.py" line="211"/>
        <source>Ketik di baris terakhir untuk menambah · F2 atau Enter mengubah · Delete menghapus · Alt+↑/↓ memindah · Ctrl+Z membatalkan</source>
        <translation>Type on the last row to add · F2 or Enter edits · Delete removes · Alt+↑/↓ moves · Ctrl+Z undoes</translation>
    </message>
</context>
<context>
    <name>EvidenceGallery</name>
    <message>
        <location filename="../../scorer/ui/session/evidence_gallery.py" line="86"/>
        <source>Galeri bukti dukung</source>
        <translation>Supporting evidence gallery</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_gallery.py" line="93"/>
        <source>&amp;Fase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_gallery.py" line="191"/>
        <source>&lt;b&gt;Tanpa butir&lt;/b&gt; (hanya fase)</source>
        <translation>&lt;b&gt;No item&lt;/b&gt; (phase only)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_gallery.py" line="98"/>
        <source>Belum ada bukti dukung di fase ini.</source>
        <translation>No supporting evidence in this phase yet.</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <location filename="../../scorer/ui/session/evidence_strip.py" line="181"/>
        <source>Bukti dukung terlampir</source>
        <translation>Attached supporting evidence</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_strip.py" line="200"/>
        <source>←/→ pilih · Enter/Spasi buka · Delete hapus · F2 keterangan · Ctrl+M pindah ke butir lain · Ctrl+Z urungkan</source>
        <translation>←/→ choose · Enter/Space open · Delete delete · F2 caption · Ctrl+M move to another item · Ctrl+Z undo</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_strip.py" line="273"/>
        <source>&amp;Buka</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_strip.py" line="274"/>
        <source>&amp;Keterangan…</source>
        <translation>&amp;Caption…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_strip.py" line="275"/>
        <source>&amp;Pindahkan ke butir…</source>
        <translation>&amp;Move to item…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_strip.py" line="277"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_strip.py" line="301"/>
        <source>Keterangan bukti</source>
        <translation>Evidence caption</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_strip.py" line="302"/>
        <source>Keterangan bukti no. %1:</source>
        <translation>Caption of evidence no. %1:</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_strip.py" line="318"/>
        <source>— tanpa butir (hanya fase)</source>
        <translation>— no item (phase only)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_strip.py" line="322"/>
        <source>Pindahkan bukti no. %1 ke butir</source>
        <translation>Move evidence no. %1 to item</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../scorer/ui/session/evidence_viewer.py" line="100"/>
        <source>PDF: halaman 1 dari %1</source>
        <translation>PDF: page 1 of %1</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="163"/>
        <source>1 selesai · 2 sebagian · 3 belum · 4 tidak relevan · 0 menghapus status · F2 mengubah catatan</source>
        <translation>1 done · 2 partly · 3 not yet · 4 not relevant · 0 clears the status · F2 edits the note</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="240"/>
        <location filename="../../scorer/ui/session/followup.py" line="265"/>
        <source>Evaluasi sebelumnya</source>
        <translation>Previous evaluation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="240"/>
        <source>Berkas penilaian (*.scoring)</source>
        <translation>Scoring files (*.scoring)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="252"/>
        <source>Berkas itu adalah sesi ini sendiri.</source>
        <translation>That file is this session itself.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="257"/>
        <source>Berkas itu menilai %1, sesi ini %2.</source>
        <translation>That file evaluates %1, this session %2.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="263"/>
        <source>Sesi ini lebih lama daripada evaluasi dalam berkas itu.</source>
        <translation>This session is older than the evaluation in that file.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="265"/>
        <source>Tetap tautkan?</source>
        <translation>Link it anyway?</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="62"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="63"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="64"/>
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="66"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="69"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="70"/>
        <source>Sebagian</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="71"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/followup.py" line="72"/>
        <source>Tidak relevan</source>
        <translation>Not relevant</translation>
    </message>
</context>
<context>
    <name>FollowUpStart</name>
    <message>
        <location filename="../../scorer/ui/follow_up_start.py" line="25"/>
        <source>Berkas penilaian (*.scoring)</source>
        <translation>Scoring files (*.scoring)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/follow_up_start.py" line="27"/>
        <source>Evaluasi sebelumnya</source>
        <translation>Previous evaluation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/follow_up_start.py" line="36"/>
        <source>Simpan evaluasi lanjutan</source>
        <translation>Save the follow-up evaluation</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="132"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="137"/>
        <source>&amp;Buka…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="139"/>
        <source>&amp;Tutup sesi</source>
        <translation>&amp;Close session</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="143"/>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="145"/>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="134"/>
        <source>Evaluasi bar&amp;u…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="136"/>
        <source>Evaluasi &amp;lanjutan…</source>
        <translation>Fo&amp;llow-up evaluation…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="147"/>
        <source>Ula&amp;ngi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="151"/>
        <source>&amp;Sesi</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="154"/>
        <source>Fase &amp;berikutnya</source>
        <translation>&amp;Next phase</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="160"/>
        <source>Fase &amp;sebelumnya</source>
        <translation>&amp;Previous phase</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="165"/>
        <source>&amp;Catatan cepat</source>
        <translation>&amp;Quick note</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="169"/>
        <source>&amp;Tanya jawab baru</source>
        <translation>New Q&amp;&amp;A &amp;entry</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="173"/>
        <source>Tempel bukti &amp;dukung</source>
        <translation>Paste supporting e&amp;vidence</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="179"/>
        <source>&amp;Galeri bukti</source>
        <translation>Evidence &amp;gallery</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="185"/>
        <source>Per&amp;mintaan bukti…</source>
        <translation>Evidence &amp;requests…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="190"/>
        <source>Tangkap &amp;layar bukti…</source>
        <translation>&amp;Capture screen evidence…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="192"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="194"/>
        <source>Tata letak &amp;ringkas</source>
        <translation>&amp;Compact layout</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="198"/>
        <source>Selalu di &amp;atas</source>
        <translation>Always on &amp;top</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="202"/>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="205"/>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="208"/>
        <source>&amp;Pintasan papan ketik</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="254"/>
        <source>Buka berkas penilaian</source>
        <translation>Open scoring file</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="254"/>
        <location filename="../../scorer/ui/main_window.py" line="282"/>
        <location filename="../../scorer/ui/main_window.py" line="444"/>
        <source>Berkas penilaian (*.scoring)</source>
        <translation>Scoring files (*.scoring)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="280"/>
        <source>Simpan berkas penilaian</source>
        <translation>Save scoring file</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="323"/>
        <source>Membuka %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="372"/>
        <source>Berkas diperbarui; salinan lama: %1</source>
        <translation>File upgraded; old copy: %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="395"/>
        <source>Simpan sebagai…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="396"/>
        <source>Tutup (perubahan tetap di jurnal pemulihan)</source>
        <translation>Close (the changes stay in the recovery journal)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="397"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="402"/>
        <source>%1 perubahan belum tersimpan ke berkas.</source>
        <translation>%1 changes are not yet saved to the file.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="427"/>
        <source>Ada %1 perubahan yang belum tersimpan ke %2 (sejak %3). Pulihkan sekarang?</source>
        <translation>%1 changes were not saved to %2 (since %3). Recover them now?</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="434"/>
        <source>Pulihkan ke berkasnya</source>
        <translation>Recover into its file</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="435"/>
        <source>Pulihkan ke berkas lain…</source>
        <translation>Recover into another file…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="436"/>
        <source>Nanti</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="442"/>
        <source>Pulihkan ke</source>
        <translation>Recover into</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="454"/>
        <source>Pemulihan gagal: %1</source>
        <translation>Recovery failed: %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="458"/>
        <source>Dipulihkan: %1</source>
        <translation>Recovered: %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="497"/>
        <source>Belum tersimpan ke berkas</source>
        <translation>Not yet saved to the file</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="502"/>
        <source>Tersimpan %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="77"/>
        <source>Gabungkan berkas tim</source>
        <translation>Merge panel files</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="82"/>
        <source>Berkas yang digabungkan</source>
        <translation>Files to merge</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="83"/>
        <source>Pilih atau seret berkas .scoring para asesor ke sini.</source>
        <translation>Choose or drop the assessors&apos; .scoring files here.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="87"/>
        <source>Kemajuan penggabungan</source>
        <translation>Merge progress</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="88"/>
        <source>&amp;Tambah berkas…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="89"/>
        <source>&amp;Gabungkan…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="114"/>
        <source>Berkas asesor</source>
        <translation>Assessors&apos; files</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="114"/>
        <location filename="../../scorer/ui/merge_dialog.py" line="162"/>
        <source>Berkas penilaian (*.scoring)</source>
        <translation>Scoring files (*.scoring)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="150"/>
        <source>Akan digabung: %1 asesor</source>
        <translation>To be merged: %1 assessors</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="153"/>
        <source>Bermasalah (tidak ikut digabung):</source>
        <translation>Problems (left out of the merge):</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="162"/>
        <source>Simpan hasil tim</source>
        <translation>Save panel result</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="176"/>
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="109"/>
        <source>Tanda tangani dan kunci…</source>
        <translation>Sign off and lock…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="110"/>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="111"/>
        <source>Ekspor notula PDF…</source>
        <translation>Export minutes PDF…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="112"/>
        <source>Pratinjau cetak</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="113"/>
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="117"/>
        <source>Kemajuan ekspor</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="154"/>
        <source> (sementara)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="163"/>
        <source>Belum ditandatangani; sesi masih dapat diubah.</source>
        <translation>Not signed off; the session can still be changed.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="156"/>
        <source>Dinilai %1 dari %2 butir; indeks %3.</source>
        <translation>Scored %1 of %2 items; index %3.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="169"/>
        <source>Dikunci: ditandatangani oleh %1 pada %2.</source>
        <translation>Locked: signed off by %1 at %2.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="175"/>
        <source>PERINGATAN: isi berkas diubah di luar aplikasi setelah ditandatangani.</source>
        <translation>WARNING: the file&apos;s content was changed outside the app after sign-off.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="210"/>
        <location filename="../../scorer/ui/minutes_actions.py" line="230"/>
        <source>Tanda tangan</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="211"/>
        <source>Nama lengkap penanda tangan:</source>
        <translation>Signer&apos;s full name:</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="217"/>
        <source>Setelah ditandatangani, sesi dikunci dan tidak dapat diubah kecuali dibuka kembali. Lanjutkan?</source>
        <translation>Once signed off, the session is locked and cannot be changed unless reopened. Continue?</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="224"/>
        <source>Sesi belum lengkap:</source>
        <translation>The session is not complete:</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="243"/>
        <source>%1 butir belum dinilai</source>
        <translation>%1 items not scored</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="248"/>
        <source>%1 permintaan bukti dukung masih terbuka</source>
        <translation>%1 evidence requests still open</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="251"/>
        <source>Ketua tim asesor belum ditetapkan (Persiapan)</source>
        <translation>No panel chair set (Preparation)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="255"/>
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="255"/>
        <source>Alasan membuka kembali:</source>
        <translation>Reason for reopening:</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="259"/>
        <source>Alasan wajib diisi; sesi tetap terkunci.</source>
        <translation>A reason is required; the session stays locked.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="268"/>
        <source>Ekspor notula</source>
        <translation>Export minutes</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="299"/>
        <source>Notula tersimpan: %1</source>
        <translation>Minutes saved: %1</translation>
    </message>
</context>
<context>
    <name>NewEvaluationDialog</name>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="63"/>
        <source>Evaluasi baru</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="65"/>
        <source>mis. Kota Bogor</source>
        <translation>e.g. Kota Bogor</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="67"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="68"/>
        <source>Kabupaten</source>
        <translation>Regency</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="71"/>
        <source>Tahap I</source>
        <translation>Stage I</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="72"/>
        <source>Tahap II</source>
        <translation>Stage II</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="89"/>
        <source>Notulis</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="93"/>
        <source>Pilih &amp;berkas rubrik…</source>
        <translation>Choose rubric &amp;file…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="108"/>
        <source>&amp;Daerah</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="109"/>
        <source>&amp;Kota/kabupaten</source>
        <translation>&amp;City/regency</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="110"/>
        <source>&amp;Provinsi</source>
        <translation>&amp;Province</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="111"/>
        <source>&amp;Tahap</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="112"/>
        <source>Tahu&amp;n</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="113"/>
        <source>Tan&amp;ggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="114"/>
        <source>&amp;Zona waktu</source>
        <translation>Time &amp;zone</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="115"/>
        <source>Pr&amp;ogram</source>
        <translation>Pr&amp;ogramme</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="116"/>
        <source>Nama &amp;asesor</source>
        <translation>&amp;Assessor name</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="117"/>
        <source>N&amp;IP</source>
        <translation>N&amp;IP</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="118"/>
        <source>In&amp;stansi</source>
        <translation>I&amp;nstitution</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="119"/>
        <source>P&amp;eran</source>
        <translation>Ro&amp;le</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="120"/>
        <source>Asesor &amp;lain</source>
        <translation>Ot&amp;her assessors</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="121"/>
        <source>Pese&amp;rta</source>
        <translation>Att&amp;endees</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="122"/>
        <source>R&amp;ubrik</source>
        <translation>R&amp;ubric</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="233"/>
        <source>Daring melalui Zoom Meeting</source>
        <translation>Online via Zoom Meeting</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="87"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="88"/>
        <source>Ketua tim</source>
        <translation>Panel chair</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="171"/>
        <source>Pilih rubrik</source>
        <translation>Choose rubric</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="171"/>
        <source>Rubrik (*.toml)</source>
        <translation>Rubrics (*.toml)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="184"/>
        <source>Lengkapi: %1</source>
        <translation>Please fill in: %1</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="305"/>
        <source>Permintaan bukti baru</source>
        <translation>New evidence request</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="315"/>
        <source>mis. SK Dewan Smart City, laporan realisasi</source>
        <translation>e.g. Smart City Council decree, realisation report</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="326"/>
        <source>&amp;Yang kurang</source>
        <translation>&amp;What is missing</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="327"/>
        <source>&amp;Butir</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="328"/>
        <source>&amp;Tenggat (%1)</source>
        <translation>&amp;Due (%1)</translation>
    </message>
</context>
<context>
    <name>NoteLine</name>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="79"/>
        <source>Catatan ▸</source>
        <translation>Note ▸</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="82"/>
        <source>Tanda catatan</source>
        <translation>Note tag</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="129"/>
        <source>Sesi terkunci (sudah ditandatangani): catatan baru tidak dapat dibuat</source>
        <translation>The session is locked (signed off): no new notes can be taken</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="46"/>
        <source>Tanpa tanda</source>
        <translation>No tag</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="93"/>
        <source>Ketik catatan lalu Enter (Ctrl+Enter dari mana saja, Esc kembali)</source>
        <translation>Type a note, then Enter (Ctrl+Enter from anywhere, Esc to go back)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="91"/>
        <source>Catatan cepat</source>
        <translation>Quick note</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <location filename="../../scorer/ui/session/notes_list.py" line="158"/>
        <source>Daftar catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes_list.py" line="161"/>
        <source>F2 atau Enter mengubah teks atau tanda · Delete menghapus · Ctrl+Z membatalkan</source>
        <translation>F2 or Enter edits the text or tag · Delete removes · Ctrl+Z undoes</translation>
    </message>
</context>
<context>
    <name>NotesModel</name>
    <message>
        <location filename="../../scorer/ui/session/notes_list.py" line="74"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes_list.py" line="74"/>
        <source>Tanda</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes_list.py" line="74"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="59"/>
        <source>Susunan acara, satu per baris</source>
        <translation>Agenda, one item per line</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="68"/>
        <source> menit</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="69"/>
        <source>Waktu rencana %1</source>
        <translation>Planned time %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="93"/>
        <source>Pese&amp;rta</source>
        <translation>A&amp;ttendees</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="94"/>
        <source>T&amp;im asesor</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="95"/>
        <source>Tangga&amp;l</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="96"/>
        <source>&amp;Media</source>
        <translation>&amp;Medium</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="97"/>
        <source>Tem&amp;pat</source>
        <translation>Ve&amp;nue</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="98"/>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="102"/>
        <source>&amp;Waktu rencana</source>
        <translation>Planned t&amp;imes</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="109"/>
        <source>Tindak lan&amp;jut</source>
        <translation>Follo&amp;w-up</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="109"/>
        <source>Taut&amp;kan evaluasi sebelumnya…</source>
        <translation>Lin&amp;k a previous evaluation…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="132"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="133"/>
        <source>Daerah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="134"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="137"/>
        <source>Evaluasi sebelumnya</source>
        <translation>Previous evaluation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="214"/>
        <source>Data sesi</source>
        <translation>Session facts</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="225"/>
        <source>Waktu rencana</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="242"/>
        <source>Pemilik berkas ini tidak dapat dihapus dari tim asesor.</source>
        <translation>The owner of this file cannot be removed from the panel.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="135"/>
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="136"/>
        <source>Rubrik</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="246"/>
        <source>Tim asesor</source>
        <translation>Assessor panel</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="234"/>
        <source>Peserta</source>
        <translation>Attendees</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../scorer/ui/people_table.py" line="175"/>
        <source>Ketik nama baru, atau Ctrl+V daftar…</source>
        <translation>Type a new name, or Ctrl+V a list…</translation>
    </message>
</context>
<context>
    <name>PeopleTable</name>
    <message>
        <location filename="../../scorer/ui/people_table.py" line="56"/>
        <location filename="../../scorer/ui/people_table.py" line="86"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/people_table.py" line="61"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/people_table.py" line="66"/>
        <location filename="../../scorer/ui/people_table.py" line="96"/>
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/people_table.py" line="71"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/people_table.py" line="91"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/people_table.py" line="103"/>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/people_table.py" line="109"/>
        <source>Notulis</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/people_table.py" line="240"/>
        <source>Ketik di baris terakhir untuk menambah · Ctrl+V menempel daftar (satu orang per baris) · Delete menghapus · Alt+↑/↓ memindah · Spasi mencentang</source>
        <translation>Type on the last row to add · Ctrl+V pastes a list (one person per line) · Delete removes · Alt+↑/↓ moves · Space ticks</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="58"/>
        <source>Jam fase</source>
        <translation>Phase clock</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="22"/>
        <source>Persiapan</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="23"/>
        <source>Presentasi</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="24"/>
        <source>Tanya Jawab</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="25"/>
        <source>Penilaian</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="26"/>
        <source>Kesimpulan &amp; Rekomendasi</source>
        <translation>Conclusions &amp; Recommendations</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="27"/>
        <source>Tanda Tangan</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="126"/>
        <source>(mulai %1)</source>
        <translation>(started %1)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="130"/>
        <source>lewat waktu</source>
        <translation>over time</translation>
    </message>
</context>
<context>
    <name>QAModel</name>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="62"/>
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="63"/>
        <source>Penanya</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="64"/>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="65"/>
        <source>Penjawab</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="66"/>
        <source>Dimensi</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="73"/>
        <source>Ketik pertanyaan baru…</source>
        <translation>Type a new question…</translation>
    </message>
</context>
<context>
    <name>QAPage</name>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="210"/>
        <source>Tabel tanya jawab</source>
        <translation>Q&amp;A table</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="220"/>
        <source>Tambah pertanyaan (Ctrl+Q)</source>
        <translation>Add question (Ctrl+Q)</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="142"/>
        <source>Permintaan bukti dukung</source>
        <translation>Evidence requests</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="169"/>
        <source>Insert: permintaan baru · Enter: tandai dipenuhi · Delete: hapus · Ctrl+Z: urungkan</source>
        <translation>Insert: new request · Enter: mark fulfilled · Delete: delete · Ctrl+Z: undo</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="175"/>
        <source>&amp;Tambah…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="176"/>
        <source>Tandai &amp;dipenuhi…</source>
        <translation>Mark &amp;fulfilled…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="177"/>
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="258"/>
        <source>Lampirkan berkas…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="260"/>
        <source>Bukti yang memenuhi permintaan no. %1</source>
        <translation>Evidence that fulfils request no. %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="281"/>
        <source>Lampirkan bukti dukung</source>
        <translation>Attach supporting evidence</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="282"/>
        <source>Gambar atau PDF (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff *.pdf)</source>
        <translation>Images or PDF (*.png *.jpg *.jpeg *.webp *.bmp *.gif *.tif *.tiff *.pdf)</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="76"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="77"/>
        <source>Butir</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="78"/>
        <source>Yang diminta</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="79"/>
        <source>Tenggat</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="80"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="111"/>
        <source>Terbuka, lewat tenggat</source>
        <translation>Open, overdue</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="111"/>
        <source>Terbuka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_requests.py" line="114"/>
        <source>Dipenuhi oleh %1, %2 (bukti no. %3)</source>
        <translation>Fulfilled by %1, %2 (evidence no. %3)</translation>
    </message>
</context>
<context>
    <name>RollupPanel</name>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="77"/>
        <source>Ringkasan nilai</source>
        <translation>Score summary</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="96"/>
        <source>(sementara)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="103"/>
        <source>antar rubrik</source>
        <translation>across rubrics</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="105"/>
        <source>Indeks %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="111"/>
        <source>%1 belum dinilai</source>
        <translation>%1 unscored</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="71"/>
        <source>Dimensi</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="72"/>
        <source>Aspek infrastruktur</source>
        <translation>Infrastructure aspects</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="73"/>
        <source>Elemen</source>
        <translation>Elements</translation>
    </message>
</context>
<context>
    <name>RubricTreeModel</name>
    <message>
        <location filename="../../scorer/ui/session/rubric_model.py" line="31"/>
        <source>Butir rubrik</source>
        <translation>Rubric item</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rubric_model.py" line="31"/>
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="58"/>
        <source>Pohon rubrik</source>
        <translation>Rubric tree</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="89"/>
        <source>Tidak berlaku</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="91"/>
        <source>Tingkat %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="102"/>
        <source>Persentase realisasi</source>
        <translation>Realisation percentage</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="106"/>
        <source>Catatan butir</source>
        <translation>Item note</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="107"/>
        <source>Catatan untuk butir ini…</source>
        <translation>Note on this item…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="112"/>
        <source>Bukti dukung</source>
        <translation>Supporting evidence</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="113"/>
        <source>Bukti dukung (slide, dokumen, tautan)…</source>
        <translation>Supporting evidence (slide, document, link)…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="115"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="116"/>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="118"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="119"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="190"/>
        <source>Komponen dengan %1 butir: ↓ atau → ke butirnya untuk menilai.</source>
        <translation>A component with %1 items: ↓ or → to its items to score them.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="291"/>
        <location filename="../../scorer/ui/session/scoring.py" line="355"/>
        <source>Pilih butir untuk dinilai (↓ atau →)</source>
        <translation>Choose an item to score (↓ or →)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="318"/>
        <source>Semua butir sudah dinilai</source>
        <translation>Every item is scored</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="376"/>
        <source>butir baru, tidak dibandingkan</source>
        <translation>new item, not compared</translation>
    </message>
</context>
<context>
    <name>ScreenCapture</name>
    <message>
        <location filename="../../scorer/ui/session/screen_capture.py" line="119"/>
        <source>Tangkap layar tidak tersedia di sini: gunakan Ctrl+Shift+V.</source>
        <translation>Screen capture is not available here: use Ctrl+Shift+V.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/screen_capture.py" line="124"/>
        <source>Sistem ini tidak mengizinkan aplikasi menangkap layar (platform %1). Tangkap dengan alat sistem (%2) ke papan klip, lalu tempel sebagai bukti dengan Ctrl+Shift+V.</source>
        <translation>This system does not let applications capture the screen (platform %1). Capture with the system&apos;s tool (%2) to the clipboard, then paste it as evidence with Ctrl+Shift+V.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/screen_capture.py" line="129"/>
        <source>Tempel dari papan klip sekarang</source>
        <translation>Paste from the clipboard now</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/screen_capture.py" line="129"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../scorer/ui/session/view.py" line="122"/>
        <source>Tahap %1 %2</source>
        <translation>Stage %1 %2</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/view.py" line="123"/>
        <source>Asesor: %1</source>
        <translation>Assessor: %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/view.py" line="132"/>
        <source>PERINGATAN: isi berkas diubah di luar aplikasi setelah ditandatangani. Jangan gunakan berkas ini sebagai dasar notula.</source>
        <translation>WARNING: the file&apos;s content was changed outside the app after sign-off. Do not base minutes on this file.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/view.py" line="146"/>
        <source>Hanya baca: berkas ini sedang dibuka di jendela lain. Tutup jendela itu untuk mengedit di sini.</source>
        <translation>Read-only: this file is open in another window. Close that window to edit here.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/view.py" line="151"/>
        <source>Terkunci: sesi sudah ditandatangani. Buka kembali di fase Tanda Tangan untuk mengubah (tercatat).</source>
        <translation>Locked: the session is signed off. Reopen it in the Sign-off phase to change it (logged).</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/view.py" line="221"/>
        <source>Bukti tersimpan (No. %1); keterangan: F2 pada gambarnya</source>
        <translation>Evidence stored (No. %1); its caption: F2 on its thumbnail</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="22"/>
        <source>Pintasan papan ketik</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="24"/>
        <source>beri tingkat pada butir aktif</source>
        <translation>set the current item&apos;s level</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="25"/>
        <source>tidak berlaku (N/A)</source>
        <translation>not applicable (N/A)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="26"/>
        <source>butir berikut yang belum dinilai</source>
        <translation>next unscored item</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="27"/>
        <source>pindah butir dan isian</source>
        <translation>move between items and fields</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="28"/>
        <source>huruf</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="28"/>
        <source>mulai catatan butir</source>
        <translation>start the item&apos;s note</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="29"/>
        <source>catatan cepat dari mana saja; Enter menyimpan</source>
        <translation>quick note from anywhere; Enter saves</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="30"/>
        <source>dari catatan cepat kembali ke tempat semula</source>
        <translation>from the quick note back to where you were</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="31"/>
        <source>pertanyaan baru di tanya jawab</source>
        <translation>new Q&amp;A question</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="34"/>
        <source>tempel gambar dari papan klip sebagai bukti dukung butir aktif</source>
        <translation>paste the clipboard&apos;s image as supporting evidence of the current item</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="36"/>
        <source>galeri bukti dukung fase ini</source>
        <translation>gallery of this phase&apos;s supporting evidence</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="37"/>
        <source>permintaan bukti dukung (Insert: baru, Enter: dipenuhi)</source>
        <translation>evidence requests (Insert: new, Enter: fulfilled)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="39"/>
        <source>gambar bukti</source>
        <translation>evidence thumbnails</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="41"/>
        <source>←/→: pilih · Enter/Spasi: buka · Delete: hapus · F2: keterangan · Ctrl+M: pindah ke butir lain</source>
        <translation>←/→: choose · Enter/Space: open · Delete: delete · F2: caption · Ctrl+M: move to another item</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="48"/>
        <source>tangkap layar sebagai bukti dukung: panah memilih (Shift+panah: ukuran, Ctrl: 1 piksel), Enter mengambil, Esc batal; lalu ketik keterangan</source>
        <translation>capture the screen as supporting evidence: arrows select (Shift+arrow: size, Ctrl: 1 pixel), Enter takes, Esc cancels; then type a caption</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="54"/>
        <source>fase berikutnya / sebelumnya, dari isian mana pun</source>
        <translation>next / previous phase, from any field</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="57"/>
        <source>tabel orang</source>
        <translation>people tables</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="59"/>
        <source>ketik di baris terakhir: tambah (Enter: orang berikutnya) · Ctrl+V: tempel daftar · Delete: hapus · Alt+↑/↓: pindah · Spasi: centang</source>
        <translation>type on the last row: add (Enter: next person) · Ctrl+V: paste a list · Delete: remove · Alt+↑/↓: move · Space: tick</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="64"/>
        <source>tanya jawab</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="65"/>
        <source>Tab: penanya, jawaban… · Delete: hapus pertanyaan · Insert: baris baru</source>
        <translation>Tab: asker, answer… · Delete: remove a question · Insert: new row</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="68"/>
        <source>kesimpulan, rekomendasi</source>
        <translation>conclusions, recommendations</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="70"/>
        <source>ketik di baris terakhir: tambah · F2/Enter: ubah · Delete: hapus · Alt+↑/↓: pindah · di tenggat Delete: kosongkan</source>
        <translation>type on the last row: add · F2/Enter: edit · Delete: remove · Alt+↑/↓: move · Delete in a deadline: clear</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="75"/>
        <source>daftar catatan</source>
        <translation>notes list</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="76"/>
        <source>F2/Enter: ubah teks atau tanda · Delete: hapus</source>
        <translation>F2/Enter: edit text or tag · Delete: remove</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="78"/>
        <source>isian berikut / sebelumnya (juga keluar dari tabel)</source>
        <translation>next / previous field (also out of a table)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="79"/>
        <source>di dialog: OK</source>
        <translation>in a dialog: OK</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="80"/>
        <source>urungkan / ulangi</source>
        <translation>undo / redo</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="81"/>
        <source>tata letak ringkas</source>
        <translation>compact layout</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="82"/>
        <source>selalu di atas</source>
        <translation>always on top</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="83"/>
        <source>daftar pintasan ini</source>
        <translation>this list of shortcuts</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="31"/>
        <source>Penilaian evaluasi smart city: skor, catatan, notula.</source>
        <translation>Smart city evaluation assessment: scores, notes, minutes.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="33"/>
        <source>Evaluasi bar&amp;u…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="34"/>
        <source>Evaluasi &amp;lanjutan…</source>
        <translation>Fo&amp;llow-up evaluation…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="35"/>
        <source>Buk&amp;a berkas…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="36"/>
        <source>&amp;Gabungkan berkas tim…</source>
        <translation>&amp;Merge panel files…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="57"/>
        <source>Berkas terakhir</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="59"/>
        <source>Berkas te&amp;rakhir</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="64"/>
        <source>Belum ada berkas. Mulai dengan Evaluasi baru (Ctrl+N), atau buka berkas penilaian yang diterima (Ctrl+O).</source>
        <translation>No files yet. Start with New evaluation (Ctrl+N), or open a scoring file you received (Ctrl+O).</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="62"/>
        <source>Simpan seba&amp;gai…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="84"/>
        <source>%1 %2 perubahan belum masuk ke berkas, tetapi aman di memori</source>
        <translation>%1 %2 changes have not reached the file, but they are safe in memory</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="89"/>
        <source> (jurnal pemulihan juga gagal ditulis: jangan tutup aplikasi)</source>
        <translation> (the recovery journal could not be written either: do not close the app)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="91"/>
        <source> dan di jurnal pemulihan</source>
        <translation> and in the recovery journal</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="92"/>
        <source>. Mencoba lagi otomatis; atau simpan di tempat lain.</source>
        <translation>. Retrying automatically; or save somewhere else.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="102"/>
        <source>Disk penuh: %1 tidak dapat disimpan.</source>
        <translation>Disk full: %1 cannot be saved.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="104"/>
        <source>Berkas %1 hilang atau dipindahkan (atau foldernya/diska lepasnya tidak ada).</source>
        <translation>The file %1 is gone or was moved (or its folder or removable disk is missing).</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="106"/>
        <source>Tidak ada izin menulis %1.</source>
        <translation>No permission to write %1.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="107"/>
        <source>Galat baca/tulis pada diska %1 (diska lepas dicabut?).</source>
        <translation>Read/write error on the disk of %1 (removable disk unplugged?).</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="108"/>
        <source>%1 sedang dikunci program lain.</source>
        <translation>%1 is locked by another program.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="109"/>
        <source>Berkas %1 rusak.</source>
        <translation>The file %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="129"/>
        <source>Simpan sesi sebagai</source>
        <translation>Save the session as</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/storage_banner.py" line="131"/>
        <source>Berkas penilaian (*.scoring)</source>
        <translation>Scoring files (*.scoring)</translation>
    </message>
</context>
<context>
    <name>_Words</name>
    <message>
        <location filename="../../scorer/ui/session/evidence_intake.py" line="184"/>
        <source>Papan klip tidak berisi gambar atau berkas gambar/PDF untuk dilampirkan.</source>
        <translation>The clipboard holds no image, or image/PDF file, to attach.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/evidence_intake.py" line="188"/>
        <source>%1 tautan bukan berkas di komputer ini dan tidak dilampirkan; simpan dulu berkasnya, lalu seret berkas itu.</source>
        <translation>%1 links are not files on this computer and were not attached; save the file first, then drag that file.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../scorer/ui/launch.py" line="40"/>
        <source>Terjadi galat internal. Semua isian sudah tersimpan. Rincian: %1</source>
        <translation>An internal error occurred. Everything entered is saved. Details: %1</translation>
    </message>
</context>
</TS>
