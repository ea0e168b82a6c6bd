"""The controlled vocabularies of the movement.

Levels of government and of recognition, the kinds of body that take part, the four
fields (lĩnh vực) models are built in, who holds a model or award, award forms
(hình thức khen thưởng), review kinds and the qualifiers reports put before numbers.
Award forms follow the Law on Emulation and Commendation 2022 (Luật Thi đua, khen
thưởng số 06/2022/QH15); emulation titles (danh hiệu thi đua) are deliberately not
award forms.
"""

from __future__ import annotations

from danvan._terms import OrderedTerm, Term
from danvan._text import words
from danvan.exceptions import AmbiguousTermError, UnknownTermError

__all__ = [
    "CountingRule",
    "parse_fields",
    "AdminLevel",
    "Field",
    "HolderKind",
    "ModelKind",
    "Qualifier",
    "RecognitionLevel",
    "UnitKind",
]


class AdminLevel(OrderedTerm):
    """A tier of the state's territorial organisation, lowest first.

    The district tier (cấp huyện) ended on 1 July 2025; villages (thôn, bản, tổ dân
    phố) are not a tier of government but reports count them. A region (a military
    region, quân khu) spans several provinces: its bodies sit between province and
    centre, and no area's figures roll up through it.

    Examples:
        >>> from danvan import AdminLevel
        >>> AdminLevel.parse("cấp huyện") < AdminLevel.PROVINCE
        True
    """

    VILLAGE = ("village", "thôn, tổ dân phố", "village", "thôn", "bản", "ấp", "tổ dân phố", "khóm")
    COMMUNE = ("commune", "cấp xã", "commune", "xã", "xã, phường, thị trấn", "cơ sở")
    DISTRICT = ("district", "cấp huyện", "district", "huyện", "huyện, thị xã, thành phố")
    PROVINCE = ("province", "cấp tỉnh", "province", "tỉnh", "tỉnh, thành phố")
    REGION = ("region", "cấp vùng, quân khu", "region", "quân khu", "vùng", "cấp quân khu")
    CENTRAL = ("central", "trung ương", "central", "cấp trung ương", "toàn quốc")


class RecognitionLevel(OrderedTerm):
    """The level at which a model is recognised: grassroots < district < province < central.

    The level is that of the body that recognises. "Proposed to province level"
    (đề nghị cấp tỉnh công nhận) is not a province-level recognition.

    Examples:
        >>> from danvan import RecognitionLevel
        >>> max(RecognitionLevel.GRASSROOTS, RecognitionLevel.parse("cấp tỉnh"))
        <RecognitionLevel.PROVINCE: 'province'>
    """

    # fmt: off
    GRASSROOTS = (
        "grassroots", "cấp cơ sở", "grassroots level", "cơ sở", "cấp xã", "xã", "cấp phường",
        "cấp thị trấn", "cấp đặc khu", "cấp xã, phường", "cấp xã, thị trấn",
        "cấp xã, phường, thị trấn", "cấp xã, phường, đặc khu",
    )
    DISTRICT = (
        "district", "cấp huyện", "district level", "huyện", "cấp thị xã", "cấp quận",
        "cấp quận, huyện", "cấp huyện, thị xã",
    )
    # fmt: on
    PROVINCE = ("province", "cấp tỉnh", "province level", "tỉnh")
    CENTRAL = ("central", "cấp trung ương", "central level", "trung ương", "toàn quốc")

    @classmethod
    def for_admin_level(cls, level: AdminLevel) -> RecognitionLevel:
        """Return the highest level a body of an administrative tier can recognise at.

        Args:
            level: The tier of the recognising body's area.

        Returns:
            The recognition level of that tier (a commune's body recognises at grassroots).

        Examples:
            >>> from danvan import AdminLevel, RecognitionLevel
            >>> RecognitionLevel.for_admin_level(AdminLevel.COMMUNE)
            <RecognitionLevel.GRASSROOTS: 'grassroots'>
        """
        return _RECOGNITION_BY_ADMIN[level]

    @classmethod
    def parse(
        cls, text: str | RecognitionLevel, *, city: AdminLevel | None = None
    ) -> RecognitionLevel:
        """Return the level ``text`` names; "cấp thành phố" needs ``city``.

        A city under a province (thành phố thuộc tỉnh) is a district-tier area and a
        centrally-run city (thành phố trực thuộc trung ương) a province: "cấp thành phố"
        says which only with the report's city in mind.

        Args:
            text: A code or a wording from a report.
            city: The tier of the city the report means by "cấp thành phố"
                (``AdminLevel.DISTRICT`` or ``AdminLevel.PROVINCE``).

        Returns:
            The level.

        Raises:
            UnknownTermError: No level is called ``text``.
            AmbiguousTermError: "cấp thành phố" without ``city``.
        """
        key = words(text) if isinstance(text, str) and len(text) <= 200 else ""
        for noise in cls._noise():
            key = key.removeprefix(noise + " ")
        if key in _CITY_WORDINGS:
            if city is None:
                raise AmbiguousTermError(
                    text,
                    "RecognitionLevel",
                    [m.value for m in cls],
                    "ambiguous: a city under a province is district level, a centrally-run "
                    "city province level; pass city=AdminLevel.DISTRICT or "
                    "city=AdminLevel.PROVINCE",
                )
            return cls.for_admin_level(city)
        return super().parse(text)

    @classmethod
    def _noise(cls) -> tuple[str, ...]:
        return ("mo hinh", "dien hinh", "muc")


_RECOGNITION_BY_ADMIN = {
    AdminLevel.VILLAGE: RecognitionLevel.GRASSROOTS,
    AdminLevel.COMMUNE: RecognitionLevel.GRASSROOTS,
    AdminLevel.DISTRICT: RecognitionLevel.DISTRICT,
    AdminLevel.PROVINCE: RecognitionLevel.PROVINCE,
    # A region's body (a military region) recognises above one province but not for the
    # nation: on the counting ladder its recognitions are province level.
    AdminLevel.REGION: RecognitionLevel.PROVINCE,
    AdminLevel.CENTRAL: RecognitionLevel.CENTRAL,
}
_CITY_WORDINGS = frozenset({"cap thanh pho", "thanh pho", "muc thanh pho"})


class UnitKind(Term):
    """What kind of body or area a unit is."""

    ADMINISTRATIVE_AREA = (
        "administrative_area",
        "đơn vị hành chính",
        "administrative area",
        "địa bàn",
    )
    PARTY_COMMITTEE = (
        "party_committee",
        "cấp ủy",
        "Party committee",
        "đảng ủy",
        "đảng bộ",
        "tỉnh ủy",
        "thành ủy",
        "huyện ủy",
        "quận ủy",
        "thị ủy",
    )
    PARTY_STANDING_COMMITTEE = (
        "party_standing_committee",
        "ban thường vụ",
        "Party standing committee",
        "BTV",
        "thường trực",
    )
    MASS_MOBILISATION_COMMISSION = (
        "mass_mobilisation_commission",
        "ban dân vận",
        "mass-mobilisation commission",
        "BDV",
    )
    STEERING_COMMITTEE = ("steering_committee", "ban chỉ đạo", "steering committee", "BCĐ")
    PEOPLES_COMMITTEE = ("peoples_committee", "ủy ban nhân dân", "People's Committee", "UBND")
    PEOPLES_COUNCIL = ("peoples_council", "hội đồng nhân dân", "People's Council", "HĐND")
    FATHERLAND_FRONT = (
        "fatherland_front",
        "Mặt trận Tổ quốc",
        "Fatherland Front",
        "MTTQ",
        "UBMTTQ",
        "Ủy ban Mặt trận Tổ quốc",
    )
    MASS_ORGANISATION = (
        "mass_organisation",
        "đoàn thể",
        "mass organisation",
        "tổ chức chính trị - xã hội",
        "hội",
    )
    AGENCY = ("agency", "cơ quan", "agency", "sở, ban, ngành", "sở", "ngành")
    ARMED_FORCES_UNIT = (
        "armed_forces_unit",
        "đơn vị lực lượng vũ trang",
        "armed-forces unit",
        "lực lượng vũ trang",
        "quân đội",
        "công an",
        "biên phòng",
        "đồn biên phòng",
    )
    PARTY_AGENCY_BLOC = ("party_agency_bloc", "Đảng ủy Khối", "Party agency bloc", "ĐUK")
    ENTERPRISE = ("enterprise", "doanh nghiệp", "enterprise", "công ty")
    SCHOOL = ("school", "trường học", "school", "trường")
    OTHER = ("other", "khác", "other")


class Field(Term):
    """The field (lĩnh vực) a model or exemplar works in.

    Examples:
        >>> from danvan import Field
        >>> Field.parse("VHXH")
        <Field.CULTURE_SOCIETY: 'culture_society'>
        >>> Field.parse("an ninh quốc phòng")
        <Field.DEFENCE_SECURITY: 'defence_security'>
    """

    ECONOMY = ("economy", "kinh tế", "economy", "phát triển kinh tế", "KT")
    CULTURE_SOCIETY = (
        "culture_society",
        "văn hóa - xã hội",
        "culture and society",
        "VHXH",
        "VH-XH",
        "văn hóa",
        "xã hội",
        "an sinh xã hội",
        "nếp sống văn minh",
    )
    DEFENCE_SECURITY = (
        "defence_security",
        "quốc phòng - an ninh",
        "defence and security",
        "an ninh - quốc phòng",
        "ANQP",
        "QPAN",
        "QP-AN",
        "AN-QP",
        "quốc phòng",
        "an ninh",
        "an ninh trật tự",
        "an ninh chính trị - trật tự an toàn xã hội",
        "ANCT-TTATXH",
        "quốc phòng, an ninh",
    )
    POLITICAL_SYSTEM = (
        "political_system",
        "xây dựng hệ thống chính trị",
        "political-system building",
        "hệ thống chính trị",
        "XDHTCT",
        "XD HTCT",
        "HTCT",
        "xây dựng Đảng, chính quyền",
        "xây dựng Đảng, xây dựng chính quyền",
        "xây dựng Đảng và hệ thống chính trị",
        "xây dựng Đảng",
        "Đảng, chính quyền",
        "xây dựng hệ thống chính trị vững mạnh",
        "xây dựng hệ thống chính trị trong sạch, vững mạnh",
        "xây dựng Đảng, chính quyền vững mạnh",
    )

    @classmethod
    def _noise(cls) -> tuple[str, ...]:
        return (
            *("tren linh vuc", "linh vuc", "thuoc linh vuc", "mo hinh"),
            *(
                "bao dam",
                "dam bao",
                "giu gin",
                "giu vung",
                "bao ve",
                "tham gia",
            ),  # "bảo đảm an ninh"
        )


# Words that join the fields of a merged bucket: "kinh tế và văn hóa - xã hội".
_JOINERS = frozenset({"va", "cac", "linh", "vuc"})
_MAX_FIELD_TEXT = 200


def parse_fields(text: str) -> tuple[Field, ...]:
    """The field or fields a report's category names, in the vocabulary's order.

    Reports sometimes merge two fields in one bucket ("kinh tế – văn hóa xã hội": 40
    models). A wording of one field gives that field alone; a merged one gives each.

    Args:
        text: The category as the report writes it.

    Returns:
        One field, or several for a merged bucket.

    Raises:
        UnknownTermError: Some words name no field.

    Examples:
        >>> from danvan import parse_fields
        >>> [f.value for f in parse_fields("kinh tế – văn hóa xã hội")]
        ['economy', 'culture_society']
        >>> [f.value for f in parse_fields("xây dựng hệ thống chính trị vững mạnh")]
        ['political_system']
    """
    try:
        return (Field.parse(text),)
    except UnknownTermError:
        if not isinstance(text, str) or len(text) > _MAX_FIELD_TEXT:
            raise
    tokens = words(text).split()
    # best[i]: the fewest fields that read tokens[:i], or None where they cannot be read.
    best: list[tuple[Field, ...] | None] = [()] + [None] * len(tokens)
    for end in range(1, len(tokens) + 1):
        options: list[tuple[Field, ...]] = []
        joined = best[end - 1]
        if tokens[end - 1] in _JOINERS and joined is not None:
            options.append(joined)
        for start in range(end):
            before = best[start]
            if before is None:
                continue
            try:
                field = Field.parse(" ".join(tokens[start:end]))
            except UnknownTermError:
                continue
            options.append((*before, field))
        best[end] = min(options, key=len) if options else None
    found = best[-1]
    if not found:
        raise UnknownTermError(text, "Field", [m.value for m in Field])
    return tuple(sorted(set(found), key=list(Field).index))


class HolderKind(Term):
    """Who holds a model or an award.

    A collective (tập thể), an individual (cá nhân) or a household (hộ gia đình: "mô hình
    của gia đình ông H.").
    """

    COLLECTIVE = ("collective", "tập thể", "collective", "tập thể")
    INDIVIDUAL = ("individual", "cá nhân", "individual", "cá nhân")
    HOUSEHOLD = ("household", "hộ gia đình", "household", "hộ", "gia đình")

    @classmethod
    def _noise(cls) -> tuple[str, ...]:
        return ("mo hinh", "dien hinh")


class ModelKind(Term):
    """A model (mô hình: a practice to replicate) or an exemplar (điển hình: who to follow)."""

    MODEL = ("model", "mô hình", "model")
    EXEMPLAR = ("exemplar", "điển hình", "exemplar", "gương điển hình", "tấm gương")


class Qualifier(Term):
    """The word a report puts before a number: exact, over, under, about, nearly.

    ``MANY`` is the vague "hàng" (hàng nghìn: thousands of), an order of magnitude.
    """

    EXACT = ("exact", "chính xác", "exactly", "đúng")
    OVER = ("over", "trên", "over", "hơn", "more than")
    UNDER = ("under", "dưới", "under", "chưa đến", "chưa tới", "không đến", "less than")
    ABOUT = ("about", "khoảng", "about", "xấp xỉ", "chừng", "khoảng chừng", "ước")
    NEARLY = ("nearly", "gần", "nearly", "gần như", "almost")
    AT_LEAST = ("at_least", "ít nhất", "at least", "không dưới", "tối thiểu")
    MANY = ("many", "hàng", "order of magnitude", "hàng chục", "hàng trăm", "hàng nghìn")


class CountingRule(Term):
    """How models are counted into figures (see :func:`~danvan.count_models`)."""

    DISTINCT_HIGHEST = (
        "distinct_highest",
        "mỗi mô hình một lần, ở cấp cao nhất đạt được",
        "each model once, at its highest level",
    )
    EVERY_RECOGNITION = (
        "every_recognition",
        "mỗi lượt công nhận",
        "every recognition",
    )
    REGISTRATIONS = ("registrations", "mỗi lượt đăng ký", "every registration")
