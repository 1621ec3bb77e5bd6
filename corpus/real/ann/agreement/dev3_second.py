# dev3 second annotator (agreement): sentences g0001–g0010, g0101–g0110, g0201–g0210, g0301–g0310; articles ga01, ga05

X("g0001",
  P("4,9%", "+", per="cuối năm 2015", ps="2015-01-01", pe="2015-12-31"),
  P("3,8%", "+", per="cuối năm 2015", ps="2015-01-01", pe="2015-12-31"),
  S("hàng tiêu dùng nhanh", None, opt=True))
X("g0002")
X("g0003",
  S("điện tử dân dụng", "C26", opt=True))
X("g0004",
  S("tài chính", "K", codes=["K64", "K65", "K66"], opt=True),
  S("ngân hàng", "K64"),
  S("chứng khoán", "K66"),
  S("bảo hiểm", "K65"))
X("g0005",
  S("du lịch", None, codes=["I55", "N79"], opt=True))
X("g0006",
  D("Luật Đất đai năm 2024", "Luật", None))
X("g0007",
  P("50%", "-", per="năm 2020"),
  P("80%", None, per="hiện nay", q="gần"))
X("g0008")
X("g0009")
X("g0010",
  D("Nghị định 148/2020", "Nghị định", "148/2020", iss="Chính phủ", date="2020-12-18"),
  D("Luật Đất đai 2013", "Luật", None))
X("g0101",
  D("Luật Thuế Giá trị gia tăng", "Luật", None))
X("g0102",
  P("0,3-0,5%", "-", per="cuối tháng 9/2016", ps="2016-09-01", pe="2016-09-30"),
  P("0,5-1%", "-", per="cuối tháng 9/2016", ps="2016-09-01", pe="2016-09-30"))
X("g0103")
X("g0104",
  O("Thứ trưởng Lê Công Thành", "Lê Công Thành", title="Thứ trưởng", org="Bộ Nông nghiệp và Môi trường"))
X("g0105",
  S("sản xuất", "C"),
  S("vận tải", "H", codes=["H49", "H50", "H51"]),
  S("bán lẻ", "G47"))
X("g0106",
  D("Nghị định số 49/2017", "Nghị định", "49/2017"))
X("g0107",
  S("vận tải", "H", codes=["H49", "H50", "H51"], opt=True),
  P("0,2 - 1,4%", "+", sec="H", q="khoảng"))
X("g0108",
  D("Thông\xa0tư số\xa065", "Thông tư", "65"),
  D("Thông tư số\xa0149/2014/TT-BTC", "Thông tư", "149/2014/TT-BTC", date="2014-10-10"))
X("g0109",
  O("Chủ tịch nước Lương Cường", "Lương Cường", title="Chủ tịch nước"))
X("g0110")

X("g0201",
  P("70%", None))
X("g0202")
X("g0203",
  S("chế biến", "C10", opt=True))
X("g0204",
  S("bất động sản", "L68"))
X("g0205",
  S("thăm dò khai thác dầu khí", "B06"))
X("g0206")
X("g0207",
  P("13%", None))
X("g0208",
  P("522%", None),
  S("chế tạo xe hơi", "C29"),
  S("xây dựng", "F"))
X("g0209")
X("g0210")

X("g0301")
X("g0302",
  S("kinh tế biển", None, opt=True),
  S("kinh tế cửa khẩu", None, opt=True),
  S("logistics", "H52"),
  S("giao thương quốc tế", "G46", opt=True))
X("g0303",
  P("36%", None),
  S("bất động sản", "L68", opt=True),
  P("23%", None),
  S("bất động sản", "L68", occ=1, opt=True),
  P("19%", None),
  S("bất động sản", "L68", occ=2, opt=True))
X("g0304",
  S("chứng khoán", "K66"),
  S("thời trang", "C14", opt=True),
  O("Chủ tịch phụ trách mảng thời trang của thương hiệu Chanel, ông Bruno Pavlosky", "Bruno Pavlosky",
    hon="ông", title="Chủ tịch phụ trách mảng thời trang", org="Chanel"))
X("g0305",
  S("rau quả", "A01", opt=True),
  P("87,2%", "+", per="6 tháng đầu năm", cmp="so với cùng kỳ năm 2016", ps="2017-01-01", pe="2017-06-30"))
X("g0306")
X("g0307",
  O("TS Nguyễn Bách Tùng, Giám đốc Công ty TNHH MTV Thiết kế và tư vấn xây dựng công trình hàng không ADCC",
    "Nguyễn Bách Tùng", pre="TS", title="Giám đốc",
    org="Công ty TNHH MTV Thiết kế và tư vấn xây dựng công trình hàng không ADCC"))
X("g0308",
  P("2%", "+"))
X("g0309",
  O("Đại tá Đào Vịnh Thắng, Trưởng phòng CSGT (PC67) Công an TP Hà Nội", "Đào Vịnh Thắng", pre="Đại tá",
    title="Trưởng phòng", org="Phòng CSGT (PC67) Công an TP Hà Nội"))
X("g0310")

ART("ga01",
    P("0,10%", "-", at="tương đương giảm 0,10%"),
    P("0,06%", "-"),
    P("0,62%", "+"),
    P("0,50%", "+"),
    P("2,54%", "+"),
    S("kinh doanh xăng dầu", "G", codes=["G46", "G47"], opt=True),
    per="giữa kỳ điều hành giá ngày 07/3/2024 và kỳ điều hành ngày 14/3/2024",
    ps="2024-03-07", pe="2024-03-14")

ART("ga05",
    D("Thông tư số 10/2025/TT-BTC", "Thông tư", "10/2025/TT-BTC", mentions=("Thông tư này",)),
    P("85%", None),
    P("15%", None),
    D("Nghị định số 82/2023/NĐ-CP", "Nghị định", "82/2023/NĐ-CP"),
    D("Nghị định số 120/2016/NĐ-CP", "Nghị định", "120/2016/NĐ-CP"),
    D("Luật Phí và lệ phí", "Luật", None))
