"""Another programme's name right after the noun of a count: the models are that one's.

"256 mô hình “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”", "245 gương
người tốt, việc tốt", "12 mô hình điểm về thực hiện Quy chế dân chủ ở cơ sở": counts of
another movement than the one a report is of, never summed with its own.
"""

from __future__ import annotations

import re

from danvan._extract._figure_words import THE_MOVEMENT

__all__ = ["names_both_programmes", "programme_named_after", "with_another_programme"]

# Another movement's name, quoted as the name of the models counted: "256 mô hình “Học tập
# và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”" (not "84 mô hình “Dân vận khéo”
# gắn với việc học tập và làm theo …", the movement's own).
_ANOTHER_MOVEMENT = (
    r"(?:hoc\stap\sva\slam\stheo\s(?:tu\stuong|tam\sguong)"
    r"|toan\sdan\sdoan\sket\sxay\sdung|ca\snuoc\schung\stay|ngay\svi\snguoi\sngheo"
    r"|(?:nam\s)?dan\svan\schinh\squyen|nguoi\stot,?\sviec\stot)"  # "… “Dân vận chính quyền”"
)
_NAMED_MOVEMENT = re.compile(rf"\s?[“\"«](?P<name>{_ANOTHER_MOVEMENT}[^,.;:()\n0-9”\"»]{{0,60}})")
# The movement's name and another's, the models of both counted as one: "245 mô hình “Dân
# vận khéo”, “Dân vận chính quyền” được công nhận".
_BOTH = (
    rf"[“\"«]?{THE_MOVEMENT}[”\"»]?(?:,|\sva)\s[“\"«]{_ANOTHER_MOVEMENT}"
    r"[^,.;:()\n0-9”\"»]{0,60}[”\"»]"
)
_WITH_ANOTHER, _BOTH_NAMED = re.compile(rf"\s?(?P<name>{_BOTH})"), re.compile(_BOTH)
# …or unquoted, the exemplars of good people and good deeds: "245 gương người tốt, việc tốt",
# and the models of studying and following Hồ Chí Minh: "326 mô hình học tập và làm theo tư
# tưởng, đạo đức, phong cách Hồ Chí Minh".
_GOOD_DEEDS = re.compile(
    r"\s(?P<name>nguoi\stot,?\s(?:va\s)?viec\stot"
    r"|hoc\stap\sva\slam\stheo\s(?:tu\stuong|tam\sguong)"
    r"(?:(?:,?\s[a-z]+){0,8}?\s(?:ho\schi\sminh|cua\sbac(?:\sho)?))?)\b"
)
# …or the programme models are about, right after their noun: "12 mô hình điểm về thực hiện
# Quy chế dân chủ ở cơ sở" are that regulation's models, not the movement's.
_ABOUT_A_PROGRAMME = re.compile(
    r"(?:\s(?:diem|mau))?\s(?P<name>ve\s(?:viec\s)?(?:thuc\shien\s)?(?:quy\sche\sdan\schu"
    r"(?:\so\sco\sso)?|cuoc\svan\sdong\s[^,.;:()\n0-9]{3,60}))"
)


def programme_named_after(folded: str, end: int) -> tuple[int, int] | None:
    """The span of another programme's name right after a count's noun ending at ``end``."""
    named = _NAMED_MOVEMENT.match(folded, end) or _ABOUT_A_PROGRAMME.match(folded, end)
    named = named or _GOOD_DEEDS.match(folded, end)
    return None if named is None else named.span("name")


def with_another_programme(folded: str, end: int) -> tuple[int, int] | None:
    """The span of the movement's name and another's right after a count's noun, if so.

    "245 mô hình “Dân vận khéo”, “Dân vận chính quyền”": the models of both programmes.
    """
    named = _WITH_ANOTHER.match(folded, end)
    return None if named is None else named.span("name")


def names_both_programmes(folded: str) -> bool:
    """Whether folded words name the movement and another (:func:`with_another_programme`)."""
    return _BOTH_NAMED.fullmatch(folded) is not None
