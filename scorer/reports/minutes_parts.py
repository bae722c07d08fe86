"""The sections of the minutes as platypus flowables, one method per section."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scorer.core.model import Note, Phase, Role, ScoringRecord
from scorer.core.report import owner_values
from scorer.core.rubric import Rubric
from scorer.core.scoring import format_score, summarise
from scorer.reports.locale_id import clock, long_date

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

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
    """The meeting's start and end: the first recorded start after preparation, the last end.

    Preparation happens before the region's delegation joins, so the minutes' time starts
    at the presentation (or whichever phase was started first after it).
    """
    phases = [p for p in record.session.phases if p.phase is not Phase.PREPARATION]
    starts = [p.started_at for p in phases if p.started_at is not None]
    ends = [p.ended_at for p in record.session.phases if p.ended_at is not None]
    return (min(starts) if starts else None, max(ends) if ends else None)


class Parts:
    """Builds each section's flowables from one record; collects the signature slots."""

    def __init__(
        self,
        record: ScoringRecord,
        rubric: Rubric,
        lang: str,
        words: Mapping[str, str],
        styles: ReportStyles,
        slots: list[SignatureSlot],
        signature_images: Mapping[str, Path],
    ) -> None:
        self.record = record
        self.rubric = rubric
        self.lang = lang
        self.w = words
        self.s = styles
        self.slots = slots
        self.signature_images = signature_images
        self.zone = record.evaluation.timezone
        owner = next((a for a in record.assessors if a.key == record.owner), None)
        self.owner_name = owner.name if owner else record.owner
        chair = next((a for a in record.assessors if a.role is Role.CHAIR), None)
        self.chair_name = chair.name if chair else ""
        self.values = owner_values(record, record.owner)
        self.summary = summarise(rubric, self.values)
        self.start, self.end = session_span(record)

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
                ]
            )
        )
        return table

    def time(self, moment: dt.datetime | None) -> str:
        return "–" if moment is None else clock(moment, self.zone, self.lang)

    def score(self, value: Fraction | None) -> str:
        return format_score(value, self.rubric.decimals, self.lang)

    def notes_of(self, phase: Phase) -> list[Note]:
        return [n for n in self.record.notes if n.phase is phase]

    def note_list(self, notes: list[Note]) -> list[Flowable]:
        if not notes:
            return [self.p(self.w["none"])]
        return [self.p(f"{n}. {note.text}") for n, note in enumerate(notes, start=1)]

    # Sections

    def heading(self) -> list[Flowable]:
        from reportlab.platypus import Spacer

        ev = self.record.evaluation
        session = self.record.session
        w = self.w
        title = w["title"].format(stage=ev.stage_roman, year=ev.year)
        if self.start and self.end:
            when = w["time_value"].format(start=self.time(self.start), end=self.time(self.end))
        else:
            when = w["time_open"].format(start=self.time(self.start))
        place = "; ".join(part for part in (session.venue, session.medium) if part)
        panel = [
            f"{a.name} ({w['chair_role'] if a.role is Role.CHAIR else w['member_role']})"
            for a in self.record.assessors
        ]
        region = [f"{a.name} ({a.position}, {a.organisation})" for a in self.record.attendees]
        attendees = f"{w['panel']}: " + "; ".join(panel)
        if region:
            attendees += f"\n{w['regional']}: " + "; ".join(region)
        rows = [
            (w["day_date"], long_date(session.date, self.lang)),
            (w["time"], when),
            (w["place"], place),
            (w["agenda"], session.agenda),
            (w["chair"], f"{self.chair_name} ({w['chair_role']})"),
            (w["minute_taker"], self.owner_name),
            (w["attendees"], attendees),
        ]
        return [
            self.p(title, self.s.title),
            self.p(f"{ev.programme} · {ev.region}, {ev.province}", self.s.subtitle),
            Spacer(1, 10),
            self._facts(rows),
        ]

    def _facts(self, rows: list[tuple[str, str]]) -> Flowable:
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        plain = self.s.plain
        data = [[self.p(k, plain), self.p(":", plain), self.p(v, plain)] for k, v in rows]
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
        first = self.w["opening"].format(chair=self.chair_name, start=self.time(self.start))
        notes = self.notes_of(Phase.PREPARATION)
        return [self.p(self.w["s1"], self.s.heading), self.p(first), *self._plain(notes)]

    def _plain(self, notes: list[Note]) -> list[Flowable]:
        return [self.p(f"{n}. {note.text}") for n, note in enumerate(notes, start=1)]

    def presentation(self) -> list[Flowable]:
        notes = self.notes_of(Phase.PRESENTATION)
        return [self.p(self.w["s2"], self.s.heading), *self.note_list(notes)]

    def questions(self) -> list[Flowable]:
        from reportlab.platypus import Spacer

        w = self.w
        out: list[Flowable] = [self.p(w["s3"], self.s.heading)]
        if self.record.qa:
            rows = [
                [
                    str(n),
                    f"{qa.question}\n({w['asker']}: {qa.asker})",
                    f"{qa.answer}\n({w['responder']}: {qa.responder})",
                ]
                for n, qa in enumerate(self.record.qa, start=1)
            ]
            out.append(self.table([w["no"], w["question"], w["answer"]], rows, [10, 75, 85]))
        notes = self.notes_of(Phase.QA)
        if notes or not self.record.qa:
            out += [Spacer(1, 4), *self.note_list(notes)]
        return out

    def assessment(self) -> list[Flowable]:
        w = self.w
        out: list[Flowable] = [self.p(w["s4"], self.s.heading)]
        scoring_notes = self.notes_of(Phase.SCORING)
        by_dimension: dict[str, list[Note]] = {d.id: [] for d in self.rubric.dimensions}
        general: list[Note] = []
        for note in scoring_notes:
            dimension = note.dimension_id
            if dimension is None and note.item_id and self.rubric.has_item(note.item_id):
                tags = self.rubric.item(note.item_id).dimensions
                dimension = tags[0] if tags else None
            by_dimension.get(dimension or "", general).append(note)
        for number, dim in enumerate(self.rubric.dimensions, start=1):
            value = self.score(self.summary.dimensions[dim.id].value)
            out.append(self.p(f"{number}. {dim.name.text(self.lang)}", self.s.subheading))
            out.append(self.p(w["dimension_score"].format(value=value)))
            out += self._plain(by_dimension[dim.id])
        if general:
            out += self._plain(general)
        out.append(self.p(w["scores"], self.s.subheading))
        from scorer.reports.minutes_scores import charts, score_tables

        out += score_tables(self)
        out.append(charts(self))
        return out

    def index_text(self) -> str:
        text = self.score(self.summary.index)
        if self.summary.provisional and self.summary.index is not None:
            text += f" ({self.w['provisional']})"
        return text

    def conclusions(self) -> list[Flowable]:
        items = self.record.conclusions
        out = [self.p(self.w["s5"], self.s.heading)]
        out += [self.p(f"{n}. {text}") for n, text in enumerate(items, start=1)]
        late = [*self.notes_of(Phase.CONCLUSIONS), *self.notes_of(Phase.SIGNOFF)]
        out += self._plain(late)
        if not items and not late:
            out.append(self.p(self.w["none"]))
        return out

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

        from scorer.reports.minutes_signatures import signature_blocks

        end = self.time(self.end)
        return [Spacer(1, 6), self.p(self.w["closing"].format(end=end)), *signature_blocks(self)]

    def attendance_annex(self) -> list[Flowable]:
        from reportlab.platypus import PageBreak

        w = self.w
        rows = [
            [
                str(n),
                a.name,
                w["chair_role"] if a.role is Role.CHAIR else w["member_role"],
                a.institution,
                "",
            ]
            for n, a in enumerate(self.record.assessors, start=1)
        ]
        start = len(rows) + 1
        rows += [
            [str(n), a.name, a.position, a.organisation, ""]
            for n, a in enumerate(self.record.attendees, start=start)
        ]
        header = [w["no"], w["name"], w["position"], w["organisation"], w["signature"]]
        return [
            PageBreak(),
            self.p(w["annex_a"], self.s.heading),
            self.table(header, rows, [10, 50, 40, 40, 30]),
        ]
