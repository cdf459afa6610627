"""Fill this app's .po files from the tables below, then compile with msgfmt.

    cd sanat/training_centre && ../../.venv/bin/django-admin makemessages -l kk -l ru --no-location
    ../../.venv/bin/python locale/fill.py      # rewrites kk/ru django.po, lists untranslated msgids
    for l in kk ru; do msgfmt --check-format -o locale/$l/LC_MESSAGES/django.mo locale/$l/LC_MESSAGES/django.po; done
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).parent

T = {  # msgid: (kk, ru)
    "In person": ("Күндізгі (бетпе-бет)", "Очный"),
    "Distance": ("Қашықтықтан", "Дистанционный"),
    "%(field)s: enter a whole number.": ("%(field)s: бүтін сан енгізіңіз.", "%(field)s: введите целое число."),
    "%(field)s: must be between %(low)s and %(high)s.": (
        "%(field)s: %(low)s мен %(high)s аралығында болуы керек.",
        "%(field)s: должно быть от %(low)s до %(high)s."),
    "Pass mark: must be between %(low)s and %(high)s.": (
        "Өту балы: %(low)s мен %(high)s аралығында болуы керек.",
        "Проходной балл: должен быть от %(low)s до %(high)s."),
    "This e-mail address is already enrolled in the cohort.": (
        "Бұл электрондық пошта мекенжайы топқа бұрын тіркелген.",
        "Этот адрес электронной почты уже записан в группу."),
    "Topic %(topic)s has no activity %(activity)s.": (
        "%(topic)s тақырыбында %(activity)s сабақ түрі жоқ.", "В теме %(topic)s нет вида занятий %(activity)s."),
    "Topic %(topic)s: at most %(max)s hours.": (
        "%(topic)s тақырыбы: ең көбі %(max)s сағат.", "Тема %(topic)s: не более %(max)s ч."),
    "Unknown checklist item.": ("Чек-парақта мұндай тармақ жоқ.", "Такого пункта в чек-листе нет."),
    "The score does not fit the rubric: %(reason)s": (
        "Балл рубрикаға сәйкес келмейді: %(reason)s", "Баллы не соответствуют рубрике: %(reason)s"),
    "The certificate conditions are not met.": (
        "Сертификат беру шарттары орындалмаған.", "Условия выдачи сертификата не выполнены."),
    "Nothing was saved. Please correct:": (
        "Ештеңе сақталған жоқ. Түзетіңіз:", "Ничего не сохранено. Исправьте:"),
    "Training centre": ("Оқу орталығы", "Учебный центр"),
    "academic hours": ("академиялық сағат", "академических часов"),
    "Trainers": ("Тренерлер", "Тренеры"),
    "Participants": ("Тыңдаушылар", "Слушатели"),
    "Name": ("Аты-жөні", "ФИО"),
    "School": ("Мектеп", "Школа"),
    "E-mail": ("Электрондық пошта", "Электронная почта"),
    "Certificate": ("Сертификат", "Сертификат"),
    "qualifies": ("шарттарды орындады", "условия выполнены"),
    "does not qualify yet:": ("әзірге орындалмаған:", "пока не выполнено:"),
    "No participants yet.": ("Тыңдаушылар әзірге жоқ.", "Слушателей пока нет."),
    "Enrol a participant": ("Тыңдаушыны тіркеу", "Записать слушателя"),
    "Enrol": ("Тіркеу", "Записать"),
    "Pass mark": ("Өту балы", "Проходной балл"),
    "The course text gives no pass mark for the final project. It is a setting of this cohort, empty by "
    "default: while it is empty, the score does not decide the certificate. Maximum: %(max_total)s points.": (
        "Курс мәтінінде қорытынды жобаның өту балы көрсетілмеген. Бұл – осы топтың баптауы, әдепкіде бос: "
        "бос тұрғанда балл сертификат беруге әсер етпейді. Ең жоғары балл: %(max_total)s.",
        "В тексте курса проходной балл итогового проекта не указан. Это настройка данной группы, по умолчанию "
        "пустая: пока она пуста, баллы не влияют на выдачу сертификата. Максимум: %(max_total)s баллов."),
    "Save": ("Сақтау", "Сохранить"),
    "Schedule": ("Кесте", "Расписание"),
    "Day": ("Күн", "День"),
    "Date": ("Күні", "Дата"),
    "Module": ("Модуль", "Модуль"),
    "Topic": ("Тақырып", "Тема"),
    "Hours": ("Сағат", "Часы"),
    "My courses": ("Менің курстарым", "Мои курсы"),
    "Cohorts": ("Топтар", "Группы"),
    "No cohorts yet.": ("Топтар әзірге жоқ.", "Групп пока нет."),
    "New cohort": ("Жаңа топ", "Новая группа"),
    "Title": ("Атауы", "Название"),
    "Format": ("Оқыту форматы", "Формат обучения"),
    "Start date": ("Басталу күні", "Дата начала"),
    "The course lasts %(days)s calendar days.": (
        "Курс ұзақтығы – %(days)s күнтізбелік күн.", "Курс длится %(days)s календарных дней."),
    "Create cohort": ("Топ құру", "Создать группу"),
    "You are not enrolled in any cohort.": ("Сіз ешбір топқа тіркелмегенсіз.", "Вы не записаны ни в одну группу."),
    "Certificate number": ("Сертификат нөмірі", "Номер сертификата"),
    "All certificate conditions are met.": (
        "Сертификат беру шарттарының бәрі орындалды.", "Все условия выдачи сертификата выполнены."),
    "Issue the certificate": ("Сертификат беру", "Выдать сертификат"),
    "Certificate conditions not met:": ("Орындалмаған шарттар:", "Невыполненные условия:"),
    "Attendance": ("Қатысу", "Посещаемость"),
    "Hours attended": ("Қатысқан сағаттар", "Посещено часов"),
    "Each cell is bounded by the course's hours for that topic and activity.": (
        "Әр ұяшық курстағы осы тақырып пен сабақ түрінің сағатынан аспайды.",
        "Каждая ячейка ограничена часами курса для этой темы и вида занятий."),
    "Save attendance": ("Қатысуды сақтау", "Сохранить посещаемость"),
    "Checklists": ("Чек-парақтар", "Чек-листы"),
    "Save checklists": ("Чек-парақтарды сақтау", "Сохранить чек-листы"),
    "Final project": ("Қорытынды жоба", "Итоговый проект"),
    "No pass mark is set: the course text gives none, so the score does not decide the certificate.": (
        "Өту балы белгіленбеген: курс мәтінінде ол жоқ, сондықтан балл сертификат беруге әсер етпейді.",
        "Проходной балл не задан: в тексте курса его нет, поэтому баллы не влияют на выдачу сертификата."),
    "Criterion": ("Критерий", "Критерий"),
    "Points": ("Балл", "Баллы"),
    "Total": ("Барлығы", "Итого"),
    "passed": ("өтті", "пройдено"),
    "below the pass mark": ("өту балынан төмен", "ниже проходного балла"),
    "Save score": ("Балды сақтау", "Сохранить баллы"),
    "Status": ("Мәртебе", "Статус"),
    "Practical tasks done": ("Практикалық тапсырмалар орындалды", "Практические задания выполнены"),
    "Final work defended": ("Қорытынды жұмыс қорғалды", "Итоговая работа защищена"),
    "Save status": ("Мәртебені сақтау", "Сохранить статус"),
    "Certificate verification": ("Сертификатты тексеру", "Проверка сертификата"),
    "Valid certificate": ("Жарамды сертификат", "Действительный сертификат"),
    "Holder": ("Иесі", "Владелец"),
    "Course": ("Курс", "Курс"),
    "Dates": ("Оқу мерзімі", "Сроки обучения"),
    "This certificate has been revoked.": ("Бұл сертификат жойылған.", "Этот сертификат отозван."),
    "No certificate with this number was issued.": (
        "Мұндай нөмірлі сертификат берілмеген.", "Сертификат с таким номером не выдавался."),
    "Lecture": ("Дәріс", "Лекция"),
    "Practice": ("Практика", "Практика"),
    "Seminar": ("Семинар", "Семинар"),
    "Video lesson": ("Бейнесабақ", "Видеоурок"),
    "Webinar": ("Вебинар", "Вебинар"),
    "Self-study": ("Өзіндік жұмыс", "Самостоятельная работа"),
    "Title: this field is required.": ("Атауы: міндетті өріс.", "Название: обязательное поле."),
    "Format: choose in person or distance.": (
        "Оқыту форматы: күндізгі немесе қашықтықтан таңдаңыз.", "Формат обучения: выберите очный или дистанционный."),
    "Start date: enter a date as YYYY-MM-DD.": (
        "Басталу күні: күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз.", "Дата начала: введите дату в виде ГГГГ-ММ-ДД."),
    "Cohort created.": ("Топ құрылды.", "Группа создана."),
    "course not completed (hours missing)": (
        "курс аяқталмаған (сағаттар жетпейді)", "курс не завершён (не хватает часов)"),
    "not every module mastered": ("барлық модуль меңгерілмеген", "освоены не все модули"),
    "practical tasks not done": ("практикалық тапсырмалар орындалмаған", "практические задания не выполнены"),
    "final work not defended": ("қорытынды жұмыс қорғалмаған", "итоговая работа не защищена"),
    "final work below the pass mark": ("қорытынды жұмыс өту балынан төмен", "итоговая работа ниже проходного балла"),
    "Name: this field is required.": ("Аты-жөні: міндетті өріс.", "ФИО: обязательное поле."),
    "School: this field is required.": ("Мектеп: міндетті өріс.", "Школа: обязательное поле."),
    "E-mail: enter a valid e-mail address.": (
        "Электрондық пошта: дұрыс мекенжай енгізіңіз.", "Электронная почта: введите правильный адрес."),
    "Participant enrolled.": ("Тыңдаушы тіркелді.", "Слушатель записан."),
    "Pass mark saved.": ("Өту балы сақталды.", "Проходной балл сохранён."),
    "Attendance saved.": ("Қатысу сақталды.", "Посещаемость сохранена."),
    "Checklist saved.": ("Чек-парақ сақталды.", "Чек-лист сохранён."),
    "Score saved.": ("Балл сақталды.", "Баллы сохранены."),
    "Status saved.": ("Мәртебе сақталды.", "Статус сохранён."),
    "Certificate issued.": ("Сертификат берілді.", "Сертификат выдан."),
}

HEADER = ('msgid ""\nmsgstr ""\n"Project-Id-Version: sanat\\n"\n"Language-Team: sanat\\n"\n'
          '"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Content-Transfer-Encoding: 8bit\\n"\n"Language: {lang}\\n"\n')


def msgids(po: str) -> list[str]:
    out = []
    for block in re.findall(r'^msgid ((?:".*"\n)+)', po, flags=re.M):
        text = "".join(re.findall(r'"(.*)"', block))
        if text:
            out.append(text.encode().decode("unicode_escape").encode("latin-1").decode("utf-8"))
    return out


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def main() -> int:
    missing = set()
    for i, lang in enumerate(("kk", "ru")):
        path = HERE / lang / "LC_MESSAGES" / "django.po"
        ids = msgids(path.read_text(encoding="utf-8"))
        parts = [HEADER.format(lang=lang)]
        for mid in ids:
            if mid not in T:
                missing.add(mid)
                continue
            parts.append(f"msgid {quote(mid)}\nmsgstr {quote(T[mid][i])}\n")
        path.write_text("\n".join(parts), encoding="utf-8")
    for mid in sorted(missing):
        print("untranslated:", mid)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
