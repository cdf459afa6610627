"""Kazakh and Russian translations of the hiring and accounts interface (msgid → (kk, ru)).

Apply with ``.venv/bin/python sanat/hiring/locale/translations.py``: fills the app po files
(sanat/hiring/locale, sanat/accounts/locale) and compiles them with msgfmt. The project-wide
catalogue in sanat/locale (LOCALE_PATHS) takes precedence where it defines the same msgid.
"""

T = {
    "Organisation": ("Ұйым", "Организация"),
    "Languages": ("Тілдер", "Языки"),
    "Title (Kazakh)": ("Атауы (қазақша)", "Название (на казахском)"),
    "Title (Russian)": ("Атауы (орысша)", "Название (на русском)"),
    "Accepting from": ("Қабылдау басталады", "Прием с"),
    "Accepting until": ("Қабылдау аяқталады", "Прием до"),
    "Quorum (locked sheets; empty = two thirds of voting members)": (
        "Кворум (бекітілген парақтар; бос болса – дауыс беретін мүшелердің үштен екісі)",
        "Кворум (заблокированных листов; пусто = две трети голосующих членов)"),
    "Contacts": ("Байланыс", "Контакты"),
    "The acceptance window must end after it starts.": (
        "Қабылдау мерзімінің соңы басынан кейін болуы керек.", "Срок приема должен заканчиваться после начала."),
    "Post (Kazakh)": ("Лауазым (қазақша)", "Должность (на казахском)"),
    "Post (Russian)": ("Лауазым (орысша)", "Должность (на русском)"),
    "Order 338 catalog position id": ("338-бұйрық каталогындағы лауазым коды", "Код должности в каталоге приказа 338"),
    "Custom post: no basis in Order 338": ("Ерекше лауазым: 338-бұйрықта негізі жоқ", "Особая должность: нет основания в приказе 338"),
    "Rate": ("Ставка", "Ставка"),
    "Salary from (KZT)": ("Айлықақы (теңгеден бастап)", "Оклад от (тенге)"),
    "Language": ("Тіл", "Язык"),
    "Give a catalog position, or mark the post as having no regulation basis.": (
        "Каталогтағы лауазымды көрсетіңіз немесе лауазымның нормативтік негізі жоқ екенін белгілеңіз.",
        "Укажите должность из каталога или отметьте, что у должности нет нормативного основания."),
    "User name": ("Пайдаланушы аты", "Имя пользователя"),
    "Role": ("Рөлі", "Роль"),
    "Job title": ("Лауазымы", "Должность"),
    "No such user.": ("Мұндай пайдаланушы жоқ.", "Такого пользователя нет."),
    "Posts": ("Лауазымдар", "Должности"),
    "Last name": ("Тегі", "Фамилия"),
    "First name": ("Аты", "Имя"),
    "Patronymic": ("Әкесінің аты", "Отчество"),
    "IIN": ("ЖСН", "ИИН"),
    "Birth date": ("Туған күні", "Дата рождения"),
    "E-mail": ("Электрондық пошта", "Электронная почта"),
    "Phone": ("Телефон", "Телефон"),
    "Education (for the qualification check, optional)": (
        "Білімі (біліктілікті тексеру үшін, міндетті емес)", "Образование (для проверки квалификации, необязательно)"),
    "Higher": ("Жоғары", "Высшее"),
    "Postgraduate": ("Жоғары оқу орнынан кейінгі", "Послевузовское"),
    "Technical and vocational": ("Техникалық және кәсіптік", "Техническое и профессиональное"),
    "Secondary": ("Орта", "Среднее"),
    "Pedagogical education": ("Педагогикалық білім", "Педагогическое образование"),
    "Years of pedagogical experience": ("Педагогикалық жұмыс өтілі (жыл)", "Стаж педагогической работы (лет)"),
    "Qualification category held": ("Біліктілік санаты", "Имеющаяся квалификационная категория"),
    "I consent to the processing of my personal data for this competition": (
        "Осы конкурс үшін дербес деректерімнің өңделуіне келісемін",
        "Я согласен(на) на обработку моих персональных данных для этого конкурса"),
    "The IIN is not valid (%(why)s).": ("ЖСН дұрыс емес (%(why)s).", "ИИН неверен (%(why)s)."),
    "The birth date does not match the IIN.": ("Туған күні ЖСН-ге сәйкес келмейді.", "Дата рождения не совпадает с ИИН."),
    "File (PDF, JPEG or PNG)": ("Файл (PDF, JPEG немесе PNG)", "Файл (PDF, JPEG или PNG)"),
    "Accept": ("Қабылдау", "Принять"),
    "Return": ("Қайтару", "Вернуть"),
    "Decision": ("Шешім", "Решение"),
    "Reasons (for a return)": ("Себептері (қайтарған жағдайда)", "Причины (при возврате)"),
    "Winner": ("Жеңімпаз", "Победитель"),
    "Decision of the commission": ("Комиссия шешімі", "Решение комиссии"),
    "Nobody": ("Ешкім", "Никто"),
    "YAML file": ("YAML файлы", "Файл YAML"),
    "or paste YAML": ("немесе YAML мәтінін қойыңыз", "или вставьте YAML"),
    "Organisation administrator": ("Ұйым әкімшісі", "Администратор организации"),
    "Education-department viewer": ("Білім бөлімінің бақылаушысы", "Наблюдатель отдела образования"),
    "Draft": ("Жоба", "Черновик"),
    "Published": ("Жарияланды", "Опубликован"),
    "Closed": ("Қабылдау жабылды", "Прием закрыт"),
    "Scored": ("Бағаланды", "Оценен"),
    "Decided": ("Шешім қабылданды", "Решение принято"),
    "Chair": ("Төраға", "Председатель"),
    "Member": ("Мүше", "Член комиссии"),
    "Secretary (non-voting)": ("Хатшы (дауыс бермейді)", "Секретарь (без права голоса)"),
    "Required": ("Міндетті", "Обязательно"),
    "If any": ("Бар болса", "При наличии"),
    "Exemption (not a document)": ("Босату (құжат емес)", "Освобождение (не документ)"),
    "Submitted": ("Тапсырылды", "Подано"),
    "Accepted": ("Қабылданды", "Принято"),
    "Returned": ("Қайтарылды", "Возвращено"),
    "Withdrawn": ("Кері қайтарып алынды", "Отозвано"),
    "Applications are accepted only within the announced window.": (
        "Өтінімдер тек жарияланған мерзімде қабылданады.", "Заявления принимаются только в объявленный срок."),
    "The IIN is not valid: %(why)s": ("ЖСН дұрыс емес: %(why)s", "ИИН неверен: %(why)s"),
    "Choose at least one post of this competition.": (
        "Осы конкурстың кемінде бір лауазымын таңдаңыз.", "Выберите хотя бы одну должность этого конкурса."),
    "An application with this IIN already exists in this competition.": (
        "Осы конкурста бұл ЖСН-мен өтінім бар.", "В этом конкурсе уже есть заявление с этим ИИН."),
    "A commission member cannot apply.": ("Комиссия мүшесі өтінім бере алмайды.", "Член комиссии не может подать заявление."),
    "The file is larger than %(mb)s MB.": ("Файл %(mb)s МБ-тан үлкен.", "Файл больше %(mb)s МБ."),
    "Only PDF, JPEG or PNG files are accepted (checked by content).": (
        "Тек PDF, JPEG немесе PNG файлдары қабылданады (мазмұны бойынша тексеріледі).",
        "Принимаются только файлы PDF, JPEG или PNG (проверяется по содержимому)."),
    "The file is empty.": ("Файл бос.", "Файл пуст."),
    "This item takes no upload.": ("Бұл тармаққа файл жүктелмейді.", "Для этого пункта файл не загружается."),
    "This application no longer takes documents.": ("Бұл өтінімге құжаттар енді қабылданбайды.", "Это заявление больше не принимает документы."),
    "Checks happen while the competition is published or just closed.": (
        "Тексеру конкурс жарияланған немесе қабылдау жабылған кезде жүргізіледі.",
        "Проверка проводится, пока конкурс опубликован или прием только что закрыт."),
    "Only a submitted application can be checked.": ("Тек тапсырылған өтінім тексеріледі.", "Проверить можно только поданное заявление."),
    "Documents are missing; the rule requires returning them: %(rule)s": (
        "Құжаттар жетіспейді; ереже бойынша оларды қайтару керек: %(rule)s",
        "Не хватает документов; по правилу их нужно вернуть: %(rule)s"),
    "Give the reason for the return.": ("Қайтару себебін көрсетіңіз.", "Укажите причину возврата."),
    "Your application was accepted": ("Өтініміңіз қабылданды", "Ваше заявление принято"),
    "Your application to «%(c)s» was accepted for assessment.": (
        "«%(c)s» конкурсына өтініміңіз бағалауға қабылданды.", "Ваше заявление на конкурс «%(c)s» принято к оценке."),
    "Your documents were returned": ("Құжаттарыңыз қайтарылды", "Ваши документы возвращены"),
    "Your application to «%(c)s» was returned.": ("«%(c)s» конкурсына өтініміңіз қайтарылды.", "Ваше заявление на конкурс «%(c)s» возвращено."),
    "Only a returned application can be resubmitted.": ("Тек қайтарылған өтінімді қайта тапсыруға болады.", "Повторно подать можно только возвращенное заявление."),
    "The competition is past the stage where a withdrawal is possible.": (
        "Конкурс өтінімді кері қайтарып алуға болатын кезеңнен өтті.", "Конкурс прошел этап, на котором возможен отзыв заявления."),
    "Unknown document item.": ("Белгісіз құжат тармағы.", "Неизвестный пункт перечня документов."),
    "Scoring happens after acceptance has closed and before the ranking is final.": (
        "Бағалау қабылдау жабылғаннан кейін және рейтинг бекітілгенге дейін жүргізіледі.",
        "Оценка проводится после закрытия приема и до утверждения рейтинга."),
    "Only accepted applications are scored.": ("Тек қабылданған өтінімдер бағаланады.", "Оцениваются только принятые заявления."),
    "This sheet is locked.": ("Бұл парақ бекітілген.", "Этот лист заблокирован."),
    "Unknown criterion or option.": ("Белгісіз критерий немесе нұсқа.", "Неизвестный критерий или вариант."),
    "Score every criterion before locking.": ("Бекітпес бұрын әр критерийді бағалаңыз.", "Перед блокировкой оцените каждый критерий."),
    "Application": ("Өтінім", "Заявление"),
    "State": ("Күйі", "Статус"),
    "Missing": ("Жоқ", "Отсутствует"),
    "Missing required documents": ("Міндетті құжаттар жоқ", "Отсутствуют обязательные документы"),
    "Documents": ("Құжаттар", "Документы"),
    "Document": ("Құжат", "Документ"),
    "Condition": ("Шарты", "Условие"),
    "File": ("Файл", "Файл"),
    "Upload": ("Жүктеу", "Загрузить"),
    "Additional information": ("Қосымша ақпарат", "Дополнительная информация"),
    "Additional information (optional)": ("Қосымша ақпарат (міндетті емес)", "Дополнительная информация (необязательно)"),
    "Upload history (nothing is ever deleted)": ("Жүктеу тарихы (ештеңе жойылмайды)", "История загрузок (ничего не удаляется)"),
    "Submit again": ("Қайта тапсыру", "Подать повторно"),
    "Withdraw the application?": ("Өтінімді кері қайтарып аласыз ба?", "Отозвать заявление?"),
    "Withdraw": ("Кері қайтарып алу", "Отозвать"),
    "Completeness check": ("Толықтығын тексеру", "Проверка комплектности"),
    "Record the check": ("Тексеруді тіркеу", "Записать результат проверки"),
    "Assessment sheet": ("Бағалау парағы", "Оценочный лист"),
    "Back to the competition": ("Конкурсқа оралу", "Назад к конкурсу"),
    "Apply": ("Өтінім беру", "Подать заявление"),
    "Files: PDF, JPEG or PNG, up to 10 MB each. Documents can be added later from your application page until the window closes.": (
        "Файлдар: PDF, JPEG немесе PNG, әрқайсысы 10 МБ-қа дейін. Құжаттарды қабылдау мерзімі аяқталғанға дейін өтінім бетінен кейін қосуға болады.",
        "Файлы: PDF, JPEG или PNG, до 10 МБ каждый. Документы можно добавить позже на странице заявления до окончания приема."),
    "Submit application": ("Өтінімді тапсыру", "Подать заявление"),
    "Applications accepted": ("Өтінімдер қабылданады", "Прием заявлений"),
    "Post": ("Лауазым", "Должность"),
    "Basis": ("Негізі", "Основание"),
    "No basis in Order 338 (custom post)": ("338-бұйрықта негізі жоқ (ерекше лауазым)", "Нет основания в приказе 338 (особая должность)"),
    "Announcement": ("Хабарландыру", "Объявление"),
    "Manage": ("Басқару", "Управление"),
    "New competition": ("Жаңа конкурс", "Новый конкурс"),
    "Create draft": ("Жобаны құру", "Создать черновик"),
    "Hiring competitions": ("Бос орындарға конкурстар", "Конкурсы на вакансии"),
    "Open competitions": ("Ашық конкурстар", "Открытые конкурсы"),
    "No competition is accepting applications.": ("Өтінім қабылдап жатқан конкурс жоқ.", "Нет конкурсов, принимающих заявления."),
    "My applications": ("Менің өтінімдерім", "Мои заявления"),
    "None.": ("Жоқ.", "Нет."),
    "Competitions I manage or assess": ("Мен басқаратын немесе бағалайтын конкурстар", "Конкурсы, которыми я управляю или которые оцениваю"),
    "Assessment sheets": ("Бағалау парақтары", "Оценочные листы"),
    "Log in": ("Кіру", "Войти"),
    "Register as a candidate": ("Кандидат ретінде тіркелу", "Регистрация кандидата"),
    "Window": ("Мерзімі", "Срок"),
    "Public page": ("Жария бет", "Публичная страница"),
    "EXAMPLE sheet: not official, its points have no legal force": (
        "МЫСАЛ парақ: ресми емес, баллдарының заңды күші жоқ", "ПРИМЕР листа: не официальный, баллы не имеют юридической силы"),
    "Add the posts of the sample notice (004)": ("Үлгі хабарландырудың (004) лауазымдарын қосу",
                                                 "Добавить должности из образца объявления (004)"),
    "Files already received with this form (kept; they will be attached when the form is submitted):": (
        "Осы пішінмен бұрын жіберілген файлдар (сақталды; пішін тапсырылғанда өтінімге қосылады):",
        "Файлы, уже полученные с этой формой (сохранены; будут приложены при подаче формы):"),
    "The commission selected you for this post.": ("Комиссия сізді осы лауазымға таңдады.",
                                                   "Комиссия выбрала вас на эту должность."),
    "The commission selected another candidate.": ("Комиссия басқа кандидатты таңдады.", "Комиссия выбрала другого кандидата."),
    "Competition «%(c)s», post «%(p)s»: your place %(rank)s, score %(score)s.": (
        "«%(c)s» конкурсы, «%(p)s» лауазымы: сіздің орныңыз %(rank)s, балыңыз %(score)s.",
        "Конкурс «%(c)s», должность «%(p)s»: ваше место %(rank)s, балл %(score)s."),
    "Competition decision": ("Конкурс шешімі", "Решение конкурса"),
    "Add post": ("Лауазым қосу", "Добавить должность"),
    "Commission": ("Комиссия", "Комиссия"),
    "quorum": ("кворум", "кворум"),
    "Add member": ("Мүше қосу", "Добавить члена"),
    "Publish": ("Жариялау", "Опубликовать"),
    "Close acceptance": ("Қабылдауды жабу", "Закрыть прием"),
    "Applications": ("Өтінімдер", "Заявления"),
    "Candidate": ("Кандидат", "Кандидат"),
    "Scoring": ("Бағалау", "Оценка"),
    "your sheet is locked": ("парағыңыз бекітілген", "ваш лист заблокирован"),
    "score": ("бағалау", "оценить"),
    "Finish scoring": ("Бағалауды аяқтау", "Завершить оценку"),
    "Ranking": ("Рейтинг", "Рейтинг"),
    "Score = the sheet's aggregation of the locked member totals; ties broken by the sheet's tie-break criteria, then the earlier submission (see docs/hiring.md).": (
        "Балл = мүшелердің бекітілген жиындарының парақ ережесі бойынша есебі; тең болса – парақтың қосымша критерийлері, содан кейін ертерек тапсырылған өтінім (docs/hiring.md).",
        "Балл = итог заблокированных сумм членов комиссии по правилу листа; при равенстве – дополнительные критерии листа, затем более ранняя подача (docs/hiring.md)."),
    "Rank": ("Орын", "Место"),
    "Score": ("Балл", "Балл"),
    "tie": ("тең", "равенство"),
    "Below the quorum": ("Кворумға жетпеген", "Без кворума"),
    "Record decision": ("Шешімді тіркеу", "Записать решение"),
    "Protocol": ("Хаттама", "Протокол"),
    "Locked": ("Бекітілді", "Заблокирован"),
    "total": ("жиыны", "итого"),
    "Save": ("Сақтау", "Сохранить"),
    "Lock the sheet? It cannot be changed afterwards.": ("Парақты бекітесіз бе? Кейін өзгертуге болмайды.", "Заблокировать лист? Изменить его будет нельзя."),
    "Save and lock": ("Сақтау және бекіту", "Сохранить и заблокировать"),
    "Rules engine": ("Ережелер қозғалтқышы", "Движок правил"),
    "Advisory: which category the candidate's stated profile meets for the post under Order 338.": (
        "Кеңес ретінде: кандидат көрсеткен деректер 338-бұйрық бойынша лауазымның қай санатына сәйкес келеді.",
        "Справочно: какой категории по должности соответствует указанный кандидатом профиль по приказу 338."),
    "requirements of the post met": ("лауазым талаптары орындалған", "требования к должности выполнены"),
    "requirements of the post not met": ("лауазым талаптары орындалмаған", "требования к должности не выполнены"),
    "highest category met": ("сәйкес келетін ең жоғары санат", "наивысшая соответствующая категория"),
    "custom post: no regulation basis": ("ерекше лауазым: нормативтік негізі жоқ", "особая должность: нет нормативного основания"),
    "the candidate gave no profile": ("кандидат деректерін көрсетпеген", "кандидат не указал профиль"),
    "position not in the catalog": ("лауазым каталогта жоқ", "должности нет в каталоге"),
    "Documents of the application": ("Өтінім құжаттары", "Документы заявления"),
    "The official sheet is not in sanat's sources: import its edition from YAML (format: sanat/hiring/data/sheet-example.yaml). Editions are never overwritten; the edition in force on the first day of the window is chosen at publication.": (
        "Ресми бағалау парағы sanat дереккөздерінде жоқ: оның редакциясын YAML-дан импорттаңыз (пішімі: sanat/hiring/data/sheet-example.yaml). Редакциялар қайта жазылмайды; жариялау кезінде қабылдаудың бірінші күні қолданыстағы редакция таңдалады.",
        "Официального оценочного листа нет в источниках sanat: импортируйте его редакцию из YAML (формат: sanat/hiring/data/sheet-example.yaml). Редакции не перезаписываются; при публикации выбирается редакция, действующая в первый день приема."),
    "Import an edition": ("Редакцияны импорттау", "Импортировать редакцию"),
    "Import": ("Импорттау", "Импортировать"),
    "Application submitted.": ("Өтінім тапсырылды.", "Заявление подано."),
    "You have already applied; here is your application.": ("Сіз өтінім беріп қойғансыз; міне, өтініміңіз.", "Вы уже подали заявление; вот оно."),
    "Document stored.": ("Құжат сақталды.", "Документ сохранен."),
    "Application withdrawn.": ("Өтінім кері қайтарып алынды.", "Заявление отозвано."),
    "Application submitted again.": ("Өтінім қайта тапсырылды.", "Заявление подано повторно."),
    "Check recorded; the candidate has been notified.": ("Тексеру тіркелді; кандидатқа хабарланды.", "Проверка записана; кандидат уведомлен."),
    "Done.": ("Орындалды.", "Готово."),
    "Decision recorded.": ("Шешім тіркелді.", "Решение записано."),
    "Sheet locked.": ("Парақ бекітілді.", "Лист заблокирован."),
    "Scores saved.": ("Бағалар сақталды.", "Оценки сохранены."),
    "Sheet imported: %(s)s": ("Парақ импортталды: %(s)s", "Лист импортирован: %(s)s"),
    "Log out": ("Шығу", "Выйти"),
    "Register": ("Тіркелу", "Зарегистрироваться"),
    "Too many failed log-in attempts. Try again in 15 minutes.": (
        "Кіру әрекеттері тым көп сәтсіз болды. 15 минуттан кейін қайталаңыз.",
        "Слишком много неудачных попыток входа. Повторите через 15 минут."),
    "IIN from the identity document": ("Жеке куәліктегі ЖСН", "ИИН из удостоверения личности"),
    "Check the IIN": ("ЖСН-ді тексеру", "Проверить ИИН"),
    "The IIN matches the application.": ("ЖСН өтініштегімен сәйкес келеді.", "ИИН совпадает с указанным в заявлении."),
    "The IIN does not match the application.": ("ЖСН өтініштегімен сәйкес келмейді.", "ИИН не совпадает с указанным в заявлении."),
    "The personal data of this application was deleted after the retention period.": ("Бұл өтініштің дербес деректері сақтау мерзімі өткен соң жойылды.", "Персональные данные этого заявления удалены по истечении срока хранения."),
    "Upload history (files are deleted after the retention period)": ("Жүктеу тарихы (файлдар сақтау мерзімі өткен соң жойылады)", "История загрузок (файлы удаляются по истечении срока хранения)"),
}


def _unquote(lines: list[str]) -> str:
    import ast

    return "".join(ast.literal_eval(x) for x in lines)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def fill(po_path, lang: str) -> list[str]:
    """Write the translations into one po file; return the msgids left untranslated."""
    from pathlib import Path

    idx = 0 if lang == "kk" else 1
    lines = Path(po_path).read_text(encoding="utf-8").splitlines()
    out, missing, i = [], [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("msgid "):
            block = [line[6:]]
            i += 1
            while i < len(lines) and lines[i].startswith('"'):
                block.append(lines[i])
                i += 1
            msgid = _unquote(block)
            out.append("msgid " + block[0])
            out.extend(block[1:])
            # skip the existing msgstr block
            assert lines[i].startswith("msgstr ")
            i += 1
            while i < len(lines) and lines[i].startswith('"'):
                i += 1
            if msgid == "":
                out.append('msgstr ""')
                for header in ("Project-Id-Version: sanat", "PO-Revision-Date: 2026-11-21", "Last-Translator: sanat hiring",
                               "Language-Team: sanat", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8",
                               "Content-Transfer-Encoding: 8bit", f"Language: {lang}"):
                    out.append(_quote(header + "\n"))
                out.append("")
                continue
            if msgid in T:
                out.append("msgstr " + _quote(T[msgid][idx]))
            else:
                missing.append(msgid)
                out.append('msgstr ""')
            continue
        if line.startswith("#, fuzzy"):
            i += 1
            continue
        out.append(line)
        i += 1
    Path(po_path).write_text("\n".join(out) + "\n", encoding="utf-8")
    return missing


if __name__ == "__main__":
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for app in ("hiring", "accounts"):
        for lang in ("kk", "ru"):
            po = root / app / "locale" / lang / "LC_MESSAGES" / "django.po"
            left = fill(po, lang)
            if left:
                print(f"{po}: untranslated: {left}")
            subprocess.run(["msgfmt", "--check", "-o", str(po.with_suffix(".mo")), str(po)], check=True)
