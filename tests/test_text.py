"""fold() and slugify(): the keys every Vietnamese comparison goes through."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from danvan import fold, slugify


class TestFold:
    def test_strips_diacritics_and_case(self) -> None:
        """Tones, vowel marks and case do not matter."""
        assert fold("Ban Thường vụ Tỉnh ủy") == "ban thuong vu tinh uy"

    def test_d_bar_becomes_d(self) -> None:
        """đ and Đ fold to d, and so does the look-alike Latin eth."""
        assert fold("Đảng ủy") == fold("Ðảng ủy") == "dang uy"

    def test_old_and_new_tone_placement_agree(self) -> None:
        """hoá and hóa are the same word."""
        assert fold("văn hoá") == fold("văn hóa")

    def test_composed_and_decomposed_agree(self) -> None:
        """NFC and NFD input give the same key."""
        text = "Dân vận khéo"
        assert fold(unicodedata.normalize("NFD", text)) == fold(text) == "dan van kheo"

    def test_collapses_white_space(self) -> None:
        """Runs of spaces, tabs and newlines become one space."""
        assert fold("  giai đoạn\t2021 -\n2025 ") == "giai doan 2021 - 2025"

    @given(st.text())
    def test_is_idempotent(self, text: str) -> None:
        """Folding a folded key changes nothing."""
        assert fold(fold(text)) == fold(text)


class TestSlugify:
    def test_seed_unit_names(self) -> None:
        """Unit names from the seed reports make readable ids."""
        assert slugify("Thành phố Sơn La") == "thanh-pho-son-la"
        assert slugify("Đồn Biên phòng Mường Lạn") == "don-bien-phong-muong-lan"

    def test_punctuation_only(self) -> None:
        """Text without letters or digits gives an empty slug."""
        assert slugify(" – / ") == ""

    @given(st.text())
    def test_slug_alphabet(self, text: str) -> None:
        """A slug holds only lowercase ASCII letters, digits and inner hyphens."""
        slug = slugify(text)
        assert all(c.isascii() and (c.isalnum() or c == "-") for c in slug)
        assert slug == slug.lower()
        assert not slug.startswith("-")
        assert not slug.endswith("-")


#: Composed Vietnamese letters, both cases, with odd spaces and dashes.
LETTERS = sorted(
    {
        c
        for c in unicodedata.normalize("NFC", "Đảng ủy Văn hoá Xã hội Quốc phòng An ninh Chiềng Lề")
        + unicodedata.normalize("NFC", "ỰỨỪỮỬựứừữửẶẮẰẴẲặắằẵẳỆẾỀỄỂệếềễể\u00a0\u2013-")
        if not unicodedata.combining(c)
    }
)


class TestOneFoldTable:
    @given(st.text(alphabet=st.sampled_from(LETTERS)))
    def test_fold_each_keeps_offsets_and_agrees_with_fold(self, text: str) -> None:
        """On Vietnamese letters the offset-keeping fold is fold without the spacing."""
        from danvan._text import fold_each

        composed = unicodedata.normalize("NFC", text)
        assert len(fold_each(composed)) == len(composed)
        assert " ".join(fold_each(composed).split()) == fold(text)

    def test_symbols_and_extraction_read_the_same_dashes(self) -> None:
        """An en dash or a non-breaking space reads the same in a symbol and in running text."""
        from danvan import DocumentSymbol, find_references

        written = "Chỉ thị số 11\u2013CT/TU"
        assert str(DocumentSymbol.parse("11\u2013CT/TU")) == "11-CT/TU"
        assert [str(r.symbol) for r in find_references(written)] == ["11-CT/TU"]


class TestLanguages:
    """One Lang, one check: an unknown language is the same error everywhere."""

    def test_unknown_language_is_one_error(self) -> None:
        """Labels, counts, numbers, rule messages, summaries and charts refuse 'fr' alike."""
        import pytest

        from danvan import Count, Field, Rule, Severity, Table, load_example, summarize
        from danvan._numbers import format_number
        from danvan.exceptions import UnknownTermError

        rule = Rule(
            code="r",
            left="recognised",
            op="<=",
            right="registered",
            severity=Severity.INFO,
            message_vi="x",
            message_en="x",
        )
        summary = summarize(load_example())
        calls = [
            lambda: Field.ECONOMY.label("fr"),  # type: ignore[arg-type]
            lambda: Count(5).format("fr"),  # type: ignore[arg-type]
            lambda: format_number(5, "fr"),  # type: ignore[arg-type]
            lambda: rule.message("fr"),  # type: ignore[arg-type]
            lambda: summary.to_text("fr"),  # type: ignore[arg-type]
            lambda: summary.to_dict("fr"),  # type: ignore[arg-type]
            lambda: summary.to_csv("fr"),  # type: ignore[arg-type]
            lambda: Table([]).plot("field", lang="fr"),  # type: ignore[arg-type]
        ]
        for call in calls:
            with pytest.raises(UnknownTermError, match="no language is called this") as caught:
                call()
            assert caught.value.value == "fr"
