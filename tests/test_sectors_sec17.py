"""Sector precision rules of round sec17: sector words inside bodies' names, "ngành" as a partner
administration, and things described as industrial.  Sentences made up for these tests."""

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        # a capitalised body's head, a few lower-case words describing its work, the sector, a capitalised end
        "Theo Hội môi giới bất động sản Phương Nam (HMP), giá thuê văn phòng đã tăng.",
        "Công ty TNHH Thương mại và vận tải du lịch Hồng Sơn bị xử phạt vì chở quá số người.",
        "Ông Đào Văn Khải đại diện Công ty xây lắp viễn thông Tây Sơn ký hợp đồng.",
        # a lower-case sector right after a capitalised head inside its sentence
        "Trạm kiểm định thuộc Tổng cục thủy sản. Kết quả được công bố trong tuần.",
        # a cooperative's name
        "Ông Lò Văn Tám là đại diện Hợp tác xã Công nghiệp thương mại Bình Minh, có trụ sở tại Sơn La.",
    ],
)
def test_sector_word_inside_a_body_name(facts, sentence):
    assert facts(sentence, "sectors") == []


@pytest.mark.parametrize(
    ("sentence", "code", "text"),
    [
        # a firm word between the head and the sector: a mention of the firms' industry, no name
        ("Hiệp hội đề nghị doanh nghiệp bất động sản Tây Nguyên giảm giá bán.", "L68", "bất động sản"),
        # a firm word as the capitalised head: the firm's industry
        ("Đoàn kiểm tra làm việc với Công ty đóng tàu và chủ tàu Phan Văn Lộc.", "C30", "đóng tàu"),
    ],
)
def test_a_mention_beside_a_body_stays(facts, sentence, code, text):
    got = facts(sentence, "sectors")
    assert [(f["code"], f["text"]) for f in got] == [(code, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở sẽ phối hợp với ngành tài chính thực hiện chi trả bồi thường cho các hộ dân.",
        "Đại biểu chất vấn lãnh đạo ngành nông nghiệp của thành phố về giá lợn hơi.",
    ],
)
def test_ngành_after_a_partner_or_head_is_the_administration(facts, sentence):
    assert facts(sentence, "sectors") == []


def test_ngành_of_no_administration_after_a_partner_stays(facts):
    got = facts("Các doanh nghiệp phối hợp với ngành du lịch để quảng bá điểm đến.", "sectors")
    assert [(f["text"], f["codes"]) for f in got] == [("du lịch", ["I55", "N79"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Công ty lắp đặt dây chuyền công nghiệp cho nhà máy chè Tân Cương.",
        "Hãng đang thử nghiệm phiên bản công nghiệp của loại pin mới.",
        "Công nhân được rèn luyện tác phong công nghiệp ngay từ tuần đầu.",
        "Các nước đang phát triển robot công nghiệp.",
        "Họ đầu tư máy móc nông nghiệp cho hợp tác xã.",
        "Nhóm kỹ sư thiết kế kiến trúc bán dẫn mới cho thiết bị.",
    ],
)
def test_things_described_as_industrial(facts, sentence):
    assert facts(sentence, "sectors") == []


def test_industry_as_a_sector_stays(facts):
    got = facts("Năm 2024, công nghiệp tăng 7,4%, xây dựng tăng 6,1%.", "sectors")
    assert [(f["text"], f["code"]) for f in got] == [("công nghiệp", None), ("xây dựng", "F")]


@pytest.mark.parametrize(
    "sentence",
    [
        # an administration's domain, the province's name, then an administration's act
        "Ngành nông nghiệp Quảng Bình đã có công văn gửi các xã ven biển.",
        "Ngành y tế Hà Tĩnh phối hợp với công an kiểm tra các nhà thuốc.",
    ],
)
def test_ngành_of_a_province_acting_is_the_administration(facts, sentence):
    assert facts(sentence, "sectors") == []


def test_ngành_of_a_province_as_an_industry_stays(facts):
    got = facts("Ngành nông nghiệp Quảng Bình tăng trưởng 3,5% trong năm.", "sectors")
    assert [(f["text"], f["code"]) for f in got] == [("nông nghiệp", "A")]


def test_sector_word_inside_a_title_cased_name(facts):
    sentence = "Lễ hội diễn ra tại Làng Văn hóa du lịch Tân Phước với nhiều hoạt động."
    assert facts(sentence, "sectors") == []


def test_sector_before_a_place_name_stays(facts):
    got = facts("Tỉnh phát triển du lịch Phú Quốc theo hướng bền vững.", "sectors")
    assert [(f["text"], f["codes"]) for f in got] == [("du lịch", ["I55", "N79"])]


def test_the_process_of_an_activity_is_no_sector(facts):
    assert facts("Nhà máy giảm phát thải trong quá trình công nghiệp và vận hành tòa nhà.", "sectors") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội chợ đón các đoàn nghệ nhân và cán bộ nông nghiệp của nhiều huyện.",
        "Bà Vi Thị Lan là tiếp viên hàng không của hãng từ năm 2015.",
    ],
)
def test_staff_named_after_a_sector(facts, sentence):
    assert facts(sentence, "sectors") == []


def test_staff_of_a_cued_sector_keep_it(facts):
    got = facts("Cán bộ, nhân viên ngành ngân hàng đã hỗ trợ khách hàng vay vốn.", "sectors")
    assert [(f["text"], f["code"]) for f in got] == [("ngân hàng", "K64")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong tháng 5, sản xuất thép cán nguội đạt 1,35 triệu tấn, giảm 4,2% so với tháng trước.",
        "Sản xuất điện tháng 8 đạt 712 triệu kWh, tăng 6,3% so với cùng kỳ.",
    ],
)
def test_an_output_figure_of_goods_is_no_sector(facts, sentence):
    assert facts(sentence, "sectors") == []
    assert all(p["sector"] is None for p in facts(sentence, "percentages"))


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # a cue word calls it the industry; money is no output of goods
        ("Ngành sản xuất thép năm nay đạt 30 triệu tấn.", "C24"),
        ("Doanh thu sản xuất thép đạt 20 nghìn tỷ đồng.", "C24"),
    ],
)
def test_an_industry_with_a_figure_stays(facts, sentence, code):
    assert [f["code"] for f in facts(sentence, "sectors")] == [code]
