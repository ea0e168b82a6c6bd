"""Model and its events: the rules of a model's life and what is derived from it."""

import datetime as dt

import pytest

from danvan import (
    Appraised,
    Built,
    Field,
    Honoured,
    Model,
    ModelKind,
    ModelStatus,
    Proposed,
    Recognised,
    RecognitionLevel,
    Registered,
    Replicated,
    Stopped,
    Supported,
)
from danvan.exceptions import InvalidEntityError, ModelHistoryError

D = dt.date
G, DI, P = RecognitionLevel.GRASSROOTS, RecognitionLevel.DISTRICT, RecognitionLevel.PROVINCE


def model(*events: object) -> Model:
    return Model(
        id="m",
        title="Chính quyền thân thiện",
        unit="vn/son-la/tp-son-la/quyet-thang",
        movement="dan-van-kheo",
        field=Field.POLITICAL_SYSTEM,
        events=events,  # type: ignore[arg-type]
    )


LIFE = (
    Registered(on=D(2022, 1, 10), by="ward"),
    Built(on=D(2022, 3, 1)),
    Appraised(on=D(2022, 11, 1), by="ward-bcd"),
    Recognised(on=D(2022, 12, 1), level=G, by="ward-bcd"),
    Recognised(on=D(2023, 6, 1), level=DI, by="city-bcd"),
    Proposed(on=D(2023, 11, 22), level=P, by="city-bcd"),
    Honoured(on=D(2023, 11, 22)),
    Supported(on=D(2024, 1, 5), note="kinh phí"),
    Replicated(on=D(2024, 3, 1), to=("ward-2",)),
)


class TestDerived:
    def test_status_follows_defining_events(self) -> None:
        """Status is the latest defining event; honours and support do not change it."""
        m = model(*LIFE)
        assert m.status(at=D(2021, 1, 1)) is None
        assert m.status(at=D(2022, 2, 1)) is ModelStatus.REGISTERED
        assert m.status(at=D(2022, 6, 1)) is ModelStatus.BUILDING
        assert m.status(at=D(2022, 11, 15)) is ModelStatus.APPRAISED
        assert m.status(at=D(2023, 1, 1)) is ModelStatus.RECOGNISED
        assert m.status() is ModelStatus.PROPOSED

    def test_proposed_is_not_a_recognition(self) -> None:
        """Proposed to province leaves the top level at district."""
        m = model(*LIFE)
        assert m.top_level() is DI
        assert not m.is_recognised(P)
        assert m.is_recognised(DI)
        assert m.is_recognised(G)
        assert m.pending_proposal() is P

    def test_top_level_at_a_date(self) -> None:
        """The top level grows with recognitions."""
        m = model(*LIFE)
        assert m.top_level(at=D(2022, 12, 31)) is G
        assert m.top_level(at=D(2022, 1, 31)) is None
        assert not m.is_recognised(at=D(2022, 1, 31))

    def test_recognitions(self) -> None:
        """Every recognition, in order."""
        assert [r.level for r in model(*LIFE).recognitions] == [G, DI]

    def test_proposal_answered(self) -> None:
        """A recognition at the proposed level closes the proposal."""
        m = model(*LIFE[:6], Recognised(on=D(2024, 5, 1), level=P, by="province-bcd"))
        assert m.pending_proposal() is None
        assert m.top_level() is P

    def test_stopped(self) -> None:
        """A stopped model reports it."""
        m = model(Registered(on=D(2022, 1, 1)), Stopped(on=D(2022, 6, 1), reason="giải thể"))
        assert m.status() is ModelStatus.STOPPED

    def test_defaults(self) -> None:
        """A model is a collective model unless said otherwise."""
        m = model()
        assert m.kind is ModelKind.MODEL
        assert m.status() is None


class TestHistoryRules:
    def test_events_in_date_order(self) -> None:
        """An event dated before the one it follows is refused."""
        with pytest.raises(ModelHistoryError, match=r"events\[1\] happens before"):
            model(Registered(on=D(2022, 5, 1)), Built(on=D(2022, 1, 1)))

    def test_nothing_after_stopped(self) -> None:
        """Nothing happens to a model after it stopped."""
        with pytest.raises(ModelHistoryError, match="after the model stopped"):
            model(Stopped(on=D(2022, 1, 1)), Honoured(on=D(2022, 2, 1)))

    @pytest.mark.parametrize("level", [G, DI])
    def test_proposal_must_go_up(self, level: RecognitionLevel) -> None:
        """Proposing to a level at or below the recognised one is refused."""
        with pytest.raises(ModelHistoryError, match="already recognised"):
            model(Recognised(on=D(2022, 1, 1), level=DI), Proposed(on=D(2022, 2, 1), level=level))

    def test_events_must_be_events(self) -> None:
        """Anything but model events is refused."""
        with pytest.raises(ModelHistoryError):
            model("registered")

    def test_event_needs_date_and_level(self) -> None:
        """Events validate their own fields."""
        with pytest.raises(InvalidEntityError):
            Registered(on="2022-01-01")  # type: ignore[arg-type]
        with pytest.raises(InvalidEntityError):
            Recognised(on=D(2022, 1, 1), level="province")  # type: ignore[arg-type]
