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

# Loading reads a Dataset unless told another type.
dataset: danvan.Dataset = danvan.loads(danvan.dumps(danvan.Dataset()))
again: danvan.Count = danvan.loads(danvan.dumps(count), danvan.Count)

# crosswalk returns a Table for a Table and a list of models for models.
tree = danvan.Hierarchy([])
table: danvan.Table = danvan.count_models((), tree, by=("field",))
moved_table: danvan.Table = danvan.crosswalk(table, tree, to=dt.date(2025, 7, 1))
moved_models: list[danvan.Model] = danvan.crosswalk([], tree, to=dt.date(2025, 7, 1))

# Provenance is structured: the counting rule, and the rule behind a finding.
rule: danvan.CountingRule | None = table.rule
findings: list[danvan.Finding] = danvan.check(dataset, rules=["breakdown_sum"])
severities: list[danvan.Severity] = [f.rule.severity for f in findings]
differences: list[danvan.Difference] = danvan.compare(table, table)
