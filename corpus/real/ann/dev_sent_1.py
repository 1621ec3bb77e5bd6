# Gold annotations, dev sentences d0001-d0200 (annotator dev_sent_1). Guide: ../shared/FACTS.md


def NN(text="nông nghiệp", **kw):
    return S(text, "A", codes=["A"], **kw)


def DL(text="du lịch", **kw):
    return S(text, None, codes=["I55", "N79"], **kw)


def CN(text="công nghiệp", **kw):
    return S(text, None, codes=["B", "C", "D", "E"], **kw)


def TS(text="thủy sản", trade=False, **kw):
    if trade:
        return S(text, None, codes=["A03", "C10"], **kw)
    return S(text, "A03", codes=["A03"], **kw)


def DM(text="dệt may", **kw):
    return S(text, "C", codes=["C13", "C14"], **kw)


def DV(text="dịch vụ", **kw):
    return S(text, None, codes=list("GHIJKLMNOPQRSTU"), **kw)


X("d0001", S("logistics", "H52", codes=["H52"]))
X("d0002", S("chứng khoán", "K66", codes=["K66"], opt=True))
X("d0003",
  O("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung", "Nguyễn Đức Chung", title="Chủ tịch", org="UBND TP Hà Nội"),
  P("70%", None))
X("d0004", D("Bộ luật Lao động", "Bộ luật", None))
X("d0005", D("Nghị định số 67/2017/NĐ-CP", "Nghị định", "67/2017/NĐ-CP"))
X("d0006", O("Thủ tướng Chính phủ Nguyễn Xuân Phúc", "Nguyễn Xuân Phúc", title="Thủ tướng", org="Chính phủ"))
X("d0007", P("6,7%", "+", cmp="so với năm 2015"))
X("d0008", P("40%", None, q="trên"),
  D("Hiệp định Thương mại Tự do AFTA", "Hiệp định", None))
X("d0009")
X("d0010")
X("d0011")
X("d0012", P("100%", None, cmp="so với cùng kỳ"), P("49%", "+", cmp="so với cùng kỳ"))
X("d0013", D("Luật Hải quan Việt Nam 2014", "Luật", None, iss="Quốc hội"),
  D("Nghị định số 08/2015/NĐ-CP", "Nghị định", "08/2015/NĐ-CP", date="2015-01-21"))
X("d0014")
X("d0015", S("công nghệ", "J", codes=["J62", "J63"], opt=True))
X("d0016", NN())
X("d0017")
X("d0018", P("15%", None),
  S("xây dựng", "F", codes=["F"]),
  S("ngân hàng - tài chính", "K", codes=["K64", "K66"]),
  S("chứng khoán", "K66", codes=["K66"]),
  S("bảo hiểm", "K65", codes=["K65"]),
  DL(), NN(),
  S("bất động sản", "L68", codes=["L68"]))
X("d0019", P("61,08%", None, per="Từ đầu năm đến nay"))
X("d0020", O("ông Mai Thiên Ân, Trưởng phòng sản xuất Công ty TNHH Intel Products Việt Nam", "Mai Thiên Ân",
             hon="ông", title="Trưởng phòng sản xuất", org="Công ty TNHH Intel Products Việt Nam"))
X("d0021")
X("d0022")
X("d0023", P("0%", None))
X("d0024", D("Nghị định 95", "Nghị định", "95"))
X("d0025", D("Bộ luật Dân sự năm 2015", "Bộ luật", None, iss="Quốc hội"),
  D("Nghị định số 163", "Nghị định", "163"))
X("d0026", D("Bộ luật Lao động", "Bộ luật", None))
X("d0027", O("Phó bí thư Thành ủy, Chủ tịch HĐND TP.HCM Nguyễn Thị Quyết Tâm", "Nguyễn Thị Quyết Tâm",
             title="Chủ tịch", org="HĐND TP.HCM"),
  NN(occ=0), NN(occ=1))
X("d0028", O("đồng chí Nguyễn Ngọc Thiện, Ủy viên BCH Trung ương Đảng, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch",
             "Nguyễn Ngọc Thiện", hon="đồng chí", title="Bộ trưởng", org="Bộ Văn hóa, Thể thao và Du lịch"))
X("d0029", O("Bí thư Tỉnh ủy Quảng Bình Hoàng Đăng Quang", "Hoàng Đăng Quang", title="Bí thư", org="Tỉnh ủy Quảng Bình"))
X("d0030")
