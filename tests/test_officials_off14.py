"""Officials: deputies' short posts fused with their unit, a headline's short body, plant and exchange bodies, a
unit named by an acronym, a remit as a post (made-up sentences)."""

import pytest

# through the whole pipeline: (text, [(name, honorific, title, organization)])
PIPELINE_CASES_OFF14 = [
    # 'Phó Ban', 'Phó phòng': a deputy's short post, fused with its unit
    (
        "Ông Hà Văn Lực – Phó Ban Kinh tế của Hội đồng nhân dân tỉnh Bình Lâm cho biết.",
        [("Hà Văn Lực", "ông", "Phó Ban", "Ban Kinh tế của Hội đồng nhân dân tỉnh Bình Lâm")],
    ),
    (
        "Bà Lý Thị Thoa, Phó phòng Quản lý đô thị, Sở Xây dựng tỉnh Hòa Lâm, cho biết.",
        [("Lý Thị Thoa", "bà", "Phó phòng", "Phòng Quản lý đô thị, Sở Xây dựng tỉnh Hòa Lâm")],
    ),
    # a headline names the body by its place; the body text's mention of the same post gives it whole
    (
        (
            "Chủ tịch Bình Lâm Trần Quốc Vĩnh thị sát đê\nSáng nay, ông Trần Quốc Vĩnh - Chủ tịch UBND tỉnh Bình Lâm "
            "đã kiểm tra tuyến đê."
        ),
        [("Trần Quốc Vĩnh", "ông", "Chủ tịch", "UBND tỉnh Bình Lâm")],
    ),
    # a plant ('xí nghiệp') and an exchange ('sàn') are bodies, named in lower case with their trade
    (
        "Bị cáo Đào Thị Hằng (nguyên Giám đốc xí nghiệp chế biến nông sản Hòa Lợi) bị truy tố.",
        [("Đào Thị Hằng", None, "Giám đốc", "xí nghiệp chế biến nông sản Hòa Lợi")],
    ),
    (
        "Ông Vũ Đình Khang, Chủ tịch sàn thương mại điện tử Shopzy, cho biết đơn hàng tăng.",
        [("Vũ Đình Khang", "ông", "Chủ tịch", "sàn thương mại điện tử Shopzy")],
    ),
    # a unit named by an acronym after its head's post takes its word back
    (
        "Ông Mai Xuân Hòa, Trưởng phòng QLĐT thuộc Sở Xây dựng tỉnh Hòa Lâm, cho biết.",
        [("Mai Xuân Hòa", "ông", "Trưởng phòng", "Phòng QLĐT thuộc Sở Xây dựng tỉnh Hòa Lâm")],
    ),
    # a remit ('phụ trách') with a body is the post of a person it follows; after another post it is that post's
    # remit; with no body it is a verb
    (
        (
            "Ông Peter Walden, phụ trách tài chính của Cloudex, cho biết chi phí sẽ tăng. Bà Lê Thu Hà, "
            "Phó Giám đốc Sở Tài chính tỉnh Hòa Lâm, phụ trách ngân sách, cho biết. Nhóm kế toán Đỗ Thị Lành, "
            "phụ trách cho Hồ Văn Tư, thuê căn hộ."
        ),
        [
            ("Peter Walden", "ông", "phụ trách tài chính", "Cloudex"),
            ("Lê Thu Hà", "bà", "Phó Giám đốc", "Sở Tài chính tỉnh Hòa Lâm"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", PIPELINE_CASES_OFF14)
def test_officials_off14_pipeline(facts, text, expected):
    got = [(f["name"], f["honorific"], f["title"], f["organization"]) for f in facts(text, "officials")]
    assert got == expected
