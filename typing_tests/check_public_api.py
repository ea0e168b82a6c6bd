"""Uses the public API as a user would; mypy --strict must accept it with these types."""

import datetime as dt
from decimal import Decimal

import danvan
from danvan.exceptions import InvalidValueError

level: danvan.RecognitionLevel = max(
    danvan.RecognitionLevel.parse("cấp cơ sở"), danvan.RecognitionLevel.PROVINCE
)
field: danvan.Field = danvan.Field.parse("VHXH")
code: str = field.value
label: str = field.label_vi
symbol: danvan.DocumentSymbol = danvan.DocumentSymbol.parse("11-CT/TU")
abbr: str | None = symbol.doc_type.party_abbr
count: danvan.Count = danvan.parse_count("trên 1.000") + 14
high: int | None = count.high
agrees: bool = count.consistent_with(1014)
number: int | Decimal | danvan.Percent = danvan.parse_number("50,5 triệu")
day: dt.date = danvan.parse_date("22/11", default_year=2023)
key: str = danvan.fold("Dân vận khéo")
error: type[InvalidValueError] = InvalidValueError
