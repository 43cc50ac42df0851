#!/usr/bin/env python3
"""Writes large submissions and their registry for the Nizhnevartovsk
roadmap, to measure validation and merge throughput (docs/performance.md).

usage: make_large_submission.py OUT_DIR [ORGANIZATIONS] [--per-org]

OUT_DIR/orgs.csv and OUT_DIR/all.csv (UTF-8, ';', CRLF, Russian headers, one
row per organization and activity, realistic Russian comments); with
--per-org, OUT_DIR/subs/ORG-nnnnn.csv instead, one file per organization with
the same rows. Deterministic: the same arguments give the same bytes. All
rows are valid.
"""
import os
import random
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
per_org = "--per-org" in sys.argv[1:]
out = args[0]
n = int(args[1]) if len(args) > 1 else 40000
rng = random.Random(7)
os.makedirs(out, exist_ok=True)
ACTIVITIES = ["1.1b", "1.2", "1.3", "1.6", "1.7", "2.3", "2.4", "2.7", "3.2", "3.3"]
SUMS = {"2.7", "3.2"}
HEADER = "Код ОО;Период;№ п/п;Статус;Значение;Дата выполнения;Подтверждение;Комментарий\r\n"
COMMENTS = [
    "Сформировано {k} наставнические пары; программы утверждены приказом директора",
    "Раздел «Развитие наставничества» на сайте обновлён, размещено {k} материала",
    "Методическое объединение наставников работает по плану, проведено {k} заседания",
    "Проведена самодиагностика, справка направлена в ЦРО, выявлено {k} риска",
    "Участие в конкурсе «Наставник года», {k} участника, один призёр",
]
EVIDENCE = ["Приказ от {d:02d}.09.2026 № {k}-о", "https://sch{o}.edu-nv.ru/nastavnichestvo/{k}",
            "Протокол педсовета № {k} от 28.08.2026"]
with open(os.path.join(out, "orgs.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("Код ОО;Наименование;Тип;Район\r\n")
    for o in range(1, n + 1):
        f.write(f"ORG-{o:05d};МБОУ «Средняя школа №{o}»;school;Район {o % 12 + 1}\r\n")
    f.write("CRO;МАУ «Центр развития образования»;centre;Центральный\r\n")


def rows(o):
    for a in ACTIVITIES:
        k = rng.randint(2, 9)
        value = f"{k},5" if a in SUMS else ""
        evidence = rng.choice(EVIDENCE).format(d=rng.randint(1, 28), k=k, o=o)
        comment = rng.choice(COMMENTS).format(k=k)
        yield (f"ORG-{o:05d};2026;{a};выполнено;{value};{rng.randint(1, 28):02d}.10.2026;"
               f"\"{evidence}\";\"{comment}; отчёт подготовлен заместителем директора по УВР\"\r\n")


if per_org:
    os.makedirs(os.path.join(out, "subs"), exist_ok=True)
    for o in range(1, n + 1):
        with open(os.path.join(out, "subs", f"ORG-{o:05d}.csv"), "w", encoding="utf-8", newline="") as f:
            f.write(HEADER)
            f.writelines(rows(o))
else:
    with open(os.path.join(out, "all.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(HEADER)
        for o in range(1, n + 1):
            f.writelines(rows(o))
