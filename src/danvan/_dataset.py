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
from danvan._directives import Directive
from danvan._figures import Report
from danvan._hierarchy import Hierarchy
from danvan._measures import Measure, UnitOfMeasure, UnitOfMeasureDefinition
from danvan._models import Model, Recognised, Replicated
from danvan._programmes import Movement, Phase, Review, part_of_problems
from danvan._rules import Rule
from danvan._validators import instance_of, to_tuple, tuple_of
from danvan._vocabulary import RecognitionLevel
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
class Dataset:
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
        problems += _References(self).problems
        if problems:
            raise DatasetError(f"dataset of {len(self.models)} models", problems)

    def __repr__(self) -> str:  # a line for a screen; to_dict and dumps show everything
        units, reports, models = len(self.hierarchy.units), len(self.reports), len(self.models)
        figures = sum(len(r.figures) for r in self.reports)
        return f"Dataset({units} units, {reports} reports, {figures} figures, {models} models)"

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


class _References:
    """Walks a dataset once and lists every reference that points at nothing."""

    def __init__(self, dataset: Dataset) -> None:
        self.ds = dataset
        self.problems: list[str] = []
        self.problems += part_of_problems(self.ds.movements)
        self._phases()
        self._directives()
        self._reviews()
        self._models()
        self._awards()
        self._reports()

    def _ref(
        self, value: str | None, known: Mapping[str, object] | Hierarchy, what: str, path: str
    ) -> None:
        if value is not None and value not in known:
            self.problems.append(f"unknown {what} {value!r} @ $.{path}")

    def _movements(self, ids: tuple[str, ...], path: str) -> None:
        for j, movement in enumerate(ids):
            self._ref(movement, self.ds._movements, "movement", f"{path}[{j}]")

    def _unit(self, value: str | None, path: str) -> None:
        self._ref(value, self.ds.hierarchy, "unit", path)

    def _phases(self) -> None:
        for i, phase in enumerate(self.ds.phases):
            self._ref(phase.movement, self.ds._movements, "movement", f"phases[{i}].movement")
            for j, directive in enumerate(phase.launched_by):
                self._ref(
                    directive, self.ds._directives, "directive", f"phases[{i}].launched_by[{j}]"
                )

    def _directives(self) -> None:
        for i, directive in enumerate(self.ds.directives):
            self._unit(directive.issuer, f"directives[{i}].issuer")
            self._movements(directive.movements, f"directives[{i}].movements")
            self._ref(directive.phase, self.ds._phases, "phase", f"directives[{i}].phase")
            for j, other in enumerate(directive.implements):
                self._ref(
                    other, self.ds._directives, "directive", f"directives[{i}].implements[{j}]"
                )

    def _reviews(self) -> None:
        for i, review in enumerate(self.ds.reviews):
            for j, organiser in enumerate(review.organisers):
                self._unit(organiser, f"reviews[{i}].organisers[{j}]")
            self._unit(review.under_review, f"reviews[{i}].under_review")
            for j, role in enumerate(review.roles):
                self._unit(role.unit, f"reviews[{i}].roles[{j}].unit")
            self._movements(review.movements, f"reviews[{i}].movements")
            self._ref(review.phase, self.ds._phases, "phase", f"reviews[{i}].phase")
            for j, directive in enumerate(review.directives):
                self._ref(
                    directive, self.ds._directives, "directive", f"reviews[{i}].directives[{j}]"
                )

    def _models(self) -> None:
        hierarchy = self.ds.hierarchy
        for i, model in enumerate(self.ds.models):
            path = f"models[{i}]"
            self._unit(model.unit, f"{path}.unit")
            self._ref(model.movement, self.ds._movements, "movement", f"{path}.movement")
            self._ref(model.phase, self.ds._phases, "phase", f"{path}.phase")
            for j, partner in enumerate(model.partners):
                self._unit(partner, f"{path}.partners[{j}]")
            for j, event in enumerate(model.events):
                self._unit(event.by, f"{path}.events[{j}].by")
                if isinstance(event, Replicated):
                    for k, unit in enumerate(event.to):
                        self._unit(unit, f"{path}.events[{j}].to[{k}]")
                if isinstance(event, Recognised) and event.by is not None and event.by in hierarchy:
                    body = hierarchy.get(event.by)
                    ceiling = RecognitionLevel.for_admin_level(body.level)
                    if event.level > ceiling:
                        self.problems.append(
                            f"{body.id} ({body.level.value}) cannot recognise at "
                            f"{event.level.value} level @ $.{path}.events[{j}].level"
                        )

    def _awards(self) -> None:
        for i, award in enumerate(self.ds.awards):
            self._unit(award.issuer, f"awards[{i}].issuer")
            self._unit(award.proposer, f"awards[{i}].proposer")
            self._movements(award.movements, f"awards[{i}].movements")
            self._ref(award.review, self.ds._reviews, "review", f"awards[{i}].review")
            for j, recipient in enumerate(award.recipients):
                self._unit(recipient.unit, f"awards[{i}].recipients[{j}].unit")

    def _reports(self) -> None:
        for i, report in enumerate(self.ds.reports):
            path = f"reports[{i}]"
            for j, unit in enumerate(report.units):
                self._unit(unit, f"{path}.units[{j}]")
            for j, review in enumerate(report.reviews):
                self._ref(review, self.ds._reviews, "review", f"{path}.reviews[{j}]")
            for name, known in (
                ("directives", self.ds._directives),
                ("awards", self.ds._awards),
                ("models", self.ds._models),
            ):
                for j, ref in enumerate(getattr(report, name)):
                    self._ref(ref, known, name.removesuffix("s"), f"{path}.{name}[{j}]")
            ids = {f.id for f in report.figures if f.id is not None}
            for j, figure in enumerate(report.figures):
                fpath = f"{path}.figures[{j}]"
                self._unit(figure.scope, f"{fpath}.scope")
                self._movements(figure.movements, f"{fpath}.movements")
                self._ref(figure.measure, self.ds._measures, "measure", f"{fpath}.measure")
                if isinstance(figure.unit_of_measure, str):
                    self._ref(
                        figure.unit_of_measure,
                        self.ds._units_of_measure,
                        "unit of measure",
                        f"{fpath}.unit_of_measure",
                    )
                self._ref(figure.model, self.ds._models, "model", f"{fpath}.model")
                self._ref(figure.directive, self.ds._directives, "directive", f"{fpath}.directive")
                for link in ("part_of", "restates", "subset_of", "of"):
                    target = getattr(figure, link)
                    if target is not None and target not in ids:
                        self.problems.append(f"unknown figure {target!r} @ $.{fpath}.{link}")
