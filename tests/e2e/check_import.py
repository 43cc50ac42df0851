"""Orders made by other programs for roadmap-import, and an independent reading of its drafts.

  check_import.py docx-text OUT.docx     an order made with python-docx: letterhead, «Приложение … от … №»,
                                         a table with a repeated header row, the «1 2 3 …» row, section
                                         rows merged across, cells merged down, several paragraphs in a
                                         cell, targets written in a text column
  check_import.py docx-years OUT.docx    a second one: a two-row header with year columns under
                                         «Целевые значения», Roman section numbers, a percentage target,
                                         a deadline with no date, a table nested in a cell
  check_import.py html OUT.html          the same order as a legal database's HTML page, Windows-1251,
                                         rowspan/colspan, entities
  check_import.py eval DRAFT EXPR        EXPR over the draft read by PyYAML: d, acts (id → activity),
                                         activity(id), party (id → party)
  check_import.py compare DRAFT DATA     field by field against a roadmap of data/: one line per difference
  check_import.py docx-rows OUT N        an order with N activity rows (for scale)
"""
import sys

import yaml


def set_repeat_header(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def fill(cell, text, bold=False):
    """Text into a cell: paragraphs separated by newlines."""
    parts = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        paragraph = first if i == 0 else cell.add_paragraph()
        run = paragraph.add_run(part)
        run.bold = bold


def letterhead(doc, lines):
    for line in lines:
        doc.add_paragraph(line)


def docx_text(path):
    import docx
    doc = docx.Document()
    letterhead(doc, [
        "АДМИНИСТРАЦИЯ ГОРОДА ТЕСТОГРАДА", "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ", "", "П Р И К А З", "",
        "от 12.01.2026 № 15-п", "",
        "Об утверждении дорожной карты по внедрению целевой модели наставничества",
        "В целях развития наставничества в образовательных организациях города Тестограда",
        "ПРИКАЗЫВАЮ:", "1. Утвердить дорожную карту (приложение).", "",
        "Приложение к приказу", "управления образования", "от 12.01.2026 № 15-п", "",
        "Дорожная карта по внедрению целевой модели наставничества на 2026-2027 годы",
    ])
    table = doc.add_table(rows=0, cols=6)
    table.style = "Table Grid"
    header = table.add_row()
    for cell, text in zip(header.cells, ["№ п/п", "Наименование мероприятия", "Показатель", "Срок исполнения",
                                          "Ответственные исполнители", "Результат"]):
        fill(cell, text, bold=True)
    set_repeat_header(header)
    numbers = table.add_row()
    for i, cell in enumerate(numbers.cells):
        fill(cell, str(i + 1))

    def section(text):
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[5])
        fill(merged, text, bold=True)

    def activity(cells):
        row = table.add_row()
        for cell, text in zip(row.cells, cells):
            fill(cell, text)
        return row

    section("1. Нормативное обеспечение")
    activity(["1.1.", "Разработка положения о наставничестве в образовательной организации",
              "2026 г. – 40; 2027 г. – 42", "до 1 марта 2026 года", "Образовательные организации",
              "Положение о наставничестве"])
    activity(["1.2.", "Утверждение программ наставничества:\n- для молодых педагогов;\n- для педагогов, пришедших из других организаций",
              "2026 г. – 40; 2027 г. – 42", "сентябрь ежегодно", "Руководители ОО", "Программы наставничества"])
    # 1.3 and 1.4 share one responsible cell, merged down.
    r13 = activity(["1.3", "Формирование базы наставников", "2026 г. – 1; 2027 г. – 1", "постоянно", "", "База наставников"])
    r14 = activity(["1.4", "Мониторинг реализации программ наставничества", "2026 г. – 1; 2027 г. – 1", "до 15 декабря ежегодно", "", "Аналитическая справка"])
    merged = r13.cells[4].merge(r14.cells[4])
    fill(merged, "МКУ «Методический центр»")
    section("2. Методическое сопровождение")
    activity(["2.1.", "Проведение семинаров для наставников", "2026 г. – 4; 2027 г. – 6", "в течение года",
              "МКУ «Методический центр», образовательные организации", "Семинары"])
    activity(["2.2.", "Участие в конкурсе «Наставник года»", "", "в соответствии с положением о конкурсе",
              "МКУ «Методичесский центр»", "Участие в конкурсе"])
    # A header row repeated on the next page, as Word users retype it.
    again = table.add_row()
    for cell, text in zip(again.cells, ["№ п/п", "Наименование мероприятия", "Показатель", "Срок исполнения",
                                         "Ответственные исполнители", "Результат"]):
        fill(cell, text, bold=True)
    activity(["2.3.", "Публикация материалов о наставниках на сайте", "2026 г. – 12; 2027 г. – 12", "ежеквартально",
              "МКУ «Методический центр»", "Публикации"])
    doc.add_paragraph("Начальник управления образования И.И. Иванов")
    doc.save(path)


def docx_years(path):
    import docx
    doc = docx.Document()
    letterhead(doc, ["КОМИТЕТ ПО ОБРАЗОВАНИЮ", "", "РАСПОРЯЖЕНИЕ", "", "03.02.2025 № 77-р", "",
                     "План мероприятий по развитию наставничества в 2025-2027 годах"])
    table = doc.add_table(rows=2, cols=7)
    table.style = "Table Grid"
    top, sub = table.rows
    for i, text in enumerate(["№", "Мероприятие", "Срок", "Ответственный"]):
        fill(top.cells[i].merge(sub.cells[i]), text, bold=True)
    fill(top.cells[4].merge(top.cells[6]), "Целевые значения", bold=True)
    for i, year in enumerate(["2025", "2026 г.", "2027 год"]):
        fill(sub.cells[4 + i], year, bold=True)

    def row(cells):
        r = table.add_row()
        for cell, text in zip(r.cells, cells):
            fill(cell, text)
        return r

    r = table.add_row()
    fill(r.cells[0].merge(r.cells[6]), "I. Кадровое обеспечение", bold=True)
    row(["1.1", "Доля педагогов-наставников, прошедших обучение", "декабрь ежегодно", "Образовательные организации", "60%", "70%", "80%"])
    row(["1.2", "Обучение кураторов", "до 01.06.2025", "Петрова А.Б.", "1", "", ""])
    r = table.add_row()
    fill(r.cells[0].merge(r.cells[6]), "II. Информационное сопровождение", bold=True)
    nested = row(["2.1", "Информирование о наставничестве", "по мере необходимости", "Комитет по образованию", "5", "5", "7"])
    inner = nested.cells[1].add_table(rows=1, cols=2)
    fill(inner.rows[0].cells[0], "сайт")
    fill(inner.rows[0].cells[1], "социальные сети")
    doc.save(path)


def html(path):
    page = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>Приказ</title><style>td {border: 1px solid}</style><script>var x = "<table><tr><td>1.1</td></tr></table>";</script></head>
<body><P ALIGN=center>ОТДЕЛ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ПРИМЕРНОГО РАЙОНА</P>
<p>ПРИКАЗ</p><p>от 10.03.2024 № 41</p>
<p>Приложение к приказу от 10.03.2024 № 41</p>
<p><b>Дорожная карта реализации целевой модели наставничества (2024&nbsp;&ndash;&nbsp;2025 гг.)</b></p>
<table border=1>
<tr><th>№ п/п<th>Мероприятие<th>Сроки<th>Ответственные<th>Показатель</tr>
<tr><td colspan=5><b>1. Организация наставничества</b></td></tr>
<tr><td>1.1.</td><td>Назначение кураторов &laquo;наставничества&raquo;</td><td rowspan=2>до 1 апреля 2024 г.</td><td>Руководители ОО</td><td>2024 г. &ndash; 12; 2025 г. &ndash; 12</td></tr>
<tr><td>1.2.</td><td><p>Формирование пар:</p><ul><li>наставник &ndash; молодой педагог;</li><li>наставник &ndash; студент.</li></ul></td><td>Руководители ОО</td><td>2024 г. &ndash; 12; 2025 г. &ndash; 12</td></tr>
<tr><td colspan=5><strong>2. Контроль</strong></td></tr>
<tr><td>2.1.</td><td>Мониторинг &amp; анализ</td><td>ежегодно до 20 декабря</td><td>Отдел образования</td><td>2024 г. &ndash; 1; 2025 г. &ndash; 1</td></tr>
</table>
<p>Начальник отдела</p></body></html>"""
    open(path, "wb").write(page.encode("cp1251"))


def docx_rows(path, n):
    """python-docx makes the table's first rows; the rest are copies of them
    (python-docx's add_row is linear in the table's size, so N of them would
    be quadratic)."""
    import copy
    import docx
    doc = docx.Document()
    doc.add_paragraph("Дорожная карта на 2026 год")
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ["№", "Мероприятие", "Срок", "Ответственные"]):
        cell.text = text
    section_row = table.add_row()
    activity_row = table.add_row()
    for cell, text in zip(activity_row.cells, ["1.1.", "Мероприятие", "сентябрь ежегодно", "Образовательные организации"]):
        cell.text = text
    section_row.cells[0].text = "1."
    section_row.cells[1].text = "Раздел"
    section_template, activity_template = copy.deepcopy(section_row._tr), copy.deepcopy(activity_row._tr)
    tbl = table._tbl
    tbl.remove(section_row._tr)
    tbl.remove(activity_row._tr)
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}

    def texts(tr, values):
        for t, value in zip(tr.findall(".//w:t", ns), values):
            t.text = value

    section_size = 100
    for i in range(n):
        if i % section_size == 0:
            tr = copy.deepcopy(section_template)
            texts(tr, [f"{i // section_size + 1}.", f"Раздел {i // section_size + 1}"])
            tbl.append(tr)
        tr = copy.deepcopy(activity_template)
        texts(tr, [f"{i // section_size + 1}.{i % section_size + 1}.", f"Мероприятие номер {i}"])
        tbl.append(tr)
    doc.save(path)


def load(path):
    return yaml.safe_load(open(path, encoding="utf-8"))


def activities(d):
    return {a["id"]: a for s in d["sections"] for a in s["activities"]}


def party_names(d):
    """Party id → every spelling (name and aliases), case-folded."""
    return {p["id"]: {p["name"].casefold(), *[a.casefold() for a in p.get("aliases", [])]} for p in d.get("parties", [])}


def deadline_text(a):
    dl = a.get("deadline")
    if isinstance(dl, dict):
        return "text:" + dl.get("text", str(dl))
    return dl


def compare(draft_path, data_path):
    draft, data = load(draft_path), load(data_path)
    out = []
    for key in ["title", "issuer", "approved", "periods", "submissions_due"]:
        a, b = draft["roadmap"].get(key), data["roadmap"].get(key)
        if a != b:
            out.append(f"roadmap.{key}: {a!r} | {b!r}")
    if draft["roadmap"]["id"] != data["roadmap"]["id"]:
        out.append("roadmap.id: differs")
    for s_draft, s_data in zip(draft["sections"], data["sections"]):
        for key in ["id", "number", "title"]:
            if s_draft.get(key) != s_data.get(key):
                out.append(f"section {s_data['id']}.{key}: {s_draft.get(key)!r} | {s_data.get(key)!r}")
    if len(draft["sections"]) != len(data["sections"]):
        out.append(f"sections: {len(draft['sections'])} | {len(data['sections'])}")
    ad, ab = activities(draft), activities(data)
    if list(ad) != list(ab):
        out.append(f"activity ids: {list(ad)} | {list(ab)}")
    names_draft, names_data = party_names(draft), party_names(data)
    each_draft = {p["id"] for p in draft.get("parties", []) if p.get("each_organization")}
    each_data = {p["id"] for p in data.get("parties", []) if p.get("each_organization")}
    for aid in ab:
        if aid not in ad:
            continue
        a, b = ad[aid], ab[aid]
        for key in ["number", "title", "result", "steps"]:
            if a.get(key) != b.get(key):
                out.append(f"{aid}.{key}: {a.get(key)!r} | {b.get(key)!r}")
        if deadline_text(a) != deadline_text(b):
            out.append(f"{aid}.deadline: {deadline_text(a)!r} | {deadline_text(b)!r}")
        # Responsible bodies: the same party when a spelling is shared.
        ra, rb = a.get("responsible", []), b.get("responsible", [])
        same = len(ra) == len(rb) and all(names_draft[x] & names_data[y] for x, y in zip(ra, rb))
        if not same:
            out.append(f"{aid}.responsible: {[sorted(names_draft[x])[0] for x in ra]} | {[sorted(names_data[y])[0] for y in rb]}")
        else:
            kinds = [(x in each_draft) == (y in each_data) for x, y in zip(ra, rb)]
            if not all(kinds):
                out.append(f"{aid}.each_organization: {[x in each_draft for x in ra]} | {[y in each_data for y in rb]}")
        ia, ib = a.get("indicator"), b.get("indicator")
        if (ia is None) != (ib is None):
            out.append(f"{aid}.indicator: {ia!r} | {ib!r}")
        elif ia:
            for key in ["measure", "targets"]:
                if ia.get(key) != ib.get(key):
                    out.append(f"{aid}.indicator.{key}: {ia.get(key)!r} | {ib.get(key)!r}")
            if ia.get("unit") != ib.get("unit"):
                out.append(f"{aid}.indicator.unit: {ia.get('unit')!r} | {ib.get('unit')!r}")
    return out


def docx_lists(path):
    """Steps typed in Word's list styles («List Bullet», «List Number»), no dashes in the text."""
    import docx
    doc = docx.Document()
    letterhead(doc, ["УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ГОРОДА ТЕСТОГРАДА", "ПРИКАЗ", "",
                     "Дорожная карта по внедрению наставничества в школах города Тестограда на 2026 год"])
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ["№ п/п", "Мероприятие", "Срок", "Ответственные"]):
        fill(cell, text, bold=True)

    def row(number, title, steps, style, deadline, body):
        r = table.add_row()
        fill(r.cells[0], number)
        fill(r.cells[1], title)
        for step in steps:
            r.cells[1].add_paragraph(step, style=style)
        fill(r.cells[2], deadline)
        fill(r.cells[3], body)

    row("1.1", "Организация обучения наставников", ["курсы повышения квалификации", "стажировки на базе ЦНППМ"],
        "List Bullet", "в течение года", "Кураторы ЦМН")
    row("1.2", "Проведение конкурса", ["школьный этап", "муниципальный этап"], "List Number", "до 1 декабря 2026 года",
        "Кураторы внедрения ЦМН")
    row("1.3", "Совещание руководителей", [], None, "март 2026", "Управление образования")
    doc.save(path)


def main():
    command = sys.argv[1]
    if command == "docx-text":
        docx_text(sys.argv[2])
    elif command == "docx-years":
        docx_years(sys.argv[2])
    elif command == "docx-lists":
        docx_lists(sys.argv[2])
    elif command == "html":
        html(sys.argv[2])
    elif command == "docx-rows":
        docx_rows(sys.argv[2], int(sys.argv[3]))
    elif command == "eval":
        import datetime
        d = load(sys.argv[2])
        acts = activities(d)
        scope = {"d": d, "acts": acts, "activity": acts.__getitem__, "datetime": datetime,
                 "party": {p["id"]: p for p in d.get("parties", [])}}
        print(eval(sys.argv[3], scope))
    elif command == "compare":
        for line in compare(sys.argv[2], sys.argv[3]):
            print(line)
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
