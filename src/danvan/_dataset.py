"""The bundle: everything one body of data holds, checked for dangling references.

A dataset gathers a hierarchy of units, the movements, phases and documents, the
reviews, the record-level models and awards, and the reports with their figures. Its
parts refer to each other by id; constructing it checks every reference at once and
reports every problem with the JSON path where it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

import attrs

from danvan._awards import Award
from danvan._dataset_refs import dangling_references
from danvan._directives import Directive
from danvan._hierarchy import Hierarchy
from danvan._html import MAX_ROWS, Displayed, table
from danvan._lang import Lang, check_lang
from danvan._measures import Measure, UnitOfMeasure, UnitOfMeasureDefinition
from danvan._models import Model
from danvan._programmes import Movement, Phase, Review
from danvan._reports import Report
from danvan._rules import Rule
from danvan._validators import instance_of, to_tuple, tuple_of
from danvan.exceptions import DatasetError

__all__ = ["Dataset"]


_V = TypeVar("_V")


def _index(
    items: Iterable[Any], path: str, problems: list[str], *, key: str = "id"
) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for i, item in enumerate(items):
        name = getattr(item, key)
        if name in found:
            problems.append(f"duplicate {key} {name!r} @ $.{path}[{i}].{key}")
        found[name] = item
    return found


def _tuple(kind: type) -> Any:
    return attrs.field(default=(), converter=to_tuple, validator=tuple_of(kind))


@attrs.frozen(kw_only=True, eq=True, repr=False)
class Dataset(Displayed):
    """Units, documents, models, awards and reports, checked together.

    Attributes:
        hierarchy: The units and their dated changes.
        movements: The movements and programmes the data speaks of.
        phases: Their phases.
        directives: The documents that run them.
        reviews: Review conferences and reports.
        models: Models and exemplars with their dated events.
        awards: Award batches.
        reports: Reports with their figures.
        measures: Measures beyond the built-in ones.
        units_of_measure: Units of measure beyond the built-in ones (classrooms, trips,
            rates such as VND per person per year).
        rules: Validation rules of the data's own, applied by :func:`~danvan.check` beside
            (or instead of, for the same code) the built-in ones.

    Raises:
        DatasetError: On construction, listing every reference that points at nothing
            and every recognition above its body's level, each with its JSON path.

    Examples:
        >>> from danvan import Dataset, Hierarchy, Movement
        >>> ds = Dataset(hierarchy=Hierarchy([]), movements=(Movement.DAN_VAN_KHEO,))
        >>> ds.movement("dan-van-kheo").name_en
        '"Skilful mass mobilisation" emulation movement'
    """

    hierarchy: Hierarchy = attrs.field(
        factory=lambda: Hierarchy([]), validator=instance_of(Hierarchy)
    )
    movements: tuple[Movement, ...] = _tuple(Movement)
    phases: tuple[Phase, ...] = _tuple(Phase)
    directives: tuple[Directive, ...] = _tuple(Directive)
    reviews: tuple[Review, ...] = _tuple(Review)
    models: tuple[Model, ...] = _tuple(Model)
    awards: tuple[Award, ...] = _tuple(Award)
    reports: tuple[Report, ...] = _tuple(Report)
    measures: tuple[Measure, ...] = _tuple(Measure)
    rules: tuple[Rule, ...] = _tuple(Rule)
    units_of_measure: tuple[UnitOfMeasureDefinition, ...] = _tuple(UnitOfMeasureDefinition)

    _movements: dict[str, Movement] = attrs.field(init=False, eq=False, repr=False)
    _phases: dict[str, Phase] = attrs.field(init=False, eq=False, repr=False)
    _directives: dict[str, Directive] = attrs.field(init=False, eq=False, repr=False)
    _reviews: dict[str, Review] = attrs.field(init=False, eq=False, repr=False)
    _models: dict[str, Model] = attrs.field(init=False, eq=False, repr=False)
    _awards: dict[str, Award] = attrs.field(init=False, eq=False, repr=False)
    _reports: dict[str, Report] = attrs.field(init=False, eq=False, repr=False)
    _measures: dict[str, Measure] = attrs.field(init=False, eq=False, repr=False)
    _units_of_measure: dict[str, UnitOfMeasureDefinition] = attrs.field(
        init=False, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        problems: list[str] = []
        indexes = {
            "_movements": _index(self.movements, "movements", problems),
            "_phases": _index(self.phases, "phases", problems),
            "_directives": _index(self.directives, "directives", problems),
            "_reviews": _index(self.reviews, "reviews", problems),
            "_models": _index(self.models, "models", problems),
            "_awards": _index(self.awards, "awards", problems),
            "_reports": _index(self.reports, "reports", problems),
            "_units_of_measure": _index(
                self.units_of_measure, "units_of_measure", problems, key="code"
            ),
        }
        for name, index in indexes.items():
            object.__setattr__(self, name, index)
        measures = {m.code: m for m in Measure.builtins()}
        for i, measure in enumerate(self.measures):
            if measure.code in measures:
                problems.append(f"measure {measure.code!r} is already defined @ $.measures[{i}]")
            measures[measure.code] = measure
        object.__setattr__(self, "_measures", measures)
        codes: set[str] = set()
        for i, rule in enumerate(self.rules):
            if rule.code in codes:
                problems.append(f"rule {rule.code!r} is defined twice @ $.rules[{i}]")
            codes.add(rule.code)
        problems += dangling_references(self)
        if problems:
            raise DatasetError(f"dataset of {len(self.models)} models", problems)

    def __repr__(self) -> str:  # a line for a screen; to_dict and dumps show everything
        units, reports, models = len(self.hierarchy.units), len(self.reports), len(self.models)
        figures = sum(len(r.figures) for r in self.reports)
        return f"Dataset({units} units, {reports} reports, {figures} figures, {models} models)"

    def to_html(self, lang: Lang = "vi", *, max_rows: int | None = MAX_ROWS) -> str:
        """The dataset as a notebook shows it: its counts and its reports.

        Args:
            lang: ``"vi"`` or ``"en"``.
            max_rows: The most rows shown; the rest are counted. ``None`` shows all.

        Returns:
            An HTML table, a screen at most unless asked for more.

        Raises:
            UnknownTermError: An unknown language.
        """
        lang = check_lang(lang)
        figures = sum(len(r.figures) for r in self.reports)
        units, reports, models = len(self.hierarchy.units), len(self.reports), len(self.models)
        if lang == "vi":
            caption = (
                f"Bộ dữ liệu: {units} đơn vị, {reports} báo cáo, {figures} số liệu, "
                f"{models} hồ sơ mô hình"
            )
            headers = ["báo cáo", "tiêu đề", "số liệu", "khen thưởng"]
        else:
            caption = (
                f"Dataset: {units} units, {reports} reports, {figures} figures, "
                f"{models} model records"
            )
            headers = ["report", "title", "figures", "awards"]
        rows = ((r.id, r.title, len(r.figures), len(r.awards)) for r in self.reports)
        return table(caption, headers, rows, lang, max_rows)

    def _get(self, index: Mapping[str, _V], key: str, what: str) -> _V:
        try:
            return index[key]
        except KeyError:
            raise DatasetError(key, [f"no {what} has id {key!r}"]) from None

    def movement(self, movement_id: str) -> Movement:
        """The movement with ``movement_id``.

        Args:
            movement_id: The id to look up.

        Returns:
            The movement.

        Raises:
            DatasetError: The dataset has no movement with that id.
        """
        return self._get(self._movements, movement_id, "movement")

    def phase(self, phase_id: str) -> Phase:
        """The phase with ``phase_id``.

        Args:
            phase_id: The id to look up.

        Returns:
            The phase.

        Raises:
            DatasetError: The dataset has no phase with that id.
        """
        return self._get(self._phases, phase_id, "phase")

    def directive(self, directive_id: str) -> Directive:
        """The document with ``directive_id`` (its canonical symbol, when it has one).

        Args:
            directive_id: The id to look up.

        Returns:
            The directive.

        Raises:
            DatasetError: The dataset has no directive with that id.
        """
        return self._get(self._directives, directive_id, "directive")

    def review(self, review_id: str) -> Review:
        """The review with ``review_id``.

        Args:
            review_id: The id to look up.

        Returns:
            The review.

        Raises:
            DatasetError: The dataset has no review with that id.
        """
        return self._get(self._reviews, review_id, "review")

    def model(self, model_id: str) -> Model:
        """The model with ``model_id``.

        Args:
            model_id: The id to look up.

        Returns:
            The model.

        Raises:
            DatasetError: The dataset has no model with that id.
        """
        return self._get(self._models, model_id, "model")

    def award(self, award_id: str) -> Award:
        """The award with ``award_id``.

        Args:
            award_id: The id to look up.

        Returns:
            The award.

        Raises:
            DatasetError: The dataset has no award with that id.
        """
        return self._get(self._awards, award_id, "award")

    def report(self, report_id: str) -> Report:
        """The report with ``report_id``.

        Args:
            report_id: The id to look up.

        Returns:
            The report.

        Raises:
            DatasetError: The dataset has no report with that id.
        """
        return self._get(self._reports, report_id, "report")

    def measure(self, code: str) -> Measure:
        """The measure with ``code``: a built-in one or one this dataset defines.

        Args:
            code: The code to look up.

        Returns:
            The measure.

        Raises:
            DatasetError: The dataset has no measure with that code.
        """
        return self._get(self._measures, code, "measure")

    def unit_of_measure(self, unit: UnitOfMeasure | str) -> UnitOfMeasure | UnitOfMeasureDefinition:
        """A figure's unit of measure, with its labels.

        Args:
            unit: A built-in unit, or the code of one this dataset defines.

        Returns:
            The built-in unit, or the dataset's definition.

        Raises:
            DatasetError: The dataset defines no unit of measure with that code.
        """
        if isinstance(unit, UnitOfMeasure):
            return unit
        return self._get(self._units_of_measure, unit, "unit of measure")
