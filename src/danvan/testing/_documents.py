"""Strategies for movements, phases, documents, reviews and sources."""

from __future__ import annotations

from danvan._directives import Directive, DirectiveStatus
from danvan._documents import DocumentType
from danvan._occasions import ReviewKind
from danvan._periods import Period
from danvan._programmes import Movement, Phase, Review, Role
from danvan._sources import Source
from danvan.testing._hypothesis import st
from danvan.testing._values import IDS, NAMES, SOME_DAYS, TEXT, periods, symbols


def movements() -> st.SearchStrategy[Movement]:
    """The built-in movements."""
    return st.sampled_from(
        [
            Movement.DAN_VAN_KHEO,
            Movement.GOVERNMENT_MASS_MOBILISATION,
            Movement.GRASSROOTS_DEMOCRACY,
            Movement.DIRECT_DIALOGUE,
        ]
    )


@st.composite
def phases(draw: st.DrawFn, movement: str = "dan-van-kheo") -> Phase:
    """Phases of a movement over whole years.

    Args:
        movement: The id of the phases' movement.
    """
    first = draw(st.integers(2009, 2030))
    last = first + draw(st.integers(0, 5))
    return Phase(
        id=f"{movement}/{first}-{last}",
        movement=movement,
        period=Period.years(first, last),
        name=draw(st.none() | TEXT),
    )


@st.composite
def directives(draw: st.DrawFn, issuers: list[str] | None = None) -> Directive:
    """Documents with or without a symbol; drafts without one.

    Args:
        issuers: Unit ids to draw the issuer from; any id when ``None``.
    """
    issuer = draw(st.none() | st.sampled_from(issuers)) if issuers else None
    if draw(st.booleans()):
        symbol = draw(symbols())
        return Directive(
            symbol=symbol,
            issued_on=draw(st.none() | SOME_DAYS),
            issuer=issuer,
            title=draw(st.none() | TEXT),
            supersedes=tuple(draw(st.lists(symbols(), max_size=1))),
        )
    return Directive(
        id=f"draft/{draw(IDS)}",
        doc_type=draw(st.sampled_from(DocumentType)),
        title=draw(TEXT),
        issuer=issuer,
        status=DirectiveStatus.DRAFT,
        number=draw(st.none() | st.from_regex(r"[0-9]{1,4}", fullmatch=True)),
    )


@st.composite
def sources(draw: st.DrawFn) -> Source:
    """Sources with any subset of their fields."""
    start = draw(st.integers(0, 5000))
    return Source(
        title=draw(TEXT),
        publisher=draw(st.none() | TEXT),
        url=draw(st.none() | st.just("https://baosonla.org.vn/x")),
        published_on=draw(st.none() | SOME_DAYS),
        quote=draw(st.none() | TEXT),
        span=draw(st.none() | st.integers(0, 500).map(lambda n: (start, start + n))),
    )


@st.composite
def reviews(draw: st.DrawFn, organisers: list[str] | None = None) -> Review:
    """Reviews of one kind or several, by one organiser or several.

    With the years they look back on, a unit under review and named roles.

    Args:
        organisers: Unit ids to draw the organisers from; any id when ``None``.
    """
    units = st.sampled_from(organisers) if organisers else IDS
    kinds = draw(st.lists(st.sampled_from(ReviewKind), min_size=1, max_size=2, unique=True))
    role = st.builds(
        Role,
        role=TEXT,
        name=st.sampled_from(NAMES),
        position=st.none() | TEXT,
        unit=st.none() | units,
    )
    return Review(
        id=f"review/{draw(IDS)}",
        kinds=tuple(kinds),
        organisers=tuple(draw(st.lists(units, min_size=1, max_size=2, unique=True))),
        held_on=draw(st.none() | SOME_DAYS),
        period=draw(st.none() | periods()),
        years=draw(st.none() | st.integers(1, 10)),
        title=draw(st.none() | TEXT),
        notes=tuple(draw(st.lists(TEXT, max_size=1))),
        under_review=draw(st.none() | units),
        roles=tuple(draw(st.lists(role, max_size=2))),
    )
