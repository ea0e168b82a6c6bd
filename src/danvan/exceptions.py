"""Every error danvan raises on purpose.

Catch :class:`DanvanError` to handle anything a caller can cause, or one of the
precise classes below. ``str(error)`` is the message in English and
``error.message_vi`` the same in Vietnamese. Errors about a value are also
:class:`ValueError`, so ``except ValueError`` keeps working; each carries the offending
value as ``.value``. A file that cannot be written, or a store that cannot be opened, is
also an :class:`OSError` and carries its ``.path``.

```text
DanvanError
├── StructureError (also ValueError)   JSON or data of the wrong shape, with paths
├── FileWriteError (also OSError)      a file that cannot be written, with its path
├── StoreError (also OSError)          a store that cannot be opened or written
│   └── StoreConflictError (also ValueError)  other content under a stored id
└── InvalidValueError (also ValueError)
    ├── UnknownTermError        text that is no member of a vocabulary
    │   └── AmbiguousTermError      "cấp thành phố": district or province? say which
    ├── InvalidNumberError      not a number in Vietnamese notation
    │   └── AmbiguousNumberError    "1,500": thousands or decimal? we do not guess
    ├── InvalidCountError       not a count ("trên 1.000"), or a count out of range
    ├── InvalidDateError        not a date, or no such day (31/2/2021)
    │   └── AmbiguousDateError      "22/11" with no year to take it from
    ├── InvalidPeriodError      not a period, or one that ends before it starts
    ├── InvalidSymbolError      not a document number-and-symbol ("11-CT/TU")
    ├── UnknownUnitError        a unit id that a hierarchy does not hold (then)
    └── InvalidEntityError      an entity that breaks a rule of the domain
        ├── HierarchyError          units that do not form a valid dated tree
        ├── ModelHistoryError       a model's events that cannot have happened
        └── DatasetError            cross-references that point nowhere
```
"""

from __future__ import annotations

from collections.abc import Sequence

from danvan._messages import (
    closest,
    in_vietnamese,
    listing,
    listing_vi,
    shown,
    shown_path,
    translate,
)

__all__ = [
    "AmbiguousDateError",
    "AmbiguousNumberError",
    "AmbiguousTermError",
    "DanvanError",
    "DatasetError",
    "FileWriteError",
    "HierarchyError",
    "InvalidCountError",
    "InvalidDateError",
    "InvalidEntityError",
    "InvalidNumberError",
    "InvalidPeriodError",
    "InvalidSymbolError",
    "InvalidValueError",
    "ModelHistoryError",
    "StoreConflictError",
    "StoreError",
    "StructureError",
    "UnknownTermError",
    "UnknownUnitError",
]


#: The most problems a :class:`StructureError` lists; it counts them all.
MAX_LISTED = 1000


class DanvanError(Exception):
    """Root of every error danvan raises on purpose."""

    @property
    def message_vi(self) -> str:
        """The message in Vietnamese; ``str(error)`` is the English.

        Words that come from outside danvan (the system's reason a file cannot be read,
        a JSON parser's) stay as they came when danvan has no Vietnamese for them.
        """
        return in_vietnamese(str(self))


class StructureError(DanvanError, ValueError):
    """Structured input (JSON, a dict) that does not describe a valid danvan value.

    Attributes:
        problems: The problems found, each as ``"message @ $.json.path"``: every one, or
            the first :data:`MAX_LISTED` of a badly broken input.
        count: How many problems were found.
        complete: ``False`` when reading stopped once :data:`MAX_LISTED` problems were
            found, so that a file broken a hundred thousand times is reported at once:
            there may be more.
    """

    def __init__(
        self,
        problems: Sequence[str],
        type_name: str | None = None,
        *,
        count: int | None = None,
        complete: bool = True,
    ) -> None:
        self.problems = tuple(problems[:MAX_LISTED])
        self.count = max(len(problems), count or 0)
        self.complete = complete
        self.type_name = type_name
        what = f"invalid {type_name}" if type_name else "invalid input"
        super().__init__(listing(what, self.problems, self.count, complete=complete))

    @property
    def message_vi(self) -> str:
        """The message in Vietnamese, each problem with its path."""
        what = f"{self.type_name} không hợp lệ" if self.type_name else "dữ liệu vào không hợp lệ"
        return listing_vi(what, self.problems, self.count, complete=self.complete)


class FileWriteError(DanvanError, OSError):
    """A file danvan cannot write.

    Its folder is missing, a folder stands in its place, the path is no path, or the
    system refuses.

    Attributes:
        path: The path as the caller gave it.
        reason: Why it cannot be written.
    """

    def __init__(self, path: object, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"cannot write {shown_path(path)!r}: {reason}")

    @property
    def message_vi(self) -> str:
        """The message in Vietnamese."""
        return f"không ghi được {shown_path(self.path)!r}: {in_vietnamese(self.reason)}"


class StoreError(DanvanError, OSError):
    """A store that cannot be opened or written, or asked for what it does not hold.

    The file is not a danvan store (it is then left untouched), was made by a newer
    danvan, or another process holds it for longer than the store waits.

    Attributes:
        path: The store's path, or the id asked for.
        reason: What is wrong.
    """

    def __init__(self, path: object, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{shown_path(path)!r}: {reason}")

    @property
    def message_vi(self) -> str:
        """The message in Vietnamese."""
        return f"{shown_path(self.path)!r}: {in_vietnamese(self.reason)}"


class StoreConflictError(StoreError, ValueError):
    """Content that differs from what the store holds under the same id.

    Attributes:
        conflicts: Each conflict: what, its path in the input, and how the two
            versions differ.
    """

    def __init__(self, path: object, conflicts: Sequence[str]) -> None:
        self.conflicts = tuple(conflicts)
        reason = listing(
            _CONFLICT,
            self.conflicts[:MAX_LISTED],
            len(self.conflicts),
        )
        super().__init__(path, reason)

    @property
    def message_vi(self) -> str:
        """The message in Vietnamese, each conflict shown."""
        title = translate(_CONFLICT) or _CONFLICT
        said = listing_vi(title, self.conflicts[:MAX_LISTED], len(self.conflicts))
        return f"{shown_path(self.path)!r}: {said}"


_CONFLICT = (
    "it holds other content under the same ids; nothing was added (pass replace=True to "
    "replace the stored versions, which the change log keeps, or give the new ones other ids)"
)


class InvalidValueError(DanvanError, ValueError):
    """A value that danvan cannot accept.

    Attributes:
        value: The offending value, exactly as the caller gave it.
    """

    default_message = "invalid value"

    def __init__(self, value: object, message: str | None = None) -> None:
        self.value = value
        self.message = message or self.default_message
        super().__init__(f"{self.message}: {shown(value)}")

    @property
    def message_vi(self) -> str:
        """The message in Vietnamese, with the value as the English message shows it."""
        return f"{translate(self.message) or self.message}: {shown(self.value)}"


class UnknownTermError(InvalidValueError):
    """Text that names no member of a vocabulary.

    Attributes:
        vocabulary: The name of the vocabulary that was asked.
        accepted: The codes that vocabulary accepts.
    """

    default_message = "unknown term"

    def __init__(self, value: object, vocabulary: str, accepted: Sequence[str]) -> None:
        self.value = value
        self.vocabulary = vocabulary
        self.accepted = tuple(accepted)
        self._message: str | None = None
        DanvanError.__init__(self, value)

    @property
    def message(self) -> str:  # type: ignore[override]
        """What is wrong, with the code the value most likely misspells.

        The guess costs a fuzzy match, so it is made when the message is read: code that
        tries a vocabulary and falls back pays nothing for it.
        """
        if self._message is None:
            close = closest(self.value, self.accepted)
            guess = f"did you mean {close!r}? " if close else ""
            codes = ", ".join(self.accepted)
            self._message = f"no {self.vocabulary} is called this ({guess}accepted codes: {codes})"
        return self._message

    def __str__(self) -> str:
        return f"{self.message}: {shown(self.value)}"


class AmbiguousTermError(UnknownTermError):
    """Text that names one member or another, depending on what the report means.

    "Cấp thành phố" is district level for a city under a province and province level
    for a centrally-run city; the message says what resolves it.
    """

    default_message = "ambiguous term"

    def __init__(
        self, value: object, vocabulary: str, accepted: Sequence[str], message: str
    ) -> None:
        super().__init__(value, vocabulary, accepted)
        self._message = message


class InvalidNumberError(InvalidValueError):
    """Text that is not a number in Vietnamese notation."""

    default_message = "not a number in Vietnamese notation"


class AmbiguousNumberError(InvalidNumberError):
    """A number that reads differently with a thousands dot and a decimal comma."""

    default_message = "ambiguous number: could be a thousands separator or a decimal mark"


class InvalidCountError(InvalidValueError):
    """Text that is not a count, or a count that breaks its own rules."""

    default_message = "not a count"


class InvalidDateError(InvalidValueError):
    """Text that is not a date, or names a day that does not exist."""

    default_message = "not a date"


class AmbiguousDateError(InvalidDateError):
    """A date written without its year, with no year to take it from."""

    default_message = "date has no year; pass default_year= or reference="


class InvalidPeriodError(InvalidValueError):
    """Text that is not a period, or a period that ends before it starts."""

    default_message = "not a period"


class InvalidSymbolError(InvalidValueError):
    """Text that is not a document number-and-symbol ("số ký hiệu")."""

    default_message = "not a document number-and-symbol"


class UnknownUnitError(InvalidValueError):
    """A unit id that a hierarchy does not hold, or not on the date asked."""

    default_message = "no such unit"


class InvalidEntityError(InvalidValueError):
    """An entity whose fields break a rule of the domain."""

    default_message = "invalid entity"


class HierarchyError(InvalidEntityError):
    """Units and changes that do not form a valid dated tree.

    Attributes:
        problems: Every problem found, one line each.
    """

    default_message = "invalid hierarchy"

    def __init__(self, value: object, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(value, listing(self.default_message, self.problems))

    def __str__(self) -> str:
        return self.message

    @property
    def message_vi(self) -> str:
        """The message in Vietnamese, every problem listed."""
        title = translate(self.default_message) or self.default_message
        return listing_vi(title, self.problems)


class ModelHistoryError(InvalidEntityError):
    """Model events that cannot have happened in that order or by that body."""

    default_message = "impossible model history"


class DatasetError(InvalidEntityError):
    """A dataset whose cross-references point at nothing.

    Attributes:
        problems: Every problem found, each ending with the path where it is.
    """

    default_message = "invalid dataset"

    def __init__(self, value: object, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(value, listing(self.default_message, self.problems))

    def __str__(self) -> str:
        return self.message

    @property
    def message_vi(self) -> str:
        """The message in Vietnamese, every problem listed."""
        title = translate(self.default_message) or self.default_message
        return listing_vi(title, self.problems)
