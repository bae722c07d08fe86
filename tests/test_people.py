"""Pasted participant lists become people: Zoom, spreadsheets, plain names."""

from __future__ import annotations

from scorer.core.people import PastedPerson, parse_people


def test_name_with_position_and_organisation() -> None:
    text = "Drs. H. Joko Santoso, M.Si. (Wali Kota, Pemerintah Kota Contoh)"
    assert parse_people(text) == [
        PastedPerson("Drs. H. Joko Santoso, M.Si.", "Wali Kota", "Pemerintah Kota Contoh")
    ]


def test_one_part_in_parentheses_is_the_position() -> None:
    assert parse_people("Ir. Siti Rahmawati (Kepala Dinas Kominfo)") == [
        PastedPerson("Ir. Siti Rahmawati", "Kepala Dinas Kominfo")
    ]


def test_last_comma_separates_organisation() -> None:
    (person,) = parse_people("Budi (Kepala Bidang, Aplikasi Informatika, Diskominfo Kota)")
    assert person == PastedPerson("Budi", "Kepala Bidang, Aplikasi Informatika", "Diskominfo Kota")


def test_zoom_markers_numbers_bullets_and_blank_lines_are_dropped() -> None:
    text = (
        "1. Andi Wijaya (Host, me)\n\n  • Rina (Tamu)\n- Dewi  Lestari (Co-host) (Sekda, Pemkot)\n"
    )
    assert parse_people(text) == [
        PastedPerson("Andi Wijaya"),
        PastedPerson("Rina"),
        PastedPerson("Dewi Lestari", "Sekda", "Pemkot"),
    ]


def test_cells_from_a_spreadsheet_or_semicolons() -> None:
    text = "Budi Hartono\tKabid Aplikasi\tDiskominfo\nSekda Uji; Sekretaris Daerah\n\t\t\n"
    assert parse_people(text) == [
        PastedPerson("Budi Hartono", "Kabid Aplikasi", "Diskominfo"),
        PastedPerson("Sekda Uji", "Sekretaris Daerah", ""),
    ]


def test_plain_names_and_crlf() -> None:
    assert parse_people("Andi\r\nBudi\r\n") == [PastedPerson("Andi"), PastedPerson("Budi")]
