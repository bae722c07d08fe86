<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../scorer/ui/session/charts.py" line="90" />
        <source>Grafik dimensi dan aspek</source>
        <translation>Dimension and aspect charts</translation>
    </message>
</context>
<context>
    <name>ConclusionsPage</name>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="31" />
        <source>Kesimpulan</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="32" />
        <source>Satu kesimpulan per baris</source>
        <translation>One conclusion per line</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="35" />
        <source>Daftar rekomendasi</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="38" />
        <location filename="../../scorer/ui/session/conclusions.py" line="47" />
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="40" />
        <location filename="../../scorer/ui/session/conclusions.py" line="48" />
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="43" />
        <location filename="../../scorer/ui/session/conclusions.py" line="52" />
        <source>Tenggat</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="44" />
        <source>Tambah rekomendasi</source>
        <translation>Add recommendation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="55" />
        <source>&lt;b&gt;V. Kesimpulan&lt;/b&gt;</source>
        <translation>&lt;b&gt;V. Conclusions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/conclusions.py" line="57" />
        <source>&lt;b&gt;VI. Rekomendasi dan tindak lanjut&lt;/b&gt;</source>
        <translation>&lt;b&gt;VI. Recommendations and follow-up&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="91" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="93" />
        <source>Evaluasi &amp;baru…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="95" />
        <source>&amp;Buka…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="97" />
        <source>&amp;Tutup sesi</source>
        <translation>&amp;Close session</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="99" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="100" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="101" />
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="103" />
        <source>&amp;Ulangi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="107" />
        <source>&amp;Sesi</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="109" />
        <source>Fase &amp;berikutnya</source>
        <translation>&amp;Next phase</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="113" />
        <source>Fase &amp;sebelumnya</source>
        <translation>&amp;Previous phase</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="118" />
        <source>&amp;Catatan cepat</source>
        <translation>Quick &amp;note</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="121" />
        <source>&amp;Tanya jawab baru</source>
        <translation>New &amp;Q&amp;&amp;A entry</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="123" />
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="125" />
        <source>Tata letak &amp;ringkas</source>
        <translation>&amp;Compact layout</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="129" />
        <source>Selalu di &amp;atas</source>
        <translation>Always on &amp;top</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="133" />
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="136" />
        <source>&amp;Bantuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="139" />
        <source>&amp;Pintasan papan ketik</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="152" />
        <source>Buka berkas penilaian</source>
        <translation>Open scoring file</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="152" />
        <location filename="../../scorer/ui/main_window.py" line="177" />
        <source>Berkas penilaian (*.scoring)</source>
        <translation>Scoring files (*.scoring)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="175" />
        <source>Simpan berkas penilaian</source>
        <translation>Save scoring file</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="201" />
        <source>Membuka %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="204" />
        <source>Tahap %1 %2</source>
        <translation>Stage %1 %2</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="251" />
        <source>Berkas diperbarui; salinan lama: %1</source>
        <translation>File upgraded; old copy: %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/main_window.py" line="274" />
        <source>Tersimpan %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="74" />
        <source>Gabungkan berkas tim</source>
        <translation>Merge panel files</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="79" />
        <source>Berkas yang digabungkan</source>
        <translation>Files to merge</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="80" />
        <source>Pilih atau seret berkas .scoring para asesor ke sini.</source>
        <translation>Choose or drop the assessors' .scoring files here.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="84" />
        <source>Kemajuan penggabungan</source>
        <translation>Merge progress</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="85" />
        <source>&amp;Tambah berkas…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="86" />
        <source>&amp;Gabungkan…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="103" />
        <source>Berkas asesor</source>
        <translation>Assessors' files</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="103" />
        <location filename="../../scorer/ui/merge_dialog.py" line="154" />
        <source>Berkas penilaian (*.scoring)</source>
        <translation>Scoring files (*.scoring)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="139" />
        <source>Akan digabung: %1 asesor</source>
        <translation>To be merged: %1 assessors</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="142" />
        <source>Bermasalah (tidak ikut digabung):</source>
        <translation>Problems (left out of the merge):</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="152" />
        <source>Simpan hasil tim</source>
        <translation>Save panel result</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/merge_dialog.py" line="168" />
        <source>Tersimpan: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="142" />
        <source>Tanda tangani dan kunci…</source>
        <translation>Sign off and lock…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="143" />
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="144" />
        <source>Ekspor notula PDF…</source>
        <translation>Export minutes PDF…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="145" />
        <source>Pratinjau cetak</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="146" />
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="150" />
        <source>Kemajuan ekspor</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="187" />
        <source> (sementara)</source>
        <translation> (provisional)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="196" />
        <source>Belum ditandatangani; sesi masih dapat diubah.</source>
        <translation>Not signed off; the session can still be changed.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="189" />
        <source>Dinilai %1 dari %2 butir; indeks %3.</source>
        <translation>Scored %1 of %2 items; index %3.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="201" />
        <source>Dikunci: ditandatangani oleh %1 pada %2.</source>
        <translation>Locked: signed off by %1 at %2.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="207" />
        <source>PERINGATAN: isi berkas diubah di luar aplikasi setelah ditandatangani.</source>
        <translation>WARNING: the file's content was changed outside the app after sign-off.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="236" />
        <location filename="../../scorer/ui/minutes_actions.py" line="246" />
        <source>Tanda tangan</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="237" />
        <source>Nama lengkap penanda tangan:</source>
        <translation>Signer's full name:</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="243" />
        <source>Setelah ditandatangani, sesi dikunci dan tidak dapat diubah kecuali dibuka kembali. Lanjutkan?</source>
        <translation>Once signed off, the session is locked and cannot be changed unless reopened. Continue?</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="251" />
        <source>Buka kembali</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="251" />
        <source>Alasan membuka kembali:</source>
        <translation>Reason for reopening:</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="255" />
        <source>Alasan wajib diisi; sesi tetap terkunci.</source>
        <translation>A reason is required; the session stays locked.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/minutes_actions.py" line="272" />
        <source>Ekspor notula</source>
        <translation>Export minutes</translation>
    </message>
</context>
<context>
    <name>NewEvaluationDialog</name>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="57" />
        <source>Evaluasi baru</source>
        <translation>New evaluation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="60" />
        <source>mis. Kota Bogor</source>
        <translation>e.g. Kota Bogor</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="62" />
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="63" />
        <source>Kabupaten</source>
        <translation>Regency</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="66" />
        <source>Tahap I</source>
        <translation>Stage I</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="67" />
        <source>Tahap II</source>
        <translation>Stage II</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="77" />
        <source>Daring melalui Zoom Meeting</source>
        <translation>Online via Zoom Meeting</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="83" />
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="84" />
        <source>Ketua tim</source>
        <translation>Panel chair</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="86" />
        <source>Satu per baris: nama; instansi; ketua/anggota</source>
        <translation>One per line: name; institution; chair/member</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="88" />
        <source>Satu per baris: nama; jabatan; instansi</source>
        <translation>One per line: name; position; organisation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="90" />
        <source>Pilih rubrik…</source>
        <translation>Choose rubric…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="96" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="97" />
        <location filename="../../scorer/ui/new_evaluation.py" line="142" />
        <source>Daerah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="98" />
        <source>Kota/kabupaten</source>
        <translation>City/regency</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="99" />
        <location filename="../../scorer/ui/new_evaluation.py" line="143" />
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="100" />
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="101" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="102" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="103" />
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="104" />
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="105" />
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="106" />
        <location filename="../../scorer/ui/new_evaluation.py" line="144" />
        <source>Nama asesor</source>
        <translation>Assessor's name</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="107" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="108" />
        <source>Instansi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="109" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="110" />
        <source>Asesor lain</source>
        <translation>Other assessors</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="111" />
        <source>Peserta</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="112" />
        <source>Rubrik</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="134" />
        <source>Pilih rubrik</source>
        <translation>Choose rubric</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="134" />
        <source>Rubrik (*.toml)</source>
        <translation>Rubrics (*.toml)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/new_evaluation.py" line="148" />
        <source>Lengkapi: %1</source>
        <translation>Please fill in: %1</translation>
    </message>
</context>
<context>
    <name>NoteLine</name>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="75" />
        <source>Catatan ▸</source>
        <translation>Note ▸</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="77" />
        <source>Tanda catatan</source>
        <translation>Note tag</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="78" />
        <source>Butir aktif</source>
        <translation>Current item</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="79" />
        <source>Umum</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="84" />
        <source>Catatan cepat</source>
        <translation>Quick note</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="86" />
        <source>Ketik catatan lalu Enter (Ctrl+Enter dari mana saja)</source>
        <translation>Type a note, then Enter (Ctrl+Enter from anywhere)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="100" />
        <source>Butir %1</source>
        <translation>Item %1</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <location filename="../../scorer/ui/session/notes.py" line="134" />
        <source>Daftar catatan</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="20" />
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="21" />
        <source>Daerah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="22" />
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="23" />
        <source>Hari/tanggal</source>
        <translation>Day/date</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="24" />
        <source>Zona waktu</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="25" />
        <source>Media</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="26" />
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="28" />
        <source>Rubrik</source>
        <translation>Rubric</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="37" />
        <source>ketua</source>
        <translation>chair</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="43" />
        <source>Tim asesor</source>
        <translation>Assessor panel</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/overview.py" line="44" />
        <source>Peserta</source>
        <translation>Attendees</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="42" />
        <source>Jam fase</source>
        <translation>Phase clock</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="58" />
        <source>Persiapan</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="59" />
        <source>Presentasi</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="60" />
        <source>Tanya Jawab</source>
        <translation>Q&amp;A</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="61" />
        <source>Penilaian</source>
        <translation>Scoring</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="62" />
        <source>Kesimpulan &amp; Rekomendasi</source>
        <translation>Conclusions &amp; Recommendations</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="63" />
        <source>Tanda Tangan</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="115" />
        <source>(mulai %1)</source>
        <translation>(started %1)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/stepper.py" line="119" />
        <source>lewat waktu</source>
        <translation>over time</translation>
    </message>
</context>
<context>
    <name>QAModel</name>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="55" />
        <source>Pertanyaan</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="56" />
        <source>Penanya</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="57" />
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="58" />
        <source>Penjawab</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="59" />
        <source>Dimensi</source>
        <translation>Dimensions</translation>
    </message>
</context>
<context>
    <name>QAPage</name>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="100" />
        <source>Tabel tanya jawab</source>
        <translation>Q&amp;A table</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="111" />
        <source>Tambah pertanyaan (Ctrl+Q)</source>
        <translation>Add question (Ctrl+Q)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/qa.py" line="130" />
        <source>Pertanyaan baru</source>
        <translation>New question</translation>
    </message>
</context>
<context>
    <name>RollupPanel</name>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="27" />
        <source>Ringkasan nilai</source>
        <translation>Score summary</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="41" />
        <source>(sementara)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="42" />
        <source>Indeks %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="48" />
        <source>%1 belum dinilai</source>
        <translation>%1 unscored</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="60" />
        <source>Dimensi</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="61" />
        <source>Aspek infrastruktur</source>
        <translation>Infrastructure aspects</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rollups.py" line="62" />
        <source>Elemen</source>
        <translation>Elements</translation>
    </message>
</context>
<context>
    <name>RubricTreeModel</name>
    <message>
        <location filename="../../scorer/ui/session/rubric_model.py" line="117" />
        <source>Butir rubrik</source>
        <translation>Rubric item</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/rubric_model.py" line="117" />
        <source>Nilai</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="48" />
        <source>Pohon rubrik</source>
        <translation>Rubric tree</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="79" />
        <source>Tidak berlaku</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="81" />
        <source>Tingkat %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="92" />
        <source>Persentase realisasi</source>
        <translation>Realisation percentage</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="96" />
        <source>Catatan butir</source>
        <translation>Item note</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="97" />
        <source>Catatan untuk butir ini…</source>
        <translation>Note on this item…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="102" />
        <source>Bukti dukung</source>
        <translation>Supporting evidence</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="103" />
        <source>Bukti dukung (slide, dokumen, tautan)…</source>
        <translation>Supporting evidence (slide, document, link)…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="105" />
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="106" />
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="108" />
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/scoring.py" line="109" />
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <location filename="../../scorer/ui/session/view.py" line="76" />
        <source>Tahap %1 %2</source>
        <translation>Stage %1 %2</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/view.py" line="77" />
        <source>Asesor: %1</source>
        <translation>Assessor: %1</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/view.py" line="87" />
        <source>PERINGATAN: isi berkas diubah di luar aplikasi setelah ditandatangani. Jangan gunakan berkas ini sebagai dasar notula.</source>
        <translation>WARNING: the file's content was changed outside the app after sign-off. Do not base minutes on this file.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/view.py" line="96" />
        <source>Hanya baca: berkas ini sedang dibuka di jendela lain. Tutup jendela itu untuk mengedit di sini.</source>
        <translation>Read-only: this file is open in another window. Close that window to edit here.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/session/view.py" line="101" />
        <source>Terkunci: sesi sudah ditandatangani. Buka kembali di fase Tanda Tangan untuk mengubah (tercatat).</source>
        <translation>Locked: the session is signed off. Reopen it in the Sign-off phase to change it (logged).</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="11" />
        <source>Pintasan papan ketik</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="13" />
        <source>beri tingkat pada butir aktif</source>
        <translation>set the current item's level</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="14" />
        <source>tidak berlaku (N/A)</source>
        <translation>not applicable (N/A)</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="15" />
        <source>butir berikut yang belum dinilai</source>
        <translation>next unscored item</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="16" />
        <source>pindah butir dan isian</source>
        <translation>move between items and fields</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="17" />
        <source>huruf</source>
        <translation>letter</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="17" />
        <source>mulai catatan butir</source>
        <translation>start the item's note</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="18" />
        <source>catatan cepat dari mana saja; Enter menyimpan</source>
        <translation>quick note from anywhere; Enter saves</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="19" />
        <source>pertanyaan baru di tanya jawab</source>
        <translation>new Q&amp;A question</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="20" />
        <source>fase berikutnya / sebelumnya</source>
        <translation>next / previous phase</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="21" />
        <source>urungkan / ulangi</source>
        <translation>undo / redo</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="22" />
        <source>tata letak ringkas</source>
        <translation>compact layout</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="23" />
        <source>selalu di atas</source>
        <translation>always on top</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/shortcuts.py" line="24" />
        <source>daftar pintasan ini</source>
        <translation>this list of shortcuts</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="30" />
        <source>Penilaian evaluasi smart city: skor, catatan, notula.</source>
        <translation>Smart city evaluation assessment: scores, notes, minutes.</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="32" />
        <source>&amp;Evaluasi baru…</source>
        <translation>&amp;New evaluation…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="33" />
        <source>&amp;Buka berkas…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="34" />
        <source>&amp;Gabungkan berkas tim…</source>
        <translation>&amp;Merge panel files…</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="45" />
        <source>Berkas terakhir</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../scorer/ui/start_screen.py" line="49" />
        <source>Berkas &amp;terakhir</source>
        <translation>&amp;Recent files</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../scorer/ui/launch.py" line="34" />
        <source>Terjadi galat internal. Semua isian sudah tersimpan. Rincian: %1</source>
        <translation>An internal error occurred. Everything entered is saved. Details: %1</translation>
    </message>
</context>
</TS>