"""Sector facts of the acceptance article (000_de8609e468eb4ff7), re-annotated per shared/FACTS.md
("Sectors", "Optional facts"). Offsets index the article text (title to byline).
The gold JSON holds no article.text; the text its offsets index (all old facts check) is the raw file's
non-empty lines, stripped, joined by "\n", from the title to before the byline "Đỗ Đạt", without the "-->"
line, the teaser line "Doanh nghiệp vẫn chưa ..." and the caption line with "Ảnh:" (7,933 characters)."""
from _goldlib import S

IND = ["B", "C", "D", "E"]          # "công nghiệp" as a sector of the economy
IT = ["J62", "J63"]                 # information technology / AI
SW = ["J58", "J62"]                 # software industry (publishing + programming)
MECH = ["C25", "C28", "C29", "C30"]  # "cơ khí chế tạo"
MAT = ["C20", "C22", "C23", "C24"]  # "vật liệu mới / kỹ thuật"

SECTORS = [
    # --- title: enterprises of the city's "key industrial" programme
    S("sản xuất công nghiệp chủ lực", None, codes=IND, opt=True),
    # --- lead
    S("sản xuất công nghiệp", None, codes=IND, at="sản xuất công nghiệp, công nghiệp chủ lực"),
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực, đặc biệt", opt=True),
    S("sản xuất các sản phẩm công nghiệp chủ lực", None, codes=IND, opt=True),
    S("chế biến, chế tạo", "C", codes=["C"]),
    # --- heading
    S("sản xuất công nghiệp", None, codes=IND, at="sản xuất công nghiệp Thủ đô"),
    # --- 9-month figures
    S("công nghiệp", None, codes=IND, at="công nghiệp tiếp tục thể hiện"),
    S("công nghiệp", None, codes=IND, at="công nghiệp tăng 5,4%", opt=True),   # indicator name
    S("công nghiệp chế biến, chế tạo", "C", codes=["C"]),
    S("chế biến, chế tạo", "C", codes=["C"], at="chế biến, chế tạo có chỉ số"),
    S("Sản xuất máy móc thiết bị", "C28", codes=["C28"]),
    S("sản xuất giấy và sản phẩm từ giấy", "C17", codes=["C17"]),
    S("sản xuất trang phục", "C14", codes=["C14"]),
    S("sản xuất giường, tủ, bàn, ghế", "C31", codes=["C31"]),
    S("thuốc, hóa dược và dược liệu", "C21", codes=["C21"]),
    # --- caption line: indicator name
    S("công nghiệp", None, codes=IND, at="công nghiệp của các doanh nghiệp Thủ đô liên tiếp", opt=True),
    # --- "sản phẩm công nghiệp chủ lực": goods / programme titles -> optional
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực đóng vai trò quan trọng trong sự", opt=True),
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực Thành phố, đạt", opt=True),
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực Thành phố giai đoạn", opt=True),
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực, bà Nguyễn", opt=True),
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực đóng vai trò rất", opt=True),
    S("công nghiệp", None, codes=IND, at="công nghiệp, UBND Thành phố"),
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực thành phố Hà Nội đến", opt=True),
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực giai đoạn 2021", opt=True),
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực, thời gian qua", opt=True),
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực Thủ đô;", opt=True),
    S("công nghiệp", None, codes=IND, at="công nghiệp, máy móc thiết bị và tự động", opt=True),  # fair title
    S("công nghiệp hỗ trợ", "C", codes=["C"], at="công nghiệp hỗ trợ - Thúc", opt=True),       # seminar title
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực với các doanh nghiệp FDI", opt=True),  # conference title
    # --- heading
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực\nQuy hoạch", opt=True),
    # --- Thủ đô plan 2021-2030: industrial orientation
    S("công nghiệp", None, codes=IND, at="công nghiệp, theo đó"),
    S("công nghiệp bán dẫn", "C26", codes=["C26"], at="công nghiệp bán dẫn; trung tâm"),
    S("công nghệ tin học", "J", codes=IT, opt=True),
    S("nghề truyền thống", "C", codes=["C"], opt=True),                 # "sản phẩm nghề truyền thống": goods
    S("công nghệ hóa", "C20", codes=["C20"]),
    S("dược", "C21", codes=["C21"], at="dược, mỹ phẩm; công nghệ cao"),
    S("mỹ phẩm", "C20", codes=["C20"], at="mỹ phẩm; công nghệ cao"),
    S("công nghệ sinh học", None, codes=["C20", "C21", "M72"], at="công nghệ sinh học…", opt=True),
    # --- repeated title line and caption
    S("sản xuất công nghiệp chủ lực", None, codes=IND, at="sản xuất công nghiệp chủ lực\nDoanh nghiệp", opt=True),
    S("sản xuất chế tạo", "C", codes=["C"]),
    # --- four industrial areas
    S("công nghiệp", None, codes=IND, at="công nghiệp tập trung vào 4 khu vực", opt=True),  # "không gian công nghiệp"
    S("công nghiệp phần mềm", "J", codes=SW),
    S("trí tuệ nhân tạo", "J", codes=IT, at="trí tuệ nhân tạo, sản xuất mỹ phẩm"),
    S("sản xuất mỹ phẩm", "C20", codes=["C20"]),
    S("dược liệu", "C21", codes=["C21"], at="dược liệu và dành"),
    S("công nghiệp công nghệ cao", "C", codes=["C"]),
    S("công nghiệp bán dẫn", "C26", codes=["C26"], at="công nghiệp bán dẫn và trí tuệ"),
    S("trí tuệ nhân tạo", "J", codes=IT, at="trí tuệ nhân tạo, hóa dược"),
    S("hóa dược", "C21", codes=["C21"], at="hóa dược, mỹ phẩm; công nghệ điện tử"),
    S("mỹ phẩm", "C20", codes=["C20"], at="mỹ phẩm; công nghệ điện tử"),
    S("công nghệ điện tử", "C26", codes=["C26"]),
    S("cơ điện tử", "C", codes=["C26", "C27", "C28"], opt=True),
    S("chế tạo máy móc", "C28", codes=["C28"]),
    S("cơ khí chính xác", "C", codes=["C25", "C28"]),
    S("vật liệu mới", "C", codes=MAT, opt=True),
    S("vật liệu kỹ thuật", "C", codes=MAT, opt=True),
    S("vật liệu xây dựng", "C23", codes=["C23"]),
    S("nội thất cao cấp", "C31", codes=["C31"]),
    S("công nghiệp hỗ trợ", "C", codes=["C"], at="công nghiệp hỗ trợ.\nKhu vực phía Bắc"),
    S("công nghiệp điện tử", "C26", codes=["C26"]),
    S("công nghiệp bán dẫn", "C26", codes=["C26"], at="công nghiệp bán dẫn, cơ khí"),
    S("cơ khí chế tạo", "C", codes=MECH),
    S("vật liệu kỹ thuật", "C", codes=MAT, at="vật liệu kỹ thuật; hóa dược-mỹ phẩm", opt=True),
    S("hóa dược-mỹ phẩm", "C", codes=["C20", "C21"]),
    S("chế biến nông sản thực phẩm", "C10", codes=["C10"]),
    S("công nghiệp hỗ trợ", "C", codes=["C"], at="công nghiệp hỗ trợ;\nKhu vực phía Nam"),
    S("công nghiệp công nghệ sinh học", "C", codes=["C20", "C21"]),
    S("nông nghiệp công nghệ cao", "A01", codes=["A01"]),
    S("chế biến nông sản, thực phẩm", "C10", codes=["C10"]),
    S("cơ khí chế tạo", "C", codes=MECH, at="cơ khí chế tạo và công nghiệp đường sắt"),
    S("công nghiệp đường sắt", "C30", codes=["C30"]),
    S("công nghiệp hỗ trợ", "C", codes=["C"], at="công nghiệp hỗ trợ phục vụ"),
    S("nông nghiệp ứng dụng công nghệ cao", "A01", codes=["A01"]),
    # --- quotes of the deputy director and the closing
    S("sản xuất công nghiệp", None, codes=IND, at="sản xuất công nghiệp trên địa bàn Hà Nội phục hồi"),
    S("sản xuất công nghiệp", None, codes=IND, at="sản xuất công nghiệp, thành phố Hà Nội phấn đấu"),
    S("công nghiệp chủ lực", None, codes=IND, at="công nghiệp chủ lực được thụ hưởng", opt=True),
    S("sản xuất công nghiệp chủ lực", None, codes=IND, at="sản xuất công nghiệp chủ lực Hà Nội", opt=True),
]
