"""The rules danvan checks a dataset against unless told otherwise.

Each is a :class:`~danvan.Rule` value: its code, what it compares, its severity and its
messages in Vietnamese and English; docs/counting.md lists what each asks.
"""

from __future__ import annotations

from danvan._rules import Rule, Severity

#: The parts of a complete breakdown add up to its total (applied by its sides).
BREAKDOWN_SUM = Rule(
    code="breakdown_sum",
    left="sum(parts)",
    op="=",
    right="total",
    severity=Severity.ERROR,
    breakdowns="complete",
    message_vi="các phần của một cơ cấu đầy đủ phải cộng lại bằng tổng",
    message_en="the parts of a complete breakdown must add up to the total",
)
#: The parts of a partial breakdown do not exceed its total (applied by its sides).
PARTS_NOT_ABOVE_TOTAL = Rule(
    code="parts_not_above_total",
    left="sum(parts)",
    op="<=",
    right="total",
    severity=Severity.ERROR,
    breakdowns="partial",
    message_vi="các phần cộng lại vượt quá tổng",
    message_en="the parts add up to more than the total",
)
#: No part exceeds its total (applied by its sides).
PART_NOT_ABOVE_TOTAL = Rule(
    code="part_not_above_total",
    left="part",
    op="<=",
    right="total",
    severity=Severity.ERROR,
    message_vi="một phần lớn hơn tổng",
    message_en="a part is larger than its total",
)
#: No more recognised than registered, cell by cell (applied by its sides).
RECOGNISED_NOT_ABOVE_REGISTERED = Rule(
    code="recognised_not_above_registered",
    left="recognised",
    op="<=",
    right="registered",
    severity=Severity.WARNING,
    message_vi=(
        "số được công nhận lớn hơn số đăng ký: báo cáo có lẽ đếm mỗi lượt công nhận (một mô "
        "hình được công nhận ở cấp xã rồi cấp huyện được tính hai lần), hoặc công nhận cả mô "
        "hình đăng ký từ kỳ trước; nếu mỗi mô hình đếm một lần và trong cùng kỳ thì không thể"
    ),
    message_en=(
        "more recognised than registered: the report probably counts every recognition (a "
        "model recognised by the commune and then the district counts twice), or recognises "
        "models registered in an earlier period; impossible when each model counts once, "
        "within one period"
    ),
)
#: A figure "among" another (``subset_of``) is not above it (applied by its sides).
SUBSET_NOT_ABOVE_SET = Rule(
    code="subset_not_above_set",
    left="subset",
    op="<=",
    right="superset",
    severity=Severity.ERROR,
    message_vi="số liệu nằm trong một số liệu khác lại lớn hơn số đó",
    message_en="a figure said to be among another is larger than it",
)
#: A figure that restates another (``restates``) can be the same quantity (applied by its
#: sides): "hơn 310" and 318 can, 310 and 318 cannot.
RESTATEMENT_CONSISTENT = Rule(
    code="restatement_consistent",
    left="restatement",
    op="=",
    right="restated",
    severity=Severity.ERROR,
    message_vi="hai cách viết của cùng một số liệu trong báo cáo không thể cùng đúng",
    message_en="two wordings of one quantity in the report cannot both be true",
)
#: A part measures what its total measures, in the same unit. Applied by its code: it
#: compares what figures are, not their values.
PART_MEASURES_ITS_TOTAL = Rule(
    code="part_measures_its_total",
    left="part measure",
    op="=",
    right="total measure",
    severity=Severity.WARNING,
    message_vi=(
        "một phần không đo cùng chỉ tiêu, cùng đơn vị hoặc không cùng phong trào với tổng của nó"
    ),
    message_en=("a part does not measure what its total measures, in the same unit and programme"),
)
#: A coverage figure does not exceed its denominator: "9/8 huyện" cannot be. Applied by
#: its code: the denominator is the figure's own ``out_of``.
COVERAGE_NOT_ABOVE_UNITS = Rule(
    code="coverage_not_above_units",
    left="coverage",
    op="<=",
    right="units",
    severity=Severity.ERROR,
    message_vi="số đơn vị có mô hình vượt quá số đơn vị",
    message_en="more units with a model than there are units",
)
#: Nor the units of its tier the dataset lists under its scope. A warning: a dataset may
#: list only some of them (the units its models and reports name), and then it is no
#: fault of the report. Applied by its code: counting the units needs the hierarchy.
COVERAGE_NOT_ABOVE_UNITS_LISTED = Rule(
    code="coverage_not_above_units_listed",
    left="coverage",
    op="<=",
    right="units listed",
    severity=Severity.WARNING,
    message_vi=(
        "số đơn vị có mô hình vượt quá số đơn vị mà dữ liệu liệt kê: báo cáo sai, hoặc dữ "
        "liệu chưa liệt kê đủ các đơn vị"
    ),
    message_en=(
        "more units with a model than the dataset lists there: the report is wrong, or the "
        "dataset lists only some of the units"
    ),
)
#: Two reports of one quantity can both be true. Applied by its code: it pairs figures
#: across reports, where the rules on two sides pair them within one.
SAME_QUANTITY = Rule(
    code="same_quantity_consistent",
    left="figure",
    op="=",
    right="figure",
    severity=Severity.ERROR,
    message_vi="hai nguồn báo cáo cùng một số liệu với giá trị không thể cùng đúng",
    message_en="two sources report one quantity with values that cannot both be true",
)
#: A model's events lie inside its phase. Applied by its code: it reads dates of events,
#: not figures.
EVENTS_IN_PHASE = Rule(
    code="events_in_phase",
    left="event date",
    op=">=",
    right="phase start",
    severity=Severity.WARNING,
    message_vi="sự kiện của mô hình nằm ngoài giai đoạn của nó",
    message_en="a model's event lies outside its phase",
)
#: Each field holds at least a tenth of a complete breakdown by field. Applied by its
#: code: a share of a breakdown is no figure of the report.
FIELD_BALANCE = Rule(
    code="field_balance",
    left="share of a field",
    op=">=",
    right="threshold",
    severity=Severity.INFO,
    message_vi="lĩnh vực có ít mô hình",
    message_en="few models in a field",
)
#: A commendation figure does not add award batches of different movements. Applied by
#: its code: it reads the report's award batches, not figures.
AWARDS_ONE_MOVEMENT = Rule(
    code="awards_one_movement",
    left="commended",
    op="=",
    right="awards of one movement",
    severity=Severity.ERROR,
    message_vi="số khen thưởng cộng gộp các đợt khen của những phong trào khác nhau",
    message_en="a commendation figure adds up award batches of different movements",
)
#: One award batch is listed once: two reports of one area that list batches alike in
#: every respect (form, giver, status, programme, counts; days and decisions that do not
#: differ) may tell one batch twice, under two ids, and the award totals add it twice.
#: Applied by its code: it reads award batches, not figures.
AWARDS_LISTED_ONCE = Rule(
    code="awards_listed_once",
    left="award batch",
    op="<",
    right="batches alike of another report",
    severity=Severity.WARNING,
    message_vi="hai báo cáo nêu hai đợt khen giống hệt nhau: có thể là một đợt được kể hai "
    "lần, mà tổng khen thưởng cộng hai lần",
    message_en="two reports list award batches alike in every respect: perhaps one batch "
    "told twice, which the award totals add twice",
)
#: An award batch of one report is not already in a batch alike of another report of the
#: same area over a longer time: a five-year report's "UBND tỉnh tặng Bằng khen cho 156 tập
#: thể" may count the 20 of that year's report, and the award totals add both. Applied by
#: its code: it reads award batches and the periods of their reports.
AWARDS_NOT_NESTED = Rule(
    code="awards_not_nested",
    left="award batch",
    op="<",
    right="batch alike of a longer report",
    severity=Severity.WARNING,
    message_vi="đợt khen của báo cáo một khoảng thời gian dài hơn có thể đã gồm đợt khen giống "
    "nó của báo cáo trong khoảng ấy, mà tổng khen thưởng cộng cả hai",
    message_en="an award batch of a report over a longer time may already count a batch "
    "alike of a report within it, which the award totals add too",
)
#: The figures of the periods within a period add up to its figure (a flow's, in one
#: report): to it when they cover it, else to no more. Applied by its code.
PERIODS_ADD_UP = Rule(
    code="periods_add_up",
    left="sum(periods within)",
    op="=",
    right="figure of the whole period",
    severity=Severity.ERROR,
    message_vi="các số liệu của từng khoảng thời gian trong một kỳ không khớp với số liệu của "
    "cả kỳ: phủ kín kỳ thì phải cộng lại bằng, chưa phủ kín thì không được vượt quá",
    message_en="the figures of the periods within a period do not agree with the figure of "
    "the whole period: covering it they must add up to it, covering part of it they must not "
    "exceed it",
)
#: A review is held after the period it reviews began. Applied by its code: it reads
#: dates of reviews, not figures.
REVIEW_AFTER_START = Rule(
    code="review_after_period_start",
    left="held on",
    op=">=",
    right="period start",
    severity=Severity.ERROR,
    message_vi="hội nghị diễn ra trước khi kỳ được đánh giá bắt đầu",
    message_en="the review was held before the period it reviews began",
)

#: A percentage is within 0-100 % and agrees with the counts it restates as a share of
#: its base ("270/318 mô hình, đạt 84,9%"), allowing for rounding and qualifiers.
PERCENT_CONSISTENT = Rule(
    code="percent_consistent",
    left="percent",
    op="=",
    right="count / base",
    severity=Severity.ERROR,
    message_vi="tỷ lệ phần trăm ngoài 0-100% hoặc không khớp với số liệu của nó",
    message_en="a percentage outside 0-100 % or at odds with the counts it restates",
)

#: The rules :func:`check` applies unless told otherwise.
BUILTIN_RULES: tuple[Rule, ...] = (
    BREAKDOWN_SUM,
    PARTS_NOT_ABOVE_TOTAL,
    PART_NOT_ABOVE_TOTAL,
    PART_MEASURES_ITS_TOTAL,
    RECOGNISED_NOT_ABOVE_REGISTERED,
    SUBSET_NOT_ABOVE_SET,
    RESTATEMENT_CONSISTENT,
    COVERAGE_NOT_ABOVE_UNITS,
    COVERAGE_NOT_ABOVE_UNITS_LISTED,
    SAME_QUANTITY,
    PERCENT_CONSISTENT,
    EVENTS_IN_PHASE,
    REVIEW_AFTER_START,
    AWARDS_ONE_MOVEMENT,
    AWARDS_LISTED_ONCE,
    AWARDS_NOT_NESTED,
    PERIODS_ADD_UP,
    FIELD_BALANCE,
)
