"""A summary as text for a terminal, in Vietnamese or English."""

from __future__ import annotations

from collections.abc import Iterator

from danvan._awards import Award
from danvan._counts import Count
from danvan._figures import Figure, FigureStatus
from danvan._lang import Lang
from danvan._measures import UnitOfMeasure
from danvan._messages import translate
from danvan._model_summary import ModelRecords
from danvan._numbers import Percent
from danvan._periods import Period
from danvan._programmes import Movement
from danvan._report_summary import FigureLine, ReportSummary
from danvan._rules import Severity
from danvan._shares import Share
from danvan._summary_awards import AwardKey, award_totals, keys_overlapping
from danvan._summary_render import (
    SummaryParts,
    by_measure,
)
from danvan._summary_words import (
    cell_text,
    count_text,
    date_text,
    measure_label,
    message,
    period_text,
    review_kind,
    severity,
    unit_text,
    w,
)
from danvan._vocabulary import Field, HolderKind

__all__ = ["text_of"]

_SHOWN = 10  # units without a model named before "…"


def text_of(summary: SummaryParts, lang: Lang) -> str:
    """The summary as text for a terminal."""
    return "\n".join(_Text(summary, lang).lines()) + "\n"


class _Text:
    def __init__(self, summary: SummaryParts, lang: Lang) -> None:
        self.s = summary
        self.lang = lang
        self.ds = summary.dataset

    def w(self, key: str) -> str:
        return w(key, self.lang)

    def lines(self) -> Iterator[str]:
        yield self.title()
        for report in self.s.reports:
            yield ""
            yield from self.report(report)
        if self.s.models is not None:
            yield ""
            yield from self.models(self.s.models)
        if self.s.reports:
            yield ""
            yield from self.across()
        yield ""
        yield from self.findings()

    def title(self) -> str:
        """The title: `Summary of 1 report`, `Summary of 5 reports and 2 model records`."""
        n, models = len(self.s.reports), self.s.models
        what = []
        if n or models is None:
            what.append(self._plural(n, "report"))
        if models is not None:
            what.append(self._plural(models.records, "model_record"))
        return f"{self.w('summary')} {self.w('and').join(what)}"

    def _plural(self, n: int, key: str) -> str:
        """A count with its noun: `1 report`, `5 reports`, `5 báo cáo`."""
        word = self.w(key)
        if self.lang == "en" and n != 1:
            word += "es" if word.endswith(("ch", "s")) else "s"
        return f"{self._number(n)} {word}"

    def _number(self, n: int) -> str:
        return count_text(Count(n), self.lang)

    def report(self, r: ReportSummary) -> Iterator[str]:
        lang = self.lang
        yield f"{self.w('report_heading')} {r.report.id}: {r.report.title}"
        where = [r.area.name, *(u.name for u in self.ds.hierarchy.ancestors(r.area.id))]
        units = [u.name for u in r.units]
        if where[:1] == units:  # the area itself: "Tỉnh Ninh Bình", not "… (Tỉnh Ninh Bình)"
            where = where[1:]
        at = f" ({', '.join(where)})" if where else ""
        yield f"  {self.w('who')}: {', '.join(units)}{at}"
        when = date_text(r.when, lang)
        if r.when is None and r.published_on is not None:
            when += f" ({self.w('published')} {date_text(r.published_on, lang)})"
        elif r.when is None and (periods := _periods_of(r.report.figures)):  # a draft's
            said = "; ".join(period_text(p, lang) for p in periods[:_PERIODS_SHOWN])
            more = "; …" if len(periods) > _PERIODS_SHOWN else ""
            when += f" ({self.w('figures_of')} {said}{more})"
        if r.reviews:
            when += " — " + "; ".join(review_kind(review, lang) for review in r.reviews)
        yield f"  {self.w('when')}: {when}"
        if r.movements:
            names = "; ".join(self._movement(m) for m in r.movements)
            phase = (
                f" — {self.w('phase')} {period_text(r.phase.period, lang)}"
                if r.phase is not None
                else ""
            )
            yield f"  {self.w('movement')}: {names}{phase}"
        if r.report.directives:
            documents = ", ".join(self._document(d) for d in r.report.directives)
            yield f"  {self.w('documents')}: {documents}"
        yield (
            f"  {self.w('figures')}:"
            if r.lines
            else f"  {self.w('figures')}: {self.w('no_figures')}"
        )
        # "another programme" only beside a programme of the report's own
        programme = "other_programme" if r.own_programmes else "programme"
        for line in r.lines:
            yield from self.figure(line, programme)
        if r.shares:
            cells = ", ".join(f"{self._field(s.key)} {self._percent(s)} %" for s in r.shares)
            of = "" if r.shares_of_total else f" ({self.w('shares_of_parts')})"
            total = r.shares_of
            if total is not None:  # which total: "của 1.000 mô hình (đăng ký xây dựng), …"
                value = self._quantity(total, count_text(total.value, lang))
                of = f" {self.w('shares_of')} {value}{self._when(total)}{of}"
            yield f"  {self.w('shares')}{of}: {cells}"
        for figure in r.coverage:
            out_of = f"/{count_text(figure.out_of, lang)}" if figure.out_of is not None else ""
            cell = cell_text(figure.dims, lang)  # "(cấp tỉnh)": units with a model of it
            label = f" ({cell})" if cell else ""
            yield f"  {self.w('coverage')}: {count_text(figure.value, lang)}{out_of}{label}"
        for award in r.awards:
            yield f"  {self.w('awards')}: {self._award(award)}"
        notes = (*(note for review in r.reviews for note in review.notes), *r.report.notes)
        for note in notes:  # a draft's notes are danvan's words: in Vietnamese, theirs
            said = (translate(note) or note) if self.lang == "vi" else note
            yield f"  {self.w('notes')}: {said}"

    def _movement(self, movement: Movement) -> str:
        return movement.name_en or movement.name if self.lang == "en" else movement.name

    def _document(self, doc_id: str) -> str:
        directive = self.ds.directive(doc_id)
        if directive.symbol is not None:
            return str(directive.symbol)
        return f"{directive.doc_type.label(self.lang)} “{directive.title or directive.id}”"

    def _field(self, key: str) -> str:
        """A field's label, or those of fields merged into one bucket ("economy+…")."""
        codes = {f.value: f for f in Field}
        parts = key.split("+")
        if not all(part in codes for part in parts):
            return key
        return " + ".join(codes[part].label(self.lang) for part in parts)

    def _percent(self, share: Share) -> str:
        text = str(share.percent)
        return text if self.lang == "en" else text.replace(".", ",")

    def _count(self, count: Count | None) -> str:
        """A count, or "?" where the report does not give it: unknown is never 0."""
        return "?" if count is None else count_text(count, self.lang)

    def _when(self, figure: Figure) -> str:
        """The period of a figure, and the day of a stock, as text after its value."""
        text = f", {period_text(figure.period, self.lang)}" if figure.period is not None else ""
        if figure.as_of is not None:
            text += f", {self.w('as_of')} {date_text(figure.as_of, self.lang)}"
        return text

    def _quantity(self, f: Figure, value: str) -> str:
        """The value with what it counts and what it measures.

        "1.635 mô hình, điển hình (đăng ký xây dựng)", "286 lượt hộ (hỗ trợ)", "tăng 24 mô
        hình (hiện có)": never a bare number whose unit the reader must guess.
        """
        lang = self.lang
        unit = unit_text(self.ds, f, lang)
        measure = measure_label(self.ds, f, lang)
        if f.change is not None:
            value = f"{f.change.label(lang)} {value}"
        head, bracket, rest = measure.partition(" (")  # "mô hình, điển hình (mỗi … một lần)":
        if bracket and UnitOfMeasure._lookup(head) is not None:  # the figure's own unit, not
            return f"{value} {unit} ({rest}"  # the measure's: "2.450 mô hình (mỗi … một lần)"
        said, counted = measure.casefold(), unit.casefold()  # with their marks: "hỗ trợ" is
        if said.startswith(counted) and not said[len(counted) : len(counted) + 1].isalpha():
            return f"{value} {measure}"  # no "hộ"
        return f"{value} {unit} ({measure})"

    def figure(self, line: FigureLine, programme: str = "other_programme") -> Iterator[str]:
        lang, f = self.lang, line.figure
        indent = "    " + "    " * line.depth
        value = count_text(f.value, lang)
        if f.out_of is not None:
            value += f"/{count_text(f.out_of, lang)}"
        if line.depth:
            text = f"{value} {cell_text(f.dims, lang)}"
        else:
            cell = cell_text(f.dims, lang)
            text = f"{self._quantity(f, value)}{self._when(f)}"
            if cell:
                text += f" [{cell}]"
            scope = self.ds.hierarchy.get(f.scope).name if f.scope in self.ds.hierarchy else f.scope
            text += f" — {scope}"
        if f.status is not FigureStatus.REPORTED:  # computed, estimated, provisional
            text += f" ({f.status.label(lang)})"
        if f.restates is not None and not isinstance(f.value, Percent):  # never added twice
            text += f" ({self.w('restates')} {f.restates})"
        if f.subset_of is not None and not line.depth:  # some of another, not a cell's own
            text += f" ({self.w('among')} {f.subset_of})"
        if line.programmes:
            names = ", ".join(self._movement(self.ds.movement(m)) for m in line.programmes)
            text += f" [{self.w(programme)}: {names}]"
        for s in line.sums:
            parts = " + ".join(count_text(p, lang) for p in s.parts)
            text += f" = {parts}" if s.complete else f" ⊃ {parts}"
            if s.total != f.value or not s.complete:
                text += f" ({count_text(s.total, lang)})"
        yield f"{indent}{line.mark.symbol} {text}"
        for finding in line.findings:
            if finding.paths[0] == line.path:  # once, on the figure the finding is about
                yield f"{indent}    {severity(finding, lang)}: {message(finding, lang)}"

    def _award(self, award: Award) -> str:
        lang = self.lang
        if award.issuer is not None:
            issuer = self.ds.hierarchy.get(award.issuer).name
        else:
            issuer = f"{award.issuer_text} ({self.w('unnamed_issuer')})"
        if award.proposer is not None:
            issuer = f"{self.ds.hierarchy.get(award.proposer).name} → {issuer}"
        who = self._recipients(
            award.count(HolderKind.COLLECTIVE),
            award.count(HolderKind.INDIVIDUAL),
            award.count(HolderKind.HOUSEHOLD),
            award.count(None),
            no_zeros=bool(award.recipients),
        )
        on = f" ({date_text(award.on, lang)})" if award.on else ""
        return f"{AwardKey.of(award).text(lang)} — {issuer}{on}: {who}"

    def _recipients(
        self,
        collectives: Count | None,
        individuals: Count | None,
        households: Count | None,
        others: Count | None,
        *,
        no_zeros: bool = False,
    ) -> str:
        """The counts of a batch or a total; an unstated count is "?", never 0.

        Households and recipients of unstated kind are shown when given, and with
        ``no_zeros`` only when more than 0 (named recipients and totals count 0 of
        what no batch gives).
        """
        shown: list[tuple[Count | None, str]] = [
            (count, self.w(name))
            for count, name in ((households, "households"), (others, "others"))
            if count is not None and (count.value or not no_zeros)
        ]
        if collectives is not None or individuals is not None or not shown:
            shown[:0] = [(collectives, self.w("collectives")), (individuals, self.w("individuals"))]
        return ", ".join(f"{self._count(count)} {word}" for count, word in shown)

    def across(self) -> Iterator[str]:
        lang = self.lang
        yield f"{self.w('across')}:"
        marks = self.s.marks()
        if any(marks.values()):  # no heading over nothing
            counted = (f"{m.symbol} {n} {m.label(lang)}" for m, n in marks.items() if n)
            yield f"  {self.w('marks')}: " + ", ".join(counted)
        rows_by_measure = by_measure(self.s)
        if rows_by_measure:
            yield f"  {self.w('by_measure')}:"
        for code, rows in rows_by_measure.items():
            measure = self.ds.measure(code)
            yield f"    {measure.label_en if lang == 'en' else measure.label_vi}:"
            for r, f in rows:
                period = self._when(f)
                scope = (
                    self.ds.hierarchy.get(f.scope).name if f.scope in self.ds.hierarchy else f.scope
                )
                of = "" if f.out_of is None else f"/{count_text(f.out_of, lang)}"  # "45/45 xã"
                value = f"{count_text(f.value, lang)}{of} {unit_text(self.ds, f, lang)}"
                cell = f" [{cell_text(f.dims, lang)}]" if f.dims.category is not None else ""
                yield f"      {value}{cell} — {scope}{period} ({r.report.id})"
        totals = award_totals(self.s.reports)
        if totals:
            yield f"  {self.w('awards')}:"
            programmes = {key.movements for key in totals}
            overlapping = keys_overlapping(self.s.findings, self.ds.awards)
            for key, t in totals.items():
                of = ""
                if len(programmes) > 1:
                    names = [self._movement(self.ds.movement(m)) for m in key.movements]
                    of = f" ({', '.join(names) or '?'})"
                if t.batches > 1:
                    of += f" ({self._plural(t.batches, 'batch')})"
                who = self._recipients(
                    t.collectives, t.individuals, t.households, t.others, no_zeros=True
                )
                overlap = f" ({self.w('may_overlap')})" if key in overlapping else ""
                yield f"    {key.text(lang)}{of}: {who}{overlap}"

    def findings(self) -> Iterator[str]:
        """Every finding once; the figures they name are those marked ✗ and ⚠."""
        findings = [f for f in self.s.findings if f.severity is not Severity.INFO]
        if not findings:
            yield f"{self.w('findings')}: {self.w('none')}"
            return
        by_severity: dict[str, int] = {}
        for finding in findings:
            name = severity(finding, self.lang)
            by_severity[name] = by_severity.get(name, 0) + 1
        counted = ", ".join(f"{n} {name}" for name, n in by_severity.items())
        figures = {p for f in findings for p in f.paths if ".figures[" in p}
        named = f" — {self.w('naming')} {self._plural(len(figures), 'figure')}" if figures else ""
        yield f"{self.w('findings')}: {counted}{named}"
        for finding in findings:
            where = ", ".join(finding.paths)
            yield f"  {severity(finding, self.lang)}: {message(finding, self.lang)} @ {where}"

    def models(self, m: ModelRecords) -> Iterator[str]:
        """The model records counted under the default rule, by field and level."""
        lang = self.lang
        yield f"{self.w('model_records')}: {self._number(m.records)}"
        counted = self._number(m.counted)
        if len({f.movements for f in m.total}) > 1:  # never one number across programmes
            counted = "; ".join(
                ", ".join(self._movement(self.ds.movement(x)) for x in f.movements)
                + f": {count_text(f.value, lang)}"
                for f in m.total
            )
        yield f"  {self.w('counted')} ({m.rule.label(lang)}): {counted}"
        if m.counted < m.records:
            yield f"  {self.w('not_counted')}: {self._number(m.records - m.counted)}"
        for key, table in (("by_field", m.by_field), ("by_level", m.by_level)):
            if len(table):
                cells = "; ".join(
                    f"{cell_text(f.dims, lang) or self.w('no_' + key)}: {count_text(f.value, lang)}"
                    for f in table
                )
                yield f"  {self.w(key)}: {cells}"
        for area in m.coverage:
            c = area.coverage
            missing = [self.ds.hierarchy.get(u).name for u in c.missing]
            shown = ", ".join(missing[:_SHOWN]) + (", …" if len(missing) > _SHOWN else "")
            without = f" ({self.w('without_model')}: {shown})" if missing else ""
            yield f"  {self.w('with_model')}, {area.area.name}: {c}{without}"


_PERIODS_SHOWN = 3


def _periods_of(figures: tuple[Figure, ...]) -> list[Period]:
    """The periods a report's figures are of, each once: the earliest, then the longest first."""
    return sorted({f.period for f in figures if f.period is not None}, key=_start_longest)


def _start_longest(period: Period) -> tuple[object, ...]:
    return (period.start, period.end is not None, -period.end.toordinal() if period.end else 0)
