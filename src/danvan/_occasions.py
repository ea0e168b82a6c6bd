"""The vocabularies of occasions: the forms awards take and the kinds of review."""

from __future__ import annotations

from danvan._terms import Term

__all__ = ["AwardForm", "ReviewKind"]


class AwardForm(Term):
    """A form of commendation (hình thức khen thưởng), highest first.

    Emulation titles (danh hiệu thi đua: Chiến sĩ thi đua, Cờ thi đua, Lao động tiên
    tiến …) are not award forms and are not members here.
    """

    ORDER = ("order", "Huân chương", "order")
    MEDAL = ("medal", "Huy chương", "medal")
    STATE_HONORARY_TITLE = (
        "state_honorary_title",
        "danh hiệu vinh dự Nhà nước",
        "state honorary title",
    )
    HO_CHI_MINH_PRIZE = ("ho_chi_minh_prize", "Giải thưởng Hồ Chí Minh", "Ho Chi Minh Prize")
    STATE_PRIZE = ("state_prize", "Giải thưởng Nhà nước", "State Prize")
    COMMEMORATIVE_MEDAL = ("commemorative_medal", "Kỷ niệm chương", "commemorative medal")
    PRIME_MINISTER_CERTIFICATE = (
        "prime_minister_certificate",
        "Bằng khen của Thủ tướng Chính phủ",
        "Prime Minister's certificate of merit",
    )
    CERTIFICATE_OF_MERIT = ("certificate_of_merit", "Bằng khen", "certificate of merit")
    CERTIFICATE_OF_COMMENDATION = (
        "certificate_of_commendation",
        "Giấy khen",
        "certificate of commendation",
    )


class ReviewKind(Term):
    """What a review conference or report looks back on."""

    ANNUAL = ("annual", "tổng kết năm", "annual review", "hằng năm", "sơ kết năm", "năm")
    EVALUATION = (
        "evaluation",
        "đánh giá kết quả thực hiện",
        "evaluation after N years",
        "đánh giá",
        "đánh giá N năm thực hiện",
    )
    MID_TERM = ("mid_term", "sơ kết", "mid-term review", "sơ kết giữa kỳ")
    FINAL = ("final", "tổng kết", "final review", "tổng kết giai đoạn")
    HONOURING = (
        "honouring",
        "biểu dương, tôn vinh",
        "honouring ceremony",
        "biểu dương",
        "tôn vinh",
    )
    THEMATIC = ("thematic", "chuyên đề", "thematic review")
    LESSONS_LEARNED = (
        "lessons_learned",
        "rút kinh nghiệm",
        "lessons-learned conference",
        "hội nghị rút kinh nghiệm",
    )
    CONTEST = ("contest", "hội thi", "contest", "cuộc thi")
    APPRAISAL = (
        "appraisal",
        "bình xét, công nhận",
        "appraisal session",
        "bình xét",
        "thẩm định",
        "xét công nhận",
    )

    @classmethod
    def _noise(cls) -> tuple[str, ...]:
        return ("hoi nghi",)
