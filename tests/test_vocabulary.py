"""The controlled vocabularies: codes, labels, parsing of real wordings, order."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import danvan
from danvan import (
    AdminLevel,
    AwardForm,
    DocumentSystem,
    DocumentType,
    Field,
    HolderKind,
    ModelKind,
    Qualifier,
    RecognitionLevel,
    ReviewKind,
    UnitKind,
    fold,
)
from danvan._terms import Term
from danvan.exceptions import UnknownTermError

#: Every vocabulary danvan exports, found in the code rather than listed by hand.
VOCABULARIES: list[type[Term]] = sorted(
    (
        value
        for value in (getattr(danvan, name) for name in danvan.__all__)
        if isinstance(value, type) and issubclass(value, Term)
    ),
    key=lambda vocabulary: vocabulary.__name__,
)
MEMBERS = [member for vocabulary in VOCABULARIES for member in vocabulary]


class TestCodes:
    @pytest.mark.parametrize("member", MEMBERS, ids=repr)
    def test_code_is_stable_snake_case(self, member: Term) -> None:
        """Every code is lowercase snake_case ASCII, safe for JSON and CSV."""
        assert member.value.isascii()
        assert member.value == member.value.lower()
        assert member.value.replace("_", "").isalnum()

    @pytest.mark.parametrize("member", MEMBERS, ids=repr)
    def test_labels_in_both_languages(self, member: Term) -> None:
        """Every member has a Vietnamese and an English label."""
        assert member.label_vi
        assert member.label_en
        assert member.label("vi") == member.label_vi
        assert member.label("en") == member.label_en

    def test_label_rejects_other_languages(self) -> None:
        """Only vi and en labels exist."""
        with pytest.raises(UnknownTermError, match="fr"):
            Field.ECONOMY.label("fr")

    def test_str_is_the_code(self) -> None:
        """str() of a member is its code, as the wire format writes it."""
        assert str(Field.CULTURE_SOCIETY) == "culture_society"


class TestParse:
    @given(st.sampled_from(MEMBERS))
    def test_code_parses_to_member(self, member: Term) -> None:
        """X.parse(m.value) is m for every member."""
        assert type(member).parse(member.value) is member

    @given(st.sampled_from(MEMBERS))
    def test_folded_label_parses_to_member(self, member: Term) -> None:
        """X.parse(fold(m.label_vi)) is m: diacritics are optional."""
        assert type(member).parse(fold(member.label_vi)) is member
        assert type(member).parse(member.label_vi.upper()) is member

    @pytest.mark.parametrize(
        ("wording", "expected"),
        [
            ("kinh tế", Field.ECONOMY),
            ("lĩnh vực kinh tế", Field.ECONOMY),
            ("phát triển kinh tế", Field.ECONOMY),
            ("VHXH", Field.CULTURE_SOCIETY),
            ("văn hóa - xã hội", Field.CULTURE_SOCIETY),
            ("văn hoá xã hội", Field.CULTURE_SOCIETY),
            ("lĩnh vực văn hóa - xã hội", Field.CULTURE_SOCIETY),
            ("ANQP", Field.DEFENCE_SECURITY),
            ("lĩnh vực ANQP", Field.DEFENCE_SECURITY),
            ("quốc phòng - an ninh", Field.DEFENCE_SECURITY),
            ("an ninh quốc phòng", Field.DEFENCE_SECURITY),
            ("quốc phòng, an ninh", Field.DEFENCE_SECURITY),
            ("xây dựng hệ thống chính trị", Field.POLITICAL_SYSTEM),
            ("lĩnh vực xây dựng hệ thống chính trị", Field.POLITICAL_SYSTEM),
            ("xây dựng Đảng, chính quyền", Field.POLITICAL_SYSTEM),
            ("xây dựng đảng, xây dựng chính quyền", Field.POLITICAL_SYSTEM),
            ("xay dung dang,   xay dung chinh quyen", Field.POLITICAL_SYSTEM),
            # a table's short forms: "KT | VH - XH | QP - AN | XD HTCT"
            ("KT", Field.ECONOMY),
            ("VH - XH", Field.CULTURE_SOCIETY),
            ("QP-AN", Field.DEFENCE_SECURITY),
            ("XD HTCT", Field.POLITICAL_SYSTEM),
            ("HTCT", Field.POLITICAL_SYSTEM),
        ],
    )
    def test_field_wordings_from_reports(self, wording: str, expected: Field) -> None:
        """Field accepts the wordings the seed reports and their peers use."""
        assert Field.parse(wording) is expected

    @pytest.mark.parametrize(
        ("wording", "expected"),
        [
            ("cấp cơ sở", RecognitionLevel.GRASSROOTS),
            ("điển hình cấp cơ sở", RecognitionLevel.GRASSROOTS),
            ("cấp Thị xã", RecognitionLevel.DISTRICT),
            ("cấp tỉnh", RecognitionLevel.PROVINCE),
            ("mô hình cấp tỉnh", RecognitionLevel.PROVINCE),
            ("trung ương", RecognitionLevel.CENTRAL),
        ],
    )
    def test_recognition_level_wordings(self, wording: str, expected: RecognitionLevel) -> None:
        """RecognitionLevel accepts the level phrases of the seed reports."""
        assert RecognitionLevel.parse(wording) is expected

    @pytest.mark.parametrize(
        ("vocabulary", "wording", "expected"),
        [
            (HolderKind, "tập thể", HolderKind.COLLECTIVE),
            (HolderKind, "mô hình cá nhân", HolderKind.INDIVIDUAL),
            (ModelKind, "điển hình", ModelKind.EXEMPLAR),
            (AwardForm, "giấy khen", AwardForm.CERTIFICATE_OF_COMMENDATION),
            (AwardForm, "Bằng khen", AwardForm.CERTIFICATE_OF_MERIT),
            (ReviewKind, "sơ kết", ReviewKind.MID_TERM),
            (ReviewKind, "hội nghị tổng kết", ReviewKind.FINAL),
            (UnitKind, "UBND", UnitKind.PEOPLES_COMMITTEE),
            (UnitKind, "Thành ủy", UnitKind.PARTY_COMMITTEE),
            (UnitKind, "Ban Chỉ đạo", UnitKind.STEERING_COMMITTEE),
            (UnitKind, "đồn biên phòng", UnitKind.ARMED_FORCES_UNIT),
            (Qualifier, "trên", Qualifier.OVER),
            (Qualifier, "xấp xỉ", Qualifier.ABOUT),
            (DocumentType, "Chỉ thị", DocumentType.DIRECTIVE),
            (DocumentType, "ke hoach", DocumentType.PLAN),
        ],
    )
    def test_other_wordings(self, vocabulary: type[Term], wording: str, expected: Term) -> None:
        """Each vocabulary accepts the words reports use for its members."""
        assert vocabulary.parse(wording) is expected

    def test_member_passes_through(self) -> None:
        """Parsing a member returns it unchanged."""
        assert Field.parse(Field.ECONOMY) is Field.ECONOMY

    def test_unknown_names_text_and_codes(self) -> None:
        """Unknown text raises UnknownTermError naming the text and the accepted codes."""
        with pytest.raises(UnknownTermError) as info:
            Field.parse("thể thao")
        assert info.value.value == "thể thao"
        assert info.value.accepted == (
            "economy",
            "culture_society",
            "defence_security",
            "political_system",
        )
        assert "thể thao" in str(info.value)
        assert isinstance(info.value, ValueError)

    def test_not_a_string(self) -> None:
        """A non-string is an unknown term, not a TypeError from deep inside."""
        with pytest.raises(UnknownTermError):
            Field.parse(3)  # type: ignore[arg-type]

    def test_huge_text_is_refused_quickly(self) -> None:
        """100 kB of text is no term."""
        with pytest.raises(UnknownTermError):
            Field.parse("kinh tế " * 12_500)


class TestOrder:
    def test_recognition_levels_ascend(self) -> None:
        """grassroots < district < province < central."""
        assert (
            RecognitionLevel.GRASSROOTS
            < RecognitionLevel.DISTRICT
            < RecognitionLevel.PROVINCE
            < RecognitionLevel.CENTRAL
        )

    def test_max_picks_the_highest(self) -> None:
        """max() of recognitions is the top level reached."""
        levels = [RecognitionLevel.DISTRICT, RecognitionLevel.GRASSROOTS]
        assert max(levels) is RecognitionLevel.DISTRICT
        assert sorted([RecognitionLevel.CENTRAL, RecognitionLevel.GRASSROOTS])[0] is (
            RecognitionLevel.GRASSROOTS
        )

    def test_comparisons_are_total(self) -> None:
        """<=, >= and > agree with <."""
        assert RecognitionLevel.PROVINCE >= RecognitionLevel.PROVINCE
        assert RecognitionLevel.PROVINCE <= RecognitionLevel.CENTRAL
        assert RecognitionLevel.CENTRAL > RecognitionLevel.DISTRICT
        assert AdminLevel.VILLAGE < AdminLevel.COMMUNE < AdminLevel.DISTRICT

    def test_different_vocabularies_do_not_compare(self) -> None:
        """An admin level and a recognition level are not comparable."""
        with pytest.raises(TypeError):
            _ = AdminLevel.PROVINCE < RecognitionLevel.CENTRAL  # type: ignore[operator]
        with pytest.raises(TypeError):
            _ = AdminLevel.PROVINCE <= RecognitionLevel.CENTRAL  # type: ignore[operator]
        with pytest.raises(TypeError):
            _ = AdminLevel.PROVINCE > RecognitionLevel.CENTRAL  # type: ignore[operator]
        with pytest.raises(TypeError):
            _ = AdminLevel.PROVINCE >= RecognitionLevel.CENTRAL  # type: ignore[operator]

    def test_ordered_members_are_hashable(self) -> None:
        """Levels can key dictionaries."""
        assert {RecognitionLevel.PROVINCE: 1}[RecognitionLevel.parse("cấp tỉnh")] == 1

    @pytest.mark.parametrize(
        ("admin", "recognition"),
        [
            (AdminLevel.VILLAGE, RecognitionLevel.GRASSROOTS),
            (AdminLevel.COMMUNE, RecognitionLevel.GRASSROOTS),
            (AdminLevel.DISTRICT, RecognitionLevel.DISTRICT),
            (AdminLevel.PROVINCE, RecognitionLevel.PROVINCE),
            (AdminLevel.CENTRAL, RecognitionLevel.CENTRAL),
        ],
    )
    def test_recognition_for_admin_level(
        self, admin: AdminLevel, recognition: RecognitionLevel
    ) -> None:
        """A body recognises at most at the level of its tier."""
        assert RecognitionLevel.for_admin_level(admin) is recognition


class TestDocumentType:
    def test_party_and_state_abbreviations_differ_for_regulation(self) -> None:
        """A regulation is QĐi for the Party and QyĐ for the state."""
        assert DocumentType.REGULATION.party_abbr == "QĐi"
        assert DocumentType.REGULATION.state_abbr == "QyĐ"

    def test_systems(self) -> None:
        """Each type knows the systems that use it."""
        armed = DocumentSystem.ARMED_FORCES  # numbered in the state's form
        assert DocumentType.DIRECTIVE.systems == {DocumentSystem.PARTY, DocumentSystem.STATE, armed}
        assert DocumentType.CONCLUSION.systems == {DocumentSystem.PARTY}
        assert DocumentType.DECREE.systems == {DocumentSystem.STATE, armed}
        assert armed not in DocumentType.OFFICIAL_LETTER.systems

    def test_tt_means_different_things(self) -> None:
        """TT is a Party thông tri but a state circular."""
        assert DocumentType.from_abbreviation("TT", DocumentSystem.PARTY) is (
            DocumentType.INSTRUCTION
        )
        assert DocumentType.from_abbreviation("TT", DocumentSystem.STATE) is DocumentType.CIRCULAR

    def test_abbreviation_without_diacritics(self) -> None:
        """QD and qđ are both decisions."""
        assert DocumentType.from_abbreviation("QD", DocumentSystem.STATE) is DocumentType.DECISION
        assert DocumentType.from_abbreviation("qđ", DocumentSystem.PARTY) is DocumentType.DECISION


def test_inventory_is_found_in_the_code() -> None:
    """The vocabularies under test include those defined beside the entities that use them."""
    names = {v.__name__ for v in VOCABULARIES}
    assert {"Field", "CountingRule", "Severity", "Mark", "ReferenceKind", "ChangeKind"} <= names
    assert len(VOCABULARIES) >= 23


class TestFieldWordings:
    @pytest.mark.parametrize(
        ("wording", "expected"),
        [
            ("xây dựng hệ thống chính trị vững mạnh", (Field.POLITICAL_SYSTEM,)),
            ("xây dựng hệ thống chính trị trong sạch, vững mạnh", (Field.POLITICAL_SYSTEM,)),
            ("an ninh chính trị – trật tự an toàn xã hội", (Field.DEFENCE_SECURITY,)),
            ("kinh tế – văn hóa xã hội", (Field.ECONOMY, Field.CULTURE_SOCIETY)),
            ("lĩnh vực kinh tế và quốc phòng - an ninh", (Field.ECONOMY, Field.DEFENCE_SECURITY)),
            ("văn hóa - xã hội", (Field.CULTURE_SOCIETY,)),
        ],
    )
    def test_report_wordings(self, wording: str, expected: tuple[Field, ...]) -> None:
        """One field, or each field of a merged bucket, as reports word them."""
        from danvan import parse_fields

        assert parse_fields(wording) == expected

    def test_words_that_name_no_field(self) -> None:
        """A bucket with a word that is no field is refused, naming the text."""
        from danvan import parse_fields

        with pytest.raises(UnknownTermError, match="thể thao"):
            parse_fields("thể thao và kinh tế")


class TestCityLevel:
    def test_city_level_is_ambiguous_without_its_city(self) -> None:
        """'cấp thành phố' names district or province level: the error says how to choose."""
        from danvan import AdminLevel, RecognitionLevel
        from danvan.exceptions import AmbiguousTermError

        with pytest.raises(AmbiguousTermError, match="city=AdminLevel"):
            RecognitionLevel.parse("mô hình cấp thành phố")
        provincial_city = RecognitionLevel.parse("cấp thành phố", city=AdminLevel.DISTRICT)
        assert provincial_city is RecognitionLevel.DISTRICT
        central_city = RecognitionLevel.parse("Cấp Thành phố", city=AdminLevel.PROVINCE)
        assert central_city is RecognitionLevel.PROVINCE

    def test_region_sits_between_province_and_centre(self) -> None:
        """A military region spans provinces; its recognitions count at province level."""
        from danvan import AdminLevel, RecognitionLevel

        assert AdminLevel.PROVINCE < AdminLevel.parse("quân khu") < AdminLevel.CENTRAL
        assert RecognitionLevel.for_admin_level(AdminLevel.REGION) is RecognitionLevel.PROVINCE
