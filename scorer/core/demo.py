"""A fictional demo evaluation of "Kota Contoh": realistic notes, Q&A and scores.

Region, people and figures are invented; they read like the stage II sessions reported
in local news (masterplan realisation, budget share, CCTV counts, complaint apps). Each of
the five panel members can produce their own file (`assessor`), with scores that differ
the way real assessors' do, so the merge can be demonstrated on demo files too.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from fractions import Fraction

from scorer import __version__
from scorer.core.model import (
    Assessor,
    Attendee,
    AuditEntry,
    Evaluation,
    Note,
    Phase,
    QAEntry,
    Recommendation,
    RegionKind,
    Role,
    Score,
    ScoringRecord,
    SessionInfo,
    TimeZoneName,
)
from scorer.core.rubric import Rubric
from scorer.core.session import default_phases

WIB = TimeZoneName.WIB.tzinfo
SESSION_DAY = dt.date(2025, 10, 21)
PANEL = [
    Assessor(
        "a1d3c0de-0000-4000-8000-000000000001",
        "Dr. Ratna Wulandari, M.T.",
        "Institut Teknologi Contoh",
        Role.CHAIR,
        "197805122005012003",
    ),
    Assessor(
        "a1d3c0de-0000-4000-8000-000000000002",
        "Ir. Bambang Hartono, M.Sc.",
        "Direktorat Jenderal Aptika, Komdigi",
        Role.MEMBER,
        "196911231995031001",
    ),
    Assessor(
        "a1d3c0de-0000-4000-8000-000000000003",
        "Sri Lestari, S.Kom., M.M.",
        "Praktisi tata kelola TIK",
        Role.MEMBER,
    ),
    Assessor(
        "a1d3c0de-0000-4000-8000-000000000004",
        "Dr. Andi Pratama",
        "Universitas Contoh",
        Role.MEMBER,
    ),
    Assessor(
        "a1d3c0de-0000-4000-8000-000000000005",
        "Maria Simanjuntak, S.T., M.T.",
        "Bappenas",
        Role.MEMBER,
        "198203142008012011",
    ),
]
ATTENDEES = [
    Attendee("Drs. H. Joko Santoso, M.Si.", "Wali Kota Contoh", "Pemerintah Kota Contoh"),
    Attendee("Ir. Siti Rahmawati, M.T.", "Sekretaris Daerah", "Pemerintah Kota Contoh"),
    Attendee("Agus Setiawan, S.Kom., M.T.", "Kepala Dinas Kominfo", "Diskominfo Kota Contoh"),
    Attendee("Dra. Dewi Anggraini, M.Si.", "Kepala Bappeda", "Bappeda Kota Contoh"),
    Attendee("Hendra Gunawan, S.T.", "Kepala Dinas Lingkungan Hidup", "DLH Kota Contoh"),
    Attendee("dr. Yuni Kartika", "Kepala Dinas Kesehatan", "Dinkes Kota Contoh"),
]

# Chair's scores: the reference the other panel members deviate from.
BASE_LEVELS = {
    "BL1": 3,
    "BL2": 3,
    "BL3": 2,
    "BL4": 3,
    "BL5": 3,
    "BL6": 2,
    "BL7": 3,
    "OP1": 3,
    "OP2": 4,
    "OP3": 3,
    "OP4": 2,
    "OP5": 3,
    "OP6": 2,
    "OP7": 3,
    "OP8": 3,
    "OP9": 3,
    "OC1": 4,
    "OC2": 3,
    "OC3": 3,
    "OC4": 3,
    "OC5": 3,
    "OC6": 2,
    "OC7": 3,
    "IM1": 3,
    "IM2": 3,
    "IM3": 2,
    "IM4": 3,
    "IM5": 3,
    "IM6": 2,
    "QW1": 3,
    "QW2": 4,
    "QW3": 3,
    "QW4": 3,
}
ITEM_NOTES = {
    "BL1": (
        "Opini WTP tujuh tahun berturut-turut; indeks SPBE 3,11 (2023).",
        "Paparan slide 4; LHP BPK 2024",
    ),
    "OP1": (
        "Perwal Smart City terbit 2023; Perda masih tahap harmonisasi.",
        "Perwal No. 17 Tahun 2023",
    ),
    "OP2": (
        "Masterplan 2022–2027 selaras dengan RPJMD; reviu tahunan berjalan.",
        "Dokumen masterplan bab 3",
    ),
    "OP5": (
        "Sekitar 2,8 % APBD untuk program smart city (Rp41.500.000.000,00).",
        "DPA Diskominfo 2025",
    ),
    "OP8": (
        "106 titik CCTV terhubung ke command centre; pusat data tervirtualisasi, belum ada SOC.",
        "Slide 14; ditanyakan pada T3",
    ),
    "OC7": ("Realisasi masterplan sekitar 75 % menurut paparan Sekda.", "Slide 6"),
    "QW2": (
        "Aplikasi pengaduan 'Lapor Contoh' dipakai 38.412 warga dalam setahun.",
        "Dasbor aplikasi, dilihat langsung",
    ),
}
SESSION_NOTES = [
    (
        Phase.PRESENTATION,
        2,
        "Wali Kota membuka paparan; Sekda memaparkan capaian masterplan.",
        None,
        None,
    ),
    (
        Phase.PRESENTATION,
        6,
        "Realisasi masterplan diklaim sekitar 75 %, bukti dukung menyusul.",
        "OC7",
        None,
    ),
    (Phase.PRESENTATION, 11, "Data bus rapid transit belum masuk dasbor kota.", None, "living"),
    (
        Phase.PRESENTATION,
        15,
        "Bank sampah di 42 kelurahan; pemilahan dari rumah tangga baru 30 %.",
        None,
        "environment",
    ),
    (Phase.QA, 9, "Kendala utama: SDM TIK dan koordinasi antar-OPD.", "OP6", None),
    (Phase.QA, 24, "Dewan Smart City rapat dua kali setahun; notulen tersedia.", "OP3", None),
    (
        Phase.SCORING,
        5,
        "Bukti dukung manajemen risiko diminta dikirim besok pukul 12.00.",
        "OP4",
        None,
    ),
]
QUESTIONS = [
    (
        "Bagaimana keselarasan masterplan dengan RPJMD 2025–2029 setelah pergantian kepala daerah?",
        0,
        "Masterplan direviu Bappeda tahun ini dan akan disesuaikan dengan RPJMD "
        "baru melalui Perwal perubahan.",
        3,
        ("governance",),
    ),
    (
        "Berapa persen APBD yang dialokasikan untuk program smart city?",
        4,
        "Sekitar 2,8 % APBD 2025, tersebar di sembilan OPD.",
        1,
        ("governance", "economy"),
    ),
    (
        "Apakah 106 CCTV sudah terintegrasi dengan layanan kedaruratan 112?",
        1,
        "Sudah untuk 64 titik; sisanya ditargetkan 2026.",
        2,
        ("society", "living"),
    ),
    (
        "Bagaimana keberlanjutan aplikasi pengaduan jika vendor berganti?",
        2,
        "Kode sumber dimiliki pemda dan dikelola tim internal Diskominfo.",
        2,
        ("governance",),
    ),
    (
        "Apa dampak terukur program bank sampah terhadap volume sampah ke TPA?",
        3,
        "Volume ke TPA turun 9 % dalam dua tahun menurut data DLH.",
        4,
        ("environment",),
    ),
    (
        "Bagaimana pelibatan UMKM dalam marketplace daerah?",
        0,
        "1.600 UMKM terdaftar, 420 aktif bertransaksi setiap bulan.",
        1,
        ("economy", "branding"),
    ),
]
RECOMMENDATIONS = [
    (
        "Lengkapi bukti dukung manajemen risiko smart city.",
        "Kepala Dinas Kominfo",
        dt.date(2025, 10, 22),
    ),
    (
        "Integrasikan data bus rapid transit ke dasbor command centre.",
        "Kepala Dinas Perhubungan",
        dt.date(2026, 3, 31),
    ),
    (
        "Tetapkan Perda smart city untuk menjamin keberlanjutan program.",
        "Sekretaris Daerah",
        dt.date(2026, 6, 30),
    ),
]
CONCLUSIONS = [
    "Kota Contoh menunjukkan kemajuan implementasi smart city, terutama pada Smart "
    "Governance dan layanan pengaduan warga.",
    "Dimensi Smart Environment dan dukungan SDM TIK masih perlu diperkuat.",
]


def _at(minutes_after_start: int) -> dt.datetime:
    start = dt.datetime.combine(SESSION_DAY, dt.time(14, 20), WIB)
    return (start + dt.timedelta(minutes=minutes_after_start)).astimezone(dt.UTC)


def demo_record(rubric: Rubric, assessor: int = 1) -> ScoringRecord:
    """The demo session as seen by panel member `assessor` (1 = the chair)."""
    if not 1 <= assessor <= len(PANEL):
        raise ValueError(f"assessor must be 1 to {len(PANEL)}")
    me = PANEL[assessor - 1]
    jitter = random.Random(assessor)
    phases = default_phases()
    offsets = {
        Phase.PREPARATION: -10,
        Phase.PRESENTATION: 0,
        Phase.QA: 22,
        Phase.SCORING: 68,
        Phase.CONCLUSIONS: 88,
        Phase.SIGNOFF: 100,
    }
    for position, phase_time in enumerate(phases):
        phase_time.started_at = _at(offsets[phase_time.phase])
        if position + 1 < len(phases):
            phase_time.ended_at = _at(offsets[phases[position + 1].phase])
        else:
            phase_time.ended_at = _at(105)
    scores = []
    levels = rubric.levels
    for n, item in enumerate(rubric.items):
        base = BASE_LEVELS.get(item.id, levels[len(levels) // 2])
        if assessor > 1:
            base += jitter.choice((-1, 0, 0, 0, 1))
        level = min(max(base, levels[0]), levels[-1])
        note, evidence = ITEM_NOTES.get(item.id, ("", ""))
        percent = Decimal("75") if item.percent_thresholds and assessor == 1 else None
        if percent is not None:
            level = rubric.level_for_percent(item, Fraction(percent))
        scores.append(
            Score(me.key, item.id, level, False, _at(70 + n // 2), note, evidence, percent)
        )
    dimension_ids = {d.id for d in rubric.dimensions}
    notes = [
        Note(
            created_at=_at(offsets[phase] + minute),
            phase=phase,
            elapsed_seconds=minute * 60 + 17,
            text=text,
            assessor=me.key,
            item_id=item_id if item_id and rubric.has_item(item_id) else None,
            dimension_id=dimension if dimension in dimension_ids else None,
        )
        for phase, minute, text, item_id, dimension in SESSION_NOTES
    ]
    qa = [
        QAEntry(
            question,
            PANEL[asker].name,
            answer,
            ATTENDEES[responder].name,
            _at(24 + 7 * n),
            tuple(d for d in dims if d in dimension_ids),
        )
        for n, (question, asker, answer, responder, dims) in enumerate(QUESTIONS)
    ]
    created = _at(-30)
    return ScoringRecord(
        file_id=f"d3e0c0de-0000-4000-8000-00000000000{assessor}",
        created_at=created,
        app_version=__version__,
        rubric_source=rubric.source,
        rubric_sha256=rubric.sha256,
        evaluation=Evaluation(
            programme="Gerakan Menuju 100 Smart City",
            region="Kota Contoh",
            region_kind=RegionKind.KOTA,
            province="Jawa Barat",
            stage=2,
            year=2025,
            timezone=TimeZoneName.WIB,
        ),
        session=SessionInfo(
            date=SESSION_DAY,
            medium="Daring melalui Zoom Meeting",
            venue="Ruang Command Centre, Balai Kota Contoh",
            agenda="Evaluasi implementasi smart city Tahap II Tahun 2025",
            current_phase=Phase.SIGNOFF,
            phases=phases,
        ),
        owner=me.key,
        assessors=[me, *(p for p in PANEL if p is not me)],
        attendees=list(ATTENDEES),
        scores=scores,
        notes=notes,
        qa=qa,
        conclusions=list(CONCLUSIONS),
        recommendations=[Recommendation(*r) for r in RECOMMENDATIONS],
        audit=[AuditEntry(created, me.name, "create", "file", "", None, "demo")],
    )
