"""A report drafted from its text, for a person to review and correct.

:func:`draft_report` turns what :func:`find_figures` reads into the objects a dataset
holds: each figure a :class:`~danvan.Figure` with its quote and span, linked to the
total it breaks down; each award batch an :class:`~danvan.Award`. It never invents: a
figure whose measure or unit of measure the words do not say is left out, and the
draft says which and why, so that nothing read is lost without a word.
"""

from __future__ import annotations

import functools

import attrs

from danvan._awards import Award
from danvan._dataset import Dataset
from danvan._extract._after_the_report import begun_after, stands_after
from danvan._extract._award_decisions import with_its_decision
from danvan._extract._city_levels import in_the_city, tier_of_its_city
from danvan._extract._clean import unwrapped
from danvan._extract._draft_awards import add_to_batch, awards_of_batches, by_holder
from danvan._extract._draft_order import totals_first
from danvan._extract._draft_periods import (
    in_the_year,
    period_of,
    span_ends,
    the_value_before,
    the_year_before,
)
from danvan._extract._draft_quotes import quoted
from danvan._extract._draft_shares import share_figure, share_of
from danvan._extract._figure_kinds import kind_sets_a_cell, kinds_by_cell
from danvan._extract._figure_mention import of_the_body, wholes_of
from danvan._extract._figure_words import KIND_OF
from danvan._extract._figures import FigureMention, figures_and_unread
from danvan._extract._left_out import (
    NO_BASE,
    cell_in_words,
    covered_alone,
    inferred,
    why_left_out,
    why_not,
)
from danvan._extract._merged_units import merged_units
from danvan._extract._own_heading import as_planned, dated, planned, title_of
from danvan._extract._restatements import cells_spelled_alike, headline_end, restatements
from danvan._extract._scope_names import heading_elsewhere
from danvan._figures import Dims, Figure, FigureStatus
from danvan._measures import UnitOfMeasure
from danvan._periods import Period
from danvan._quantities import Quantity
from danvan._reports import Report
from danvan._sources import Source
from danvan._text import fold
from danvan._vocabulary import AdminLevel

__all__ = ["Draft", "draft_report"]


@attrs.frozen(kw_only=True)
class Draft:
    """A report drafted from its text.

    Attributes:
        report: The report: its figures (status reported, or estimated where the text
            says so: "ước đạt"; each with its quote and span in the text) and the ids of
            its award batches.
        awards: The award batches, to add to the dataset beside the report.
        mentions: Every figure :func:`~danvan.find_figures` read, in order.
        left_out: Each mention not drafted, with why ("the text does not say what '317
            phòng học' measures").
    """

    report: Report
    awards: tuple[Award, ...]
    mentions: tuple[FigureMention, ...]
    left_out: tuple[str, ...]

    def into(self, dataset: Dataset) -> Dataset:
        """``dataset`` with the drafted report and its awards added.

        Args:
            dataset: A dataset that holds the report's scope and movement.

        Returns:
            The dataset with the report after its own, checked as any dataset is.

        Raises:
            DatasetError: The report names a unit or movement the dataset lacks, or an id
                it already has.
        """
        return attrs.evolve(
            dataset,
            reports=(*dataset.reports, self.report),
            awards=(*dataset.awards, *self.awards),
        )


def draft_report(
    text: str,
    *,
    id: str,  # noqa: A002 - the name every danvan object uses for it
    source: Source,
    scope: str,
    movement: str,
    title: str | None = None,
    period: Period | str | None = None,
    city: AdminLevel | None = None,
) -> Draft:
    """Draft a report from its text: figures and award batches, for review.

    Args:
        text: The report text, plain or HTML.
        id: The report's id; figures are ``{id}/f{n}``, awards ``{id}/a{n}``.
        source: Where the text was published; each figure's source is this with the
            sentence it was read from as ``quote`` and its offsets as ``span``. With no
            ``published_on``, it takes the day of the text's own heading ("Số
            412-BC/BDVTU", then "Ninh Bình, ngày 25 tháng 11 năm 2025"), of a web
            page's head (``article:published_time``) or of a line at its head that only
            dates it ("Thứ Năm, 18/9/2025"), with a note.
        scope: The unit the report's figures are about.
        movement: The movement they belong to.
        title: The report's title; by default the source's title.
        period: The period the figures cover, when known: a :class:`Period`, or its
            words as :meth:`Period.parse` reads them ("năm 2025"). By default the one
            the title in the text's heading names ("BÁO CÁO", then "Kết quả thực hiện
            phong trào … năm 2025"), with a note. A figure whose sentence opens with a
            period of its own ("Năm 2024 có 215 mô hình, năm 2025 có 264 mô hình")
            takes that one instead, with a note naming its words.
        city: The tier of the city the report means by "cấp thành phố":
            ``AdminLevel.PROVINCE`` in a centrally-run city's reports (Hà Nội, Huế …),
            ``AdminLevel.DISTRICT`` where it is a city under a province. By default the
            province's level in the report of a centrally-run city itself (``scope``
            "vn/ha-noi"); otherwise such a figure's level stays ``None``, its words kept
            as its category and noted, for the reviewer to set.

    Returns:
        The :class:`Draft`.

    Raises:
        DanvanError: ``text`` is not a string, ``source`` no :class:`Source`,
            ``period`` no period, or no title is given or known.
        InvalidValueError: ``city`` is neither of those two tiers.

    Examples:
        >>> from danvan import Source, draft_report
        >>> draft = draft_report(
        ...     "Toàn huyện đăng ký xây dựng 36 mô hình, trong đó 8 mô hình cấp huyện. "
        ...     "Chủ tịch UBND huyện tặng Giấy khen của Chủ tịch UBND huyện cho 5 tập thể "
        ...     "và 3 cá nhân.",
        ...     id="mau", source=Source(title="Sơ kết phong trào"), scope="vn/x",
        ...     movement="dan-van-kheo")
        >>> [(f.id, str(f.value), f.measure, f.part_of) for f in draft.report.figures]
        [('mau/f0', '36', 'registered', None), ('mau/f1', '8', 'registered', 'mau/f0')]
        >>> award = draft.awards[0]
        >>> award.form.value, award.issuer_text, str(award.collectives), str(award.individuals)
        ('certificate_of_commendation', 'Chủ tịch UBND huyện', '5', '3')
    """
    # "Số 412-BC/BDVTU … Ninh Bình, ngày 25 tháng 11 …", "BÁO CÁO / Kết quả … năm 2025"
    source, period, heading = dated(source, text, period)
    title = title_of(title, source)
    found, unread, tables, references = figures_and_unread(text)
    read = unwrapped(text)  # as the figures were read: a line broken mid-sentence is one
    # "Từ năm 2021 đến năm 2025, … từ 412 lên 986"; "cấp thành phố" as the city's level
    mentions = in_the_city(span_ends(read, found), city or tier_of_its_city(scope))
    ids: dict[int, str] = {}
    figures: list[Figure] = []
    left_out: list[str] = []
    left: set[int] = set()  # the mentions left out
    batches: list[list[FigureMention]] = []
    figure_of = functools.partial(  # each figure of these mentions, in this report
        _figure,
        text=read,
        mentions=mentions,
        kinds=kinds_by_cell(mentions),
        scope=scope,
        movement=movement,
        period=period,
    )
    held = by_holder(mentions)  # "… cho 18 mô hình, điển hình (12 tập thể, 6 cá nhân)"
    counted = {k for parts in held.values() for k in parts}
    for i in totals_first(read, mentions):
        if i in counted:  # one of an award's recipients, counted by holder
            continue
        # "Tính đến ngày 30/11, …", "… tăng 214 mô hình so với (cùng kỳ) năm trước"
        mention = as_planned(  # "KẾ HOẠCH / … năm 2026": its counts are targets
            the_year_before(read, in_the_year(mentions[i], period), period), planned(text)
        )
        why = why_not(mention, read, movement, scope) or begun_after(mention, source.published_on)
        why = why or why_left_out(read, mentions, i, mention, ids=ids, left=left, period=period)
        if why is None:  # "từ 1.245 … xuống còn 986", "So với năm 2024, … (từ 1.245 lên …)"
            mention, why = the_value_before(read, mentions, i, mention)
        shared = share_of(read, mentions, i) if why == NO_BASE else None
        why = None if shared is None and covered_alone(why, mention) else why  # "Tỷ lệ thôn …"
        if shared is not None and shared.part in (None, *ids) and shared.whole in ids:
            if not shared.agrees and shared.part is not None:  # "198 …, đạt 95%" of 215
                part, whole = mentions[shared.part].text, mentions[shared.whole].text
                if shared.part == shared.whole:  # "58/64 xã …, đạt 95%"
                    ratio = mentions[shared.part]
                    part, whole = str(ratio.value), str(ratio.out_of)
                why = f"it is not {part} out of {whole}: check the report's numbers"
            else:  # "198 mô hình được công nhận, đạt 92,1%"
                ids[i] = f"{id}/f{len(figures)}"
                figures.append(  # quoting the share's own sentence
                    share_figure(
                        mentions,
                        ids,
                        i,
                        shared,
                        figures,
                        source=quoted(read, mention.span, source),
                    )
                )
                continue
        if why is None and mention.awarded:
            add_to_batch(batches, mention)
            continue
        if why is not None:
            left_out.append(f"'{mention.text}' @ {mention.span[0]}: {why}")
            left.add(i)
            continue
        ids[i] = f"{id}/f{len(figures)}"
        figures.append(figure_of(mention, ids, i, source=quoted(read, mention.span, source)))
    figures = restatements(cells_spelled_alike(figures, scope), headline=headline_end(read))
    holders = {mentions[i].span: [mentions[k] for k in ks] for i, ks in held.items()}
    awards, inferred = awards_of_batches(  # …and the givers the law names, noted
        batches, holders, left_out, id=id, read=read, source=source, movement=movement, of=mentions
    )
    awards = [with_its_decision(award, read, references) for award in awards]  # its decision
    left_out.extend(f"'{text[a:b]}' @ {a}: {why}" for a, b, why in unread)
    left_out.extend(
        f"the table @ {start}: its numbers are not read; add its figures by hand"
        for start in tables
    )
    report = Report(
        id=id,
        source=source,
        units=scope,
        title=title,
        figures=figures,
        awards=tuple(a.id for a in awards),
        notes=(  # …and of a heading of another unit's: "UBND HUYỆN KIM SƠN"
            *heading,
            *heading_elsewhere(text, scope),
            *inferred,
            *(f"not drafted: {why}" for why in left_out),
        ),
    )
    return Draft(
        report=report, awards=tuple(awards), mentions=tuple(found), left_out=tuple(left_out)
    )


# Units counted as cells of another: by kind, by holder ("… 1.024 tập thể, 1.292 cá nhân").
_CELLS_OF: dict[UnitOfMeasure | None, tuple[UnitOfMeasure, ...]] = {
    UnitOfMeasure.MODELS_AND_EXEMPLARS: (UnitOfMeasure.MODELS, UnitOfMeasure.EXEMPLARS),
    UnitOfMeasure.RECIPIENTS: (UnitOfMeasure.COLLECTIVES, UnitOfMeasure.INDIVIDUALS),
}


def _unit_drafted(mentions: list[FigureMention], i: int) -> UnitOfMeasure | None:
    """The unit figure ``i`` is drafted in: its total's, when it is a cell of it by kind.

    So are its own parts: "23 mô hình, điển hình, gồm: 15 mô hình tập thể: khối … 9 mô
    hình; …" counts the 9 as the 15 and the 23 are counted, of models and exemplars.
    """
    mention = mentions[i]
    unit = mention.unit_of_measure
    if mention.part_of is not None:
        whole = _unit_drafted(mentions, mention.part_of)
        if unit in _CELLS_OF.get(whole, ()):
            return whole
    return unit


def _figure(
    mention: FigureMention,
    ids: dict[int, str],
    i: int,
    *,
    text: str,
    mentions: list[FigureMention],
    kinds: dict[tuple[object, ...], set[object]],
    source: Source,
    scope: str,
    movement: str,
    period: Period | None,
) -> Figure:
    # "mô hình" names a kind only where it sets a cell: not "kinh tế 105 mô hình" (a field)
    total = mentions[mention.part_of] if mention.part_of is not None else None
    by_kind = not (mention.fields or mention.level or mention.holder or mention.category)
    by_kind = by_kind or kind_sets_a_cell(mention, kinds)  # "cấp xã … 39 mô hình, 5 điển hình"
    kind = mention.kind if total is not None and total.kind is None and by_kind else None
    unit = _unit_drafted(mentions, i)  # "1.320 mô hình và 834 điển hình": cells by kind
    if total is not None and unit is not total.unit_of_measure:  # its total counted so too:
        kind = kind or mention.kind or KIND_OF.get(mention.unit_of_measure)  # its kind's
    late = stands_after(mention, source.published_on)  # "đến cuối năm" in September
    said = [
        inferred(mention, name, words)
        for name, (words, _) in mention.evidence.items()
        if name != "noun"
    ]
    notes = [f"read from the text: {'; '.join(said)}"] if said else []
    if (merged := merged_units(text, mention)) is not None:  # "… của 3 xã cũ đã đăng ký …"
        notes.append(f"of the units before they were merged ('{merged}'), in the scope's area")
    return Figure(
        id=ids[i],
        measure=str(mention.measure),
        value=mention.value.amount if isinstance(mention.value, Quantity) else mention.value,
        unit_of_measure=unit,
        scope=scope,
        movements=movement,
        period=period_of(mention, period, wholes_of(mentions, i)),
        as_of=mention.as_of,
        dims=Dims(
            level=mention.level,
            fields=mention.fields,
            # "1.207 hộ thoát nghèo" counts households: no cell of models held by them
            holder=None if unit is UnitOfMeasure.HOUSEHOLDS else mention.holder,
            kind=kind,
            status=mention.status,
            # units of different kinds ("23/23 xã và 45/45 cơ quan") are different cells
            category=_category(mention),
        ),
        source=source,
        part_of=ids.get(mention.part_of) if mention.part_of is not None else None,
        subset_of=ids.get(mention.subset_of) if mention.subset_of is not None else None,
        out_of=mention.out_of,
        occurrences=mention.occurrences,
        change=mention.change,
        compared_to=mention.compared_to if mention.change is not None else None,
        status=FigureStatus.ESTIMATED if mention.estimate_words or late else FigureStatus.REPORTED,
        notes=(*notes, late) if late is not None else tuple(notes),
    )


def _category(mention: FigureMention) -> str | None:
    """The cell a figure's words name that no vocabulary places, if any.

    A body's or its own ("Hội Nông dân"), the kind of units counted ("xã"), or the words
    for a cell no vocabulary names ("cấp thành phố"), the last after the first when both
    are said: "Ngành Giáo dục … 356 mô hình được công nhận cấp trường, 38 … cấp ngành" are
    two cells of the sector, not one count given twice.
    """
    words = cell_in_words(mention)  # "cấp thành phố": the report's words, for review
    units = mention.noun if mention.unit_of_measure is UnitOfMeasure.UNITS else None
    category = mention.category or units
    if units and mention.category and of_the_body(mention):  # "24/26 chi đoàn": the body's
        category = f"{mention.category}, {units}"
    if category is None or words is None or fold(words) in fold(category):
        return category or words
    return f"{category}, {words}"
