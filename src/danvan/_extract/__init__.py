"""Finding directive references, periods and dates in Vietnamese report text.

"thực hiện Chỉ thị số 11-CT/TU ngày 28/9/2021 của Ban Thường vụ Tỉnh ủy về đẩy mạnh …"
holds a reference with a type, a number-and-symbol, a date, an issuer and a subject.
The pipeline:

1. **clean**: HTML tags and entities, Unicode NFC, odd spaces and dashes, keeping a map
   back to offsets in the original text (a no-op map when there is nothing to clean);
2. **fold**: lower case without diacritics, one character for one, so offsets carry
   over unchanged and "Chi thi so 11-CT/TU" matches like "Chỉ thị số 11-CT/TU";
3. **extract**: each :class:`Extractor` is a compiled pattern with a cheap literal
   pre-filter; every candidate symbol goes through :meth:`DocumentSymbol.parse`, so a
   count ("1.635"), a ratio ("8/8") or a date ("22/11") is never a symbol;
4. **build** typed :class:`Reference` objects, attaching the date, issuer and subject
   written next to them.

Every pattern is linear: bounded repetitions, no nested quantifiers, so hostile input
cannot make matching slow.
"""

from danvan._extract._annotate import annotate
from danvan._extract._draft import Draft, draft_report
from danvan._extract._figures import FigureMention, find_figures
from danvan._extract._mentions import DateMention, PeriodMention, find_dates, find_periods
from danvan._extract._references import (
    DEFAULT_EXTRACTORS,
    Extractor,
    Reference,
    ReferenceKind,
    find_references,
)
from danvan._extract._resolve import Resolution, resolve

__all__ = [
    "DEFAULT_EXTRACTORS",
    "DateMention",
    "Draft",
    "Extractor",
    "FigureMention",
    "PeriodMention",
    "Reference",
    "ReferenceKind",
    "Resolution",
    "annotate",
    "draft_report",
    "find_figures",
    "find_dates",
    "find_periods",
    "find_references",
    "resolve",
]
