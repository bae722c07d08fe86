"""The fixed wording of the panel report and of the panel's CSV/XLSX, in Indonesian and
English, and the few phrases both build from data (flags, agreement, sign-off).

Document text, not UI text (produced without Qt, as the minutes' words are). Pure Python:
the exports import it without loading ReportLab.
"""

from __future__ import annotations

from collections.abc import Mapping

from scorer.core.stats import Agreement
from scorer.merge.aggregate import FLAG_LEVELS, ItemRow

WORDS: dict[str, dict[str, str]] = {
    "id": {
        # Sheets and CSV blocks
        "sheet_items": "Butir",
        "sheet_summary": "Ringkasan",
        "sheet_assessors": "Asesor",
        "sheet_agreement": "Kesepakatan",
        # Column headers
        "item": "kode",
        "component": "komponen",
        "name": "nama",
        "n": "n",
        "mean": "rerata",
        "median": "median",
        "sd": "sd",
        "min": "min",
        "max": "maks",
        "panel_value": "nilai tim",
        "flags": "tanda",
        "consensus": "konsensus",
        "reason": "alasan",
        "kind": "jenis",
        "code": "kode",
        "weight": "bobot",
        "items_scored": "butir dinilai",
        "items_total": "butir",
        "panel": "tim",
        "note": "keterangan",
        "no": "no",
        "institution": "instansi",
        "role": "peran",
        "file": "berkas",
        "fingerprint": "sidik",
        "signed_by": "disahkan oleh",
        "signed_at": "disahkan pada",
        "index": "indeks",
        "scope": "cakupan",
        "assessors": "asesor",
        "alpha": "alpha ordinal",
        "icc": "ICC(2,k)",
        "meaningful": "bermakna",
        "verdict": "tafsiran",
        # Values
        "kind_index": "indeks",
        "kind_component": "komponen",
        "kind_dimension": "dimensi",
        "kind_element": "elemen",
        "kind_aspect": "aspek",
        "index_name": "Indeks smart city",
        "overall": "Keseluruhan",
        "provisional": "sementara",
        "coverage": "{scored} dari {listed} anggota tim",
        "chair": "ketua",
        "member": "anggota",
        "yes": "ya",
        "no_": "tidak",
        "no_file": "tidak ada berkas",
        "not_signed": "belum disahkan",
        "signoff_unknown": "tidak diketahui (dari berkas panel)",
        "range_flag": "rentang {range}",
        "outlier_flag": "{who}: {level} (median {median})",
        "assessor_n": "asesor {n}",
        "few_assessors": "kurang dari 3 asesor",
        "few_items": "kurang dari 5 butir",
        "no_variance": "tanpa variasi",
        "not_meaningful": "tidak bermakna ({reason})",
        "verdict_reliable": "andal",
        "verdict_tentative": "tentatif: simpulan sementara",
        "verdict_low": "rendah: hasil panel perlu dibahas sebelum disimpulkan",
        # A panel that follows up a previous evaluation
        "sheet_follow_up": "Tindak lanjut",
        "previous": "sebelumnya",
        "change": "perubahan",
        "comparison": "banding",
        "recommendation": "rekomendasi",
        "pic": "penanggung jawab",
        "deadline": "tenggat",
        "note_of": "catatan: {name}",
        "differ": "berbeda",
        "new_item": "butir baru, tidak dibandingkan",
        "dropped_item": "tidak lagi dinilai, tidak dibandingkan",
        "previous_na": "sebelumnya tidak berlaku",
        "across": "perubahan antar rubrik",
        # Supporting evidence (bukti dukung)
        "sheet_evidence": "Bukti dukung",
        "assessor": "asesor",
        "pieces": "bukti",
        "images": "gambar",
        "pdfs": "PDF",
        "annex_numbers": "no. lampiran",
        "shown": "keterangan bukti",
        "open_requests": "permintaan terbuka",
        "still_to_come": "yang harus dilengkapi",
        "fulfilled": "dipenuhi",
        "due": "tenggat",
        "no_item": "tanpa butir",
    },
    "en": {
        "sheet_items": "Items",
        "sheet_summary": "Summary",
        "sheet_assessors": "Assessors",
        "sheet_agreement": "Agreement",
        "item": "item",
        "component": "component",
        "name": "name",
        "n": "n",
        "mean": "mean",
        "median": "median",
        "sd": "sd",
        "min": "min",
        "max": "max",
        "panel_value": "panel value",
        "flags": "flags",
        "consensus": "consensus",
        "reason": "reason",
        "kind": "kind",
        "code": "code",
        "weight": "weight",
        "items_scored": "items scored",
        "items_total": "items",
        "panel": "panel",
        "note": "note",
        "no": "no",
        "institution": "institution",
        "role": "role",
        "file": "file",
        "fingerprint": "fingerprint",
        "signed_by": "signed off by",
        "signed_at": "signed off at",
        "index": "index",
        "scope": "scope",
        "assessors": "assessors",
        "alpha": "alpha ordinal",
        "icc": "ICC(2,k)",
        "meaningful": "meaningful",
        "verdict": "reading",
        "kind_index": "index",
        "kind_component": "component",
        "kind_dimension": "dimension",
        "kind_element": "element",
        "kind_aspect": "aspect",
        "index_name": "Smart city index",
        "overall": "Overall",
        "provisional": "provisional",
        "coverage": "{scored} of {listed} panel members",
        "chair": "chair",
        "member": "member",
        "yes": "yes",
        "no_": "no",
        "no_file": "no file",
        "not_signed": "not signed off",
        "signoff_unknown": "unknown (from a panel file)",
        "range_flag": "range {range}",
        "outlier_flag": "{who}: {level} (median {median})",
        "assessor_n": "assessor {n}",
        "few_assessors": "fewer than 3 assessors",
        "few_items": "fewer than 5 items",
        "no_variance": "no variance",
        "not_meaningful": "not meaningful ({reason})",
        "verdict_reliable": "reliable",
        "verdict_tentative": "tentative: conclusions provisional",
        "verdict_low": "low: discuss the panel's result before drawing conclusions",
        "sheet_follow_up": "Follow-up",
        "previous": "previous",
        "change": "change",
        "comparison": "comparison",
        "recommendation": "recommendation",
        "pic": "person in charge",
        "deadline": "deadline",
        "note_of": "note: {name}",
        "differ": "differ",
        "new_item": "new item, not compared",
        "dropped_item": "no longer scored, not compared",
        "previous_na": "not applicable before",
        "across": "change across rubrics",
        "sheet_evidence": "Evidence",
        "assessor": "assessor",
        "pieces": "pieces",
        "images": "images",
        "pdfs": "PDFs",
        "annex_numbers": "annex numbers",
        "shown": "evidence shown",
        "open_requests": "open requests",
        "still_to_come": "still to come",
        "fulfilled": "fulfilled",
        "due": "due",
        "no_item": "no item",
    },
}

_REASONS = {
    "fewer than 3 assessors": "few_assessors",
    "fewer than 5 items": "few_items",
    "no variance": "no_variance",
}


def words(lang: str) -> dict[str, str]:
    return WORDS["en" if lang == "en" else "id"]


def plain_number(value: float, lang: str) -> str:
    """A level-like number as people write it: "3", "2,5" (or "2.5")."""
    text = f"{value:g}"
    return text.replace(".", ",") if lang == "id" else text


def flag_text(row: ItemRow, who: Mapping[str, str], lang: str) -> str:
    """The disagreement flags: "rentang 2; asesor 3: 1 (median 3)"; `who` names each key."""
    w = words(lang)
    parts = []
    if row.spread.range is not None and row.spread.range >= FLAG_LEVELS:
        parts.append(w["range_flag"].format(range=plain_number(row.spread.range, lang)))
    median = row.spread.median
    for key, level in row.levels.items():
        if level is not None and median is not None and abs(level - median) >= FLAG_LEVELS:
            parts.append(
                w["outlier_flag"].format(
                    who=who[key], level=level, median=plain_number(median, lang)
                )
            )
    return "; ".join(parts)


def not_meaningful(value: Agreement, lang: str) -> str:
    """Why an agreement figure is not given: "tidak bermakna (kurang dari 5 butir)"."""
    reason = value.reason or ""
    key = _REASONS.get(reason)
    return words(lang)["not_meaningful"].format(reason=words(lang)[key] if key else reason)


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def numeral(number: int) -> str:
    """A section's Roman numeral: the report's later sections are numbered by which of
    them a panel has."""
    return ROMAN[number - 1]
