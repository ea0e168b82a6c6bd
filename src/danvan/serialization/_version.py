"""The version of the wire format, and what changed from one version to the next.

- ``danvan/1``: the first format.
- ``danvan/2``: figures may name the figure they restate (``restates``) or are among
  (``subset_of``), declare how complete their breakdowns are (``breakdowns``), and
  stand on a day (``as_of``); periods may run on (no ``end``);
  documents may carry a number without a symbol (``number``) and the documents they
  implement (``implements``); datasets may carry their own validation rules
  (``rules``); awards may count their ``households``. Every ``danvan/1`` document is
  a valid ``danvan/2`` document, so the step between them changes nothing but the
  version.
"""

from __future__ import annotations

__all__ = ["SCHEMA", "SCHEMA_1"]

#: The wire format version this danvan writes.
SCHEMA = "danvan/2"
#: The first version, which this danvan still reads.
SCHEMA_1 = "danvan/1"
