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
