# Test articles ta01-ta08 (whole articles).

ART("ta01",
    D("Nghị định số 75/2024/NĐ-CP", "Nghị định", "75/2024/NĐ-CP"),
    P("80%", None, per="tính đến 14h ngày 2/7", q="gần"),
    O("Phó Giám đốc Bảo hiểm xã hội TP. Hà Nội Lê Văn Long", "Lê Văn Long", title="Phó Giám đốc",
      org="Bảo hiểm xã hội TP. Hà Nội"),
    P("15%", "+"),
    P("15%", "+", occ=1, per="từ ngày 1/7/2024", ps="2024-07-01"),
    )

ART("ta02",
    O("Bộ trưởng Thương mại Australia - Steven Ciobo", "Steven Ciobo", title="Bộ trưởng Thương mại", org="Australia"),
    D("Hiệp định đối tác Xuyên Thái Bình Dương", "Hiệp định", None, iss=None),
    O("Tổng thống Mỹ - Donald Trump", "Donald Trump", title="Tổng thống", org="Mỹ"),
    O("Thủ tướng Australia - Malcolm Turnbull", "Malcolm Turnbull", title="Thủ tướng", org="Australia"),
    O("Thủ tướng Nhật Bản - Shinzo Abe", "Shinzo Abe", title="Thủ tướng", org="Nhật Bản"),
    P("85%", None, q="ít nhất"),
    D("Hiệp định Đối tác Kinh tế Toàn diện Khu vực", "Hiệp định", None, iss=None),
    )

ART("ta03",
    P("từ 4,37% - 262,18%", None, per="từ tháng 4/2020 đến nay", ps="2020-04-01"),
    P("từ 13,33% - 293,45%", None, per="từ tháng 4/2020 đến nay", ps="2020-04-01"),
    )

ART("ta04",
    O("Bộ trưởng Quốc phòng Mỹ James Mattis", "James Mattis", title="Bộ trưởng Quốc phòng", org="Mỹ"),
    )
