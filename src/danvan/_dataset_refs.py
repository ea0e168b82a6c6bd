"""The references of a dataset that point at nothing, each with its JSON path.

A dataset's parts name each other by id: a model its unit, movement and phase, a figure
its scope and the total it breaks down, an award its issuer. :func:`dangling_references`
walks a dataset once and lists every id that names nothing it holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from danvan._hierarchy import Hierarchy
from danvan._messages import closest
from danvan._models import Recognised, Replicated
from danvan._programmes import part_of_problems
from danvan._vocabulary import RecognitionLevel

__all__ = ["dangling_references"]


def dangling_references(dataset: Any) -> list[str]:
    """Every reference of ``dataset`` (a :class:`~danvan.Dataset`) that points at nothing."""
    return _References(dataset).problems


#: How many problems get a "did you mean".
_GUESSES = 100


class _References:
    """Walks a dataset once and lists every reference that points at nothing."""

    def __init__(self, dataset: Any) -> None:  # a Dataset, its indexes built
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
        if value is None or value in known:
            return
        close = None
        if len(self.problems) < _GUESSES:  # a file broken everywhere is reported at once
            ids = [u.id for u in known.units] if isinstance(known, Hierarchy) else list(known)
            close = closest(value, ids)
        guess = f"did you mean {close!r}? " if close else ""
        if what == "measure":  # a short list: say it
            self.problems.append(
                f"unknown measure {value!r} ({guess}known: {', '.join(map(str, known))}) @ $.{path}"
            )
        elif close:
            self.problems.append(f"unknown {what} {value!r} ({guess.rstrip()}) @ $.{path}")
        else:
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
