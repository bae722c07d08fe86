"""The sections of the minutes as platypus flowables, one method per section."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scorer.core.followup import Comparison, compare_record
from scorer.core.integrity import signoff_state
from scorer.core.model import Assessor, Note, Phase, Role, ScoringRecord
from scorer.core.programme import Programme
from scorer.core.report import owner_values
from scorer.core.rubric import Rubric
from scorer.core.scoring import ItemValue, format_score, summarise
from scorer.reports.locale_id import clock, date_time, long_date
from scorer.reports.phrases import evaluation_line, joined, labelled, with_details

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from scorer.merge.aggregate import ItemRow
    from scorer.reports.styles import ReportStyles

_GREY = (0.9, 0.9, 0.9)
_CELL_PADDING = 6  # points left and right in a table cell (ReportLab's default)


@dataclass(frozen=True)
class SignatureSlot:
    """Where a signer's signature space landed: page (0-based) and box in PDF points."""

    field_name: str
    signer: str
    page: int
    box: tuple[float, float, float, float]


def field_name_for(name: str) -> str:
    """A PDF form field name from a person's name (no dots: they nest field names)."""
    return "ttd_" + re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_")


def session_span(record: ScoringRecord) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The meeting with the region: from the first recorded start after preparation (the
    delegation joins for the presentation) to the end of the Q&A (`closing_time`)."""
    phases = [p for p in record.session.phases if p.phase is not Phase.PREPARATION]
    starts = [p.started_at for p in phases if p.started_at is not None]
    return (min(starts) if starts else None, closing_time(record))


def closing_time(record: ScoringRecord) -> dt.datetime | None:
    """When the session with the region ended: the end of the Tanya Jawab phase, else the
    start of the next phase that was started. Scoring and sign-off happen after the region
    has left, so neither the last phase's end nor the sign-off time is the closing."""
    phases = sorted(record.session.phases, key=lambda p: p.phase.position)
    qa = next((p for p in phases if p.phase is Phase.QA), None)
    if qa is not None and qa.ended_at is not None:
        return qa.ended_at
    later = [p.started_at for p in phases if p.phase.position > Phase.QA.position]
    return next((moment for moment in later if moment is not None), None)


def minute_taker(record: ScoringRecord) -> Assessor | None:
    """Who writes the minutes: the panel's secretary; else the file's owner, unless the
    owner is the chair (the chair leads the meeting and acknowledges the minutes, so the
    line is left blank for the name of whoever took them, written by hand)."""
    secretary = next((a for a in record.assessors if a.role is Role.SECRETARY), None)
    if secretary is not None:
        return secretary
    owner = next((a for a in record.assessors if a.key == record.owner), None)
    return None if owner is None or owner.role is Role.CHAIR else owner


class Parts:
    """Builds each section's flowables from one record; collects the signature slots.

    An assessor's file gives the notula (no scores) and that assessor's score sheet; a
    panel file (one with merge sources) gives the notula with the panel's values."""

    def __init__(
        self,
        record: ScoringRecord,
        rubric: Rubric,
        lang: str,
        words: Mapping[str, str],
        styles: ReportStyles,
        slots: list[SignatureSlot],
        signature_images: Mapping[str, Path],
        programme: Programme,
    ) -> None:
        self.record = record
        self.rubric = rubric
        self.lang = lang
        self.w = words
        self.s = styles
        self.slots = slots
        self.signature_images = signature_images
        self.programme = programme
        self.zone = record.evaluation.timezone
        self.state = signoff_state(record)
        self.by_key = {a.key: a for a in record.assessors}
        owner = self.by_key.get(record.owner)
        self.owner_name = owner.name if owner else record.owner
        self.chair = next((a for a in record.assessors if a.role is Role.CHAIR), None)
        self.chair_name = self.chair.name if self.chair else ""
        self.notulis = minute_taker(record)
        self.is_panel = bool(record.sources)
        self.panel_rows: dict[str, ItemRow] = {}
        self.panel_size = 0
        if self.is_panel:
            from scorer.merge.aggregate import aggregate, panel_value

            result = aggregate(record)
            self.panel_rows = {row.item_id: row for row in result.items}
            self.panel_size = len(result.assessors)
            self.values: dict[str, ItemValue] = {}
            for row in result.items:
                value = panel_value(row)
                if value is not None:
                    self.values[row.item_id] = value
            self.summary = result.panel
            # The same aggregation's change since the previous evaluation, if any.
            self.comparison: Comparison | None = result.comparison
        else:
            self.values = owner_values(record, record.owner)
            self.summary = summarise(rubric, self.values)
            self.comparison = compare_record(record)
        self.start, self.end = session_span(record)

    @property
    def fingerprint(self) -> str:
        """The content hash the footer prints: the signed-off one once signed off (a later
        change, made outside the app, is then visible as a mismatch), else the current one."""
        active = self.state.active
        return active.content_sha256 if active is not None else self.state.current_sha256

    # Helpers

    def p(self, text: str, style: Any = None) -> Flowable:
        from reportlab.platypus import Paragraph

        return Paragraph(escape(text, quote=False).replace("\n", "<br/>"), style or self.s.body)

    def cell(self, text: str, width: float, style: Any = None) -> Flowable | str:
        """A table cell: a Paragraph that wraps, or, when the text fits on one line, the
        plain string, which the table draws itself in the same font, size and baseline.
        Parsing and wrapping Paragraphs was most of an export's time."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        style = style or self.s.cell
        room = width - 2 * _CELL_PADDING
        if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= room:
            return text
        return self.p(text, style)

    def table(self, header: list[str], rows: list[list[str]], widths_mm: list[float]) -> Flowable:
        """A grid table of wrapped cells that repeats its header and may split inside a row."""
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        widths = [w * mm for w in widths_mm]
        bold = self.s.cell_bold
        data = [[self.cell(h, w, bold) for h, w in zip(header, widths, strict=True)]]
        data += [[self.cell(v, w) for v, w in zip(row, widths, strict=True)] for row in rows]
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.s.cell.fontName),
                    ("FONTNAME", (0, 0), (-1, 0), bold.fontName),
                    ("FONTSIZE", (0, 0), (-1, -1), self.s.cell.fontSize),
                    ("LEADING", (0, 0), (-1, -1), self.s.cell.leading),
                    ("GRID", (0, 0), (-1, -1), 0.4, (0.45, 0.45, 0.45)),
                    ("BACKGROUND", (0, 0), (-1, 0), _GREY),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                    ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    # Print legibility: the heading row never ends a page alone, and the
                    # last row (an index or total) never starts one alone.
                    ("NOSPLIT", (0, 0), (-1, 1)),
                    ("NOSPLIT", (0, -2), (-1, -1)),
                ]
            )
        )
        return table

    def table_heading(self, text: str, style: Any) -> list[Flowable]:
        """A heading over a table that may run on: it moves to a new page only when less
        than a few rows' room is left (keepWithNext would move a long table whole, leaving
        most of a page blank); the table itself keeps its header with its first row."""
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import CondPageBreak

        free = ParagraphStyle(f"{style.name}_free", parent=style, keepWithNext=False)
        return [CondPageBreak(40 * mm), self.p(text, free)]

    def time(self, moment: dt.datetime) -> str:
        return clock(moment, self.zone, self.lang)

    def score(self, value: Fraction | None) -> str:
        return format_score(value, self.rubric.decimals, self.lang)

    def is_tagged(self, note: Note) -> bool:
        """Tagged to an item or a dimension of the rubric: printed in section IV."""
        if note.item_id is not None and self.rubric.has_item(note.item_id):
            return True
        return note.dimension_id in {d.id for d in self.rubric.dimensions}

    @cached_property
    def entries(self) -> list[NoteEntry]:
        """Each note once: the same text on the same tag and phase from several assessors'
        files of one panel is one entry with all its authors (in roster order)."""
        order = {a.key: n for n, a in enumerate(self.record.assessors)}
        grouped: dict[tuple[object, ...], list[Note]] = {}
        for note in self.record.notes:
            key = (note.phase, note.item_id, note.dimension_id, note.text.strip())
            grouped.setdefault(key, []).append(note)
        out = []
        for notes in grouped.values():
            keys = sorted({n.assessor for n in notes}, key=lambda k: order.get(k, len(order)))
            names = tuple(self.by_key[k].name if k in self.by_key else k for k in keys)
            out.append(NoteEntry(notes[0], names))
        return out

    def note_text(self, entry: NoteEntry) -> str:
        """The note, with its authors where several people's notes meet (a panel file)."""
        if self.is_panel and entry.authors:
            return f"{entry.note.text} ({', '.join(entry.authors)})"
        return entry.note.text

    def phase_notes(self, phases: tuple[Phase, ...], heading_key: str) -> list[Flowable]:
        """A phase's untagged notes under their heading, and where its tagged ones went."""
        entries = [e for e in self.entries if e.note.phase in phases]
        plain = [e for e in entries if not self.is_tagged(e.note)]
        out: list[Flowable] = []
        if plain:
            out.append(self.p(self.w[heading_key], self.s.subheading))
            out += [self.p(f"{n}. {self.note_text(e)}") for n, e in enumerate(plain, start=1)]
        if len(plain) < len(entries):
            out.append(self.p(self.w["tagged_elsewhere"], self.s.small))
        return out

    # Sections

    def heading(self) -> list[Flowable]:
        from reportlab.platypus import Spacer

        from scorer.reports.minutes_letterhead import letterhead

        ev = self.record.evaluation
        session = self.record.session
        w = self.w
        title = w["title"].format(stage=ev.stage_roman, year=ev.year)
        number = self.programme.document_number(ev.stage, ev.stage_roman, session.date)
        if self.start is None:
            when = ""
        elif self.end is None:
            when = w["time_open"].format(start=self.time(self.start))
        else:
            when = w["time_value"].format(start=self.time(self.start), end=self.time(self.end))
        place = joined(session.venue, session.medium, sep="; ")
        panel = [with_details(a.name, self.role_name(a)) for a in self.record.assessors]
        # Attendance as recorded on Persiapan: those present attend; the absent are named apart.
        region = [
            with_details(a.name, a.position, a.organisation)
            for a in self.record.attendees
            if a.present
        ]
        absent = [with_details(a.name, a.position) for a in self.record.attendees if not a.present]
        attendees = f"{w['panel']}: " + "; ".join(panel)
        if region:
            attendees += f"\n{w['regional']}: " + "; ".join(region)
        if absent:
            attendees += f"\n{w['absent']}: " + "; ".join(absent)
        rows = [
            (w["day_date"], long_date(session.date, self.lang)),
            (w["time"], when),
            (w["place"], place),
            (w["agenda"], session.agenda),
            (w["chair"], with_details(self.chair_name, w["chair_role"]) if self.chair else ""),
            (w["minute_taker"], self.notulis.name if self.notulis else ""),
            (w["attendees"], attendees),
        ]
        out = [
            *letterhead(self.programme, self.s),
            self.p(title, self.s.title),
            self.p(w["number"].format(number=number), self.s.subtitle),
            self.p(evaluation_line(ev), self.s.subtitle),
        ]
        active = self.state.active
        if active is not None:
            when = date_time(active.signed_at, self.zone, self.lang, weekday=True)
            line = w["signed_off"].format(name=active.signed_by, when=when)
            if self.state.tampered:
                line += " " + w["tampered_note"]
            out += [Spacer(1, 3), self.p(line, self.s.signed_off)]
        return [*out, Spacer(1, 8), self.facts(rows)]

    def session_date_text(self) -> str:
        return long_date(self.record.session.date, self.lang)

    def role_name(self, assessor: Assessor) -> str:
        return self.w[
            {Role.CHAIR: "chair_role", Role.SECRETARY: "secretary_role"}.get(
                assessor.role, "member_role"
            )
        ]

    def facts(self, rows: list[tuple[str, str]]) -> Flowable:
        """Label, colon, value; a fact not recorded is a dotted line, to be filled in by hand
        on the printed copy (which is signed by hand)."""
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        plain = self.s.plain
        data = [
            [self.p(k, plain), self.p(":", plain), self.p(v.strip() or self.w["blank_fact"], plain)]
            for k, v in rows
        ]
        table = Table(data, colWidths=[32 * mm, 4 * mm, 134 * mm], hAlign="LEFT", splitInRow=1)
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.s.cell.fontName),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        return table

    def opening(self) -> list[Flowable]:
        """Who opened the meeting and when, in the words for what is known."""
        start = "" if self.start is None else self.time(self.start)
        key = "opening" if self.chair_name.strip() else "opening_no_chair"
        if not start:
            key = "opening_no_time" if key == "opening" else "opening_bare"
        first = self.w[key].format(chair=self.chair_name, start=start)
        notes = self.phase_notes((Phase.PREPARATION,), "notes_preparation")
        return [self.p(self.w["s1"], self.s.heading), self.p(first), *notes]

    def presentation(self) -> list[Flowable]:
        notes = self.phase_notes((Phase.PRESENTATION,), "notes_presentation")
        return [self.p(self.w["s2"], self.s.heading), *(notes or [self.p(self.w["none"])])]

    def questions(self) -> list[Flowable]:
        w = self.w
        out: list[Flowable] = self.table_heading(w["s3"], self.s.heading)
        if self.record.qa:
            rows = [
                [
                    str(n),
                    joined(qa.question, labelled(w["asker"], qa.asker), sep="\n"),
                    joined(qa.answer, labelled(w["responder"], qa.responder), sep="\n"),
                ]
                for n, qa in enumerate(self.record.qa, start=1)
            ]
            out.append(self.table([w["no"], w["question"], w["answer"]], rows, [10, 75, 85]))
        notes = self.phase_notes((Phase.QA,), "notes_qa")
        if not self.record.qa and not notes:
            notes = [self.p(w["none"])]
        return [*out, *notes]

    def assessment(self) -> list[Flowable]:
        from scorer.reports.minutes_notes import section_four

        return section_four(self)

    def index_text(self) -> str:
        text = self.score(self.summary.index)
        if self.summary.provisional and self.summary.index is not None:
            text += f" ({self.w['provisional']})"
        return text

    def conclusions(self) -> list[Flowable]:
        items = self.record.conclusions
        out = [self.p(self.w["s5"], self.s.heading)]
        out += [self.p(f"{n}. {text}") for n, text in enumerate(items, start=1)]
        late = self.phase_notes((Phase.CONCLUSIONS, Phase.SIGNOFF), "notes_conclusions")
        if not items and not late:
            late = [self.p(self.w["none"])]
        return [*out, *late]

    def recommendations(self) -> list[Flowable]:
        w = self.w
        out = [self.p(w["s6"], self.s.heading)]
        if not self.record.recommendations:
            return [*out, self.p(w["none"])]
        rows = [
            [
                str(n),
                r.text,
                r.person_in_charge,
                long_date(r.deadline, self.lang, weekday=False) if r.deadline else "–",
            ]
            for n, r in enumerate(self.record.recommendations, start=1)
        ]
        header = [w["no"], w["recommendation"], w["pic"], w["deadline"]]
        return [*out, self.table(header, rows, [10, 90, 40, 30])]

    def closing(self) -> list[Flowable]:
        from reportlab.platypus import Spacer

        from scorer.reports.minutes_signatures import notula_signatures

        if self.end is None:
            closing = self.p(self.w["closing_no_time"])
        else:
            closing = self.p(self.w["closing"].format(end=self.time(self.end)))
        return [Spacer(1, 6), *notula_signatures(self, closing)]

    def attendance_annex(self) -> list[Flowable]:
        from reportlab.platypus import PageBreak

        w = self.w
        rows = [
            [str(n), a.name, self.role_name(a), a.institution, ""]
            for n, a in enumerate(self.record.assessors, start=1)
        ]
        start = len(rows) + 1
        rows += [
            [str(n), a.name, a.position, a.organisation, ""]
            for n, a in enumerate((a for a in self.record.attendees if a.present), start=start)
        ]
        header = [w["no"], w["name"], w["position"], w["organisation"], w["signature"]]
        return [
            PageBreak(),
            self.p(w["annex_a"], self.s.heading),
            self.table(header, rows, [10, 50, 40, 40, 30]),
        ]


@dataclass(frozen=True)
class NoteEntry:
    """One note as the minutes print it, with the names of those who wrote it."""

    note: Note
    authors: tuple[str, ...]
