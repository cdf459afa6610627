"""Kazakh and Russian translations of the interface, applied to the .po files by ``fill_po.py``.

Keep msgids in English. Plural entries are tuples (one form per plural of the language).
Run: ``cd sanat && django-admin makemessages -l kk -l ru --no-location ...`` then
``python locale/fill_po.py`` then ``django-admin compilemessages``.
"""

KK: dict[str, str | tuple[str, ...]] = {
    "Sources of this catalog": "Каталогтың дереккөздері",
    "File": "Файл",
    "Act": "Құжат",
    "Language": "Тіл",
    "Edition (latest amending order)": "Редакция (соңғы өзгеріс енгізген бұйрық)",
    "Lines": "Жолдар",
    "a school's quotation, not an official text": "мектептің дәйексөзі, ресми мәтін емес",
    "No Russian text for this clause in the sources.": "Бұл тармақтың орыс тіліндегі мәтіні дереккөздерде жоқ.",
    "No Kazakh text for this clause in the sources.": "Бұл тармақтың қазақ тіліндегі мәтіні дереккөздерде жоқ.",
    "No items.": "Тармақшалар жоқ.",
    "lines": "жолдар",
    "Search positions, duties and requirements": "Лауазымдарды, міндеттер мен талаптарды іздеу",
    "e.g. мұғалім, психолог, педагог-шебер": "мысалы: мұғалім, психолог, педагог-шебер",
    "Search": "Іздеу",
    "Chapter %(n)s": "%(n)s-тарау",
    "Breadcrumbs": "Навигация жолы",
    "Catalog": "Каталог",
    "No Russian text in the sources": "Орыс тіліндегі мәтіні дереккөздерде жоқ",
    "Paragraph": "Параграф",
    "In Kazakh": "Қазақша",
    "In Russian": "Орысша",
    "quoted by a school": "мектеп келтірген дәйексөз",
    "not in the sources": "дереккөздерде жоқ",
    "Teacher positions": "Педагог лауазымдары",
    "Typical qualification characteristics of teacher positions":
        "Педагог лауазымдарының үлгілік біліктілік сипаттамалары",
    "Order 338 of the Minister of Education and Science, in Kazakh and Russian. Every duty, requirement and "
    "competency links to the lines of the official text it comes from.":
        "Білім және ғылым министрінің № 338 бұйрығы, қазақ және орыс тілдерінде. Әрбір міндет, талап және "
        "құзыреттілік ресми мәтіннің өзі алынған жолдарына сілтейді.",
    "The catalog is not loaded yet. Run “sanat serve” or “manage.py load_regulations”.":
        "Каталог әлі жүктелмеген. «sanat serve» немесе «manage.py load_regulations» командасын орындаңыз.",
    "No Russian title in the sources": "Орыс тіліндегі атауы дереккөздерде жоқ",
    "The official Russian text of this position is not among the sources. The Russian column quotes a school's "
    "vacancy notice, which is not an official text: rely on the Kazakh text.":
        "Бұл лауазымның ресми орыс тіліндегі мәтіні дереккөздерде жоқ. Орысша баған мектептің бос орын туралы "
        "хабарландыруынан алынған, ол ресми мәтін емес: қазақ тіліндегі мәтінге сүйеніңіз.",
    "Position": "Лауазым",
    "Problems in the source texts": "Дереккөз мәтіндеріндегі ақаулар",
    "Clause number (Kazakh / Russian text)": "Тармақ нөмірі (қазақша / орысша мәтін)",
    "Requirements with professional competencies, by category":
        "Кәсіби құзыреттілікті айқындай отырып қойылатын талаптар, санаттар бойынша",
    "Includes everything required of a %(c)s, and also:": "«%(c)s» біліктілігінің барлық талаптары, сондай-ақ:",
    "Amendment notes": "Өзгерістер туралы ескертулер",
    "Clause %(c)s": "%(c)s-тармақ",
    "Where this comes from": "Дереккөзі",
    "Notes on the texts as a whole": "Мәтіндер туралы жалпы ескертулер",
    "%(n)s problem in the source text": ("Дереккөз мәтініндегі %(n)s ақау", "Дереккөз мәтініндегі %(n)s ақау"),
    "%(n)s problem in the source texts": ("Дереккөз мәтіндеріндегі %(n)s ақау", "Дереккөз мәтіндеріндегі %(n)s ақау"),
    "%(n)s amendment note on the Order itself": ("Бұйрықтың өзіне қатысты %(n)s өзгеріс ескертуі",
                                                 "Бұйрықтың өзіне қатысты %(n)s өзгеріс ескертуі"),
    "if any": "бар болса",
    "garbled in the source": "дереккөзде бұзылған",
    "The PDF extraction scrambled the law names in this item; it is shown as printed.":
        "PDF-тен алу кезінде бұл тармақтағы заң атаулары араласып кеткен; мәтін басылғандай көрсетілген.",
    "edition": "редакция",
    "quoted in a school's vacancy notice, not the official text":
        "мектептің бос орын туралы хабарландыруынан алынған, ресми мәтін емес",
    "%(n)s position found": ("%(n)s лауазым табылды", "%(n)s лауазым табылды"),
    "matched": "сәйкес келді",
    "Give the lines as ?lines=FIRST-LAST.": "Жолдарды ?lines=БАСЫ-СОҢЫ түрінде беріңіз.",
    "Source text": "Дереккөз мәтіні",
    "Source": "Дереккөз",
    "This is a school's vacancy notice that quotes the regulation: it is not an official text.":
        "Бұл — нормативтік актіні дәйексөз ретінде келтірген мектептің бос орын туралы хабарландыруы, "
        "ресми мәтін емес.",
    "Cited lines %(a)s–%(b)s of %(n)s are highlighted.": "%(n)s жолдың сілтенген %(a)s–%(b)s жолдары белгіленген.",
    "Show the whole text": "Толық мәтінді көрсету",
    "teacher": "педагог",
    "teacher-moderator": "педагог-модератор",
    "teacher-expert": "педагог-сарапшы",
    "teacher-researcher": "педагог-зерттеуші",
    "teacher-master": "педагог-шебер",
    "Job duties": "Лауазымдық міндеттері",
    "Must know": "Білуге тиіс",
    "Qualification requirements": "Біліктілікке қойылатын талаптар",
    "Kazakh": "Қазақша",
    "Russian": "Орысша",
    "Skip to content": "Мазмұнға өту",
    "Main": "Негізгі мәзір",
    "Search the catalog": "Каталогтан іздеу",
    "Derived from the official texts; every item cites its source.":
        "Ресми мәтіндерден алынған; әр тармақ өз дереккөзіне сілтейді.",
    # course pages (003)
    "Lectures": "Дәрістер",
    "Practical classes": "Практикалық сабақтар",
    "Seminars": "Семинарлар",
    "Video lessons": "Бейнесабақтар",
    "Webinars": "Вебинарлар",
    "Self-study": "Өзіндік жұмыс",
    "Attestation preparation course": "Аттестаттауға даярлау курсы",
    "Attestation course": "Аттестаттау курсы",
    "Programme": "Бағдарлама",
    "Volume": "Көлемі",
    "%(hours)s academic hour": ("%(hours)s академиялық сағат", "%(hours)s академиялық сағат"),
    "Duration": "Ұзақтығы",
    "%(days)s calendar day": ("%(days)s күнтізбелік күн", "%(days)s күнтізбелік күн"),
    "intensive": "қарқынды",
    "Formats": "Оқыту нысандары",
    "Place and year": "Орны және жылы",
    "Problems in the source text": "Дереккөз мәтініндегі ақаулар",
    "Goal, tasks and expected results": "Мақсаты, міндеттері және күтілетін нәтижелер",
    "Goal": "Мақсаты",
    "Tasks": "Міндеттері",
    "Expected results": "Күтілетін нәтижелер",
    "Practical significance": "Практикалық маңызы",
    "Curriculum": "Оқу жоспары",
    "In-person format": "Күндізгі (бетпе-бет) нысан",
    "Distance format": "Қашықтықтан оқыту нысаны",
    "Topic": "Тақырып",
    "Total": "Барлығы",
    "Module %(n)s": "%(n)s-модуль",
    "The text states a different total": "Мәтінде басқа жиынтық көрсетілген",
    "Modules": "Модульдер",
    "%(hours)s hour": ("%(hours)s сағат", "%(hours)s сағат"),
    "Description": "Сипаттамасы",
    "Practical orientation": "Практикалық бағыты",
    "Topics": "Тақырыптар",
    "Self-assessment criteria": "Өзін-өзі бағалау критерийлері",
    "Criterion": "Критерий",
    "Assessed aspects": "Бағаланатын аспектілер",
    "Scale": "Шкала",
    "Self-assessment tools": "Өзін-өзі бағалау құралдары",
    "Final project rubric": "Қорытынды жобаның бағалау рубрикасы",
    "Max points": "Ең жоғары балл",
    "The text states no pass mark.": "Мәтінде өту шегі көрсетілмеген.",
    "Certificate": "Сертификат",
    "Post-course support": "Курстан кейінгі қолдау",
    "Up to %(months)s month after the course.": ("Курстан кейін %(months)s айға дейін.",
                                                 "Курстан кейін %(months)s айға дейін."),
    "Literature": "Әдебиет",
    "As printed in the programme; not verified.": "Бағдарламада басылғандай берілген; тексерілмеген.",
    # navigation and accounts (shared layout)
    "Professional standard": "Кәсіби стандарт",
    "Hiring competitions": "Бос орындарға конкурстар",
    "Training centre": "Оқу орталығы",
    "My attestation": "Менің аттестаттауым",
    "My category": "Менің санатым",
    "Log in": "Кіру",
    "Log out": "Шығу",
    "Register": "Тіркелу",
    "Register as a candidate": "Үміткер ретінде тіркелу",
    "E-mail": "Электрондық пошта",
    "First name": "Аты",
    "Last name": "Тегі",
    "Patronymic": "Әкесінің аты",
    "Phone": "Телефон",
    "Birth date": "Туған күні",
    "IIN": "ЖСН",
    "User name": "Пайдаланушы аты",
    "Too many failed log-in attempts. Try again in 15 minutes.":
        "Кіру әрекеттері тым көп сәтсіз болды. 15 минуттан кейін қайталап көріңіз.",
    "Category": "Санат",
    "Show": "Көрсету",
    "Code": "Коды",
    "Knowledge": "Білім",
    "Skills": "Дағдылар",
    # standard, crosswalk and course pages
    "Unknown category «%(c)s». Choose one from the list.": "«%(c)s» санаты белгісіз. Тізімнен таңдаңыз.",
    "There is no position «%(p)s» in the Order 338 catalog. Choose one from the list.":
        "№ 338 бұйрық каталогында «%(p)s» лауазымы жоқ. Тізімнен таңдаңыз.",
    "This position's data cannot be read as an Order 338 catalog position.":
        "Бұл лауазымның деректерін № 338 бұйрық каталогының лауазымы ретінде оқу мүмкін емес.",
    "Organisation and assessment": "Ұйымдастыру және бағалау",
    "Intermediate control": "Аралық бақылау",
    "Final attestation": "Қорытынды аттестаттау",
    "Final work assessment criteria": "Қорытынды жұмысты бағалау критерийлері",
    "Audience": "Тыңдаушылар",
    "Defects found in the text are reported here with their lines; the data keeps them as printed.":
        "Мәтіннен табылған ақаулар мұнда жолдарымен көрсетіледі; деректер оларды басылғандай сақтайды.",
    "Printed number": "Басылған нөмірі",
    "Not in the source text": "Дереккөз мәтінінде жоқ",
    "referred to by %(c)s": "%(c)s сілтейді",
    "%(a)s refers to %(b)s, not to the previous category %(c)s; followed as printed.":
        "%(a)s алдыңғы %(c)s санатына емес, %(b)s санатына сілтейді; басылғандай ұстанылды.",
    "%(a)s refers to %(b)s, which this position's list does not define; the chain stops here.":
        "%(a)s бұл лауазымның тізімінде анықталмаған %(b)s санатына сілтейді; тізбек осы жерде тоқтайды.",
    "%(a)s refers to %(b)s, which is already in the chain; the chain stops here.":
        "%(a)s тізбекте бұрыннан бар %(b)s санатына сілтейді; тізбек осы жерде тоқтайды.",
    "The text for %(a)s names no category it builds on, so nothing is inherited from %(c)s.":
        "%(a)s мәтінінде ол негізделетін санат аталмаған, сондықтан %(c)s санатынан ештеңе мұраланбайды.",
    "%(a)s: the Kazakh and Russian texts refer to different categories (Kazakh: %(k)s, Russian: %(r)s); "
    "the Kazakh reference is followed.":
        "%(a)s: қазақша және орысша мәтіндер әртүрлі санаттарға сілтейді (қазақша: %(k)s, орысша: %(r)s); "
        "қазақша сілтеме ұстанылды.",
    "All problems": "Барлық ақаулар",
    "Defects of the official text are recorded as found; nothing is corrected or filled in.":
        "Ресми мәтіннің ақаулары табылған күйінде тіркеледі; ештеңе түзетілмейді және толықтырылмайды.",
    "Kind": "Түрі",
    "Where": "Қай жерде",
    "Detail": "Толығырақ",
    "level": "деңгей",
    "Appendix %(n)s": "%(n)s-қосымша",
    "printed together": "бірге басылған",
    "Group code": "Топ коды",
    "Profession": "Кәсіп",
    "Other names": "Басқа атаулары",
    "Qualification level (sectoral framework)": "Біліктілік деңгейі (салалық біліктілік шеңбері)",
    "clause 11": "11-тармақ",
    "Main purpose": "Негізгі мақсаты",
    "Main functions (list)": "Негізгі функциялар (тізбе)",
    "Additional functions": "Қосымша функциялар",
    "Main functions": "Негізгі функциялар",
    "Not in the list of main functions": "Негізгі функциялар тізбесінде жоқ",
    "In the list of main functions": "Негізгі функциялар тізбесінде бар",
    "Task %(n)s": "%(n)s-міндет",
    "Requirements and links": "Талаптар мен байланыстар",
    "Personal competencies": "Жеке құзыреттер",
    "Related professions": "Туыстас кәсіптер",
    "Link to tariff and qualification handbooks": "Тарифтік-біліктілік анықтамалықтарымен байланыс",
    "Education level": "Білім деңгейі",
    "Specialties": "Мамандықтар",
    "Qualifications": "Біліктіліктер",
    "Crosswalk: the standard and Order 338": "Салыстыру: кәсіби стандарт және № 338 бұйрық",
    "Crosswalk": "Салыстыру",
    "For one qualification category: each criterion of the professional standard «Педагог» (Order 500) with "
    "its descriptor, beside the competency items Order 338 sets for a chosen position. The two acts are not "
    "linked by their texts: this page puts them side by side and maps nothing.":
        "Бір біліктілік санаты бойынша: «Педагог» кәсіби стандартының (№ 500 бұйрық) әр критерийі өз "
        "дескрипторымен, таңдалған лауазым үшін № 338 бұйрық белгілейтін құзыреттілік тармақтарының қасында. "
        "Екі акт мәтіндері арқылы байланыспаған: бұл бет оларды қатар қояды және ешқандай сәйкестендіру жасамайды.",
    "The Order 338 catalog is not loaded, so there are no positions to choose from.":
        "№ 338 бұйрық каталогы жүктелмеген, сондықтан таңдайтын лауазымдар жоқ.",
    "Professional standard «Педагог»: descriptors of the category": "«Педагог» кәсіби стандарты: санат дескрипторлары",
    "Descriptor": "Дескриптор",
    "Suggestion: %(n)s item shares words": ("Ұсыныс: %(n)s тармақта ортақ сөздер бар",
                                            "Ұсыныс: %(n)s тармақта ортақ сөздер бар"),
    "shared stems": "ортақ түбірлер",
    "Order 338: competency items of this position": "№ 338 бұйрық: осы лауазымның құзыреттілік тармақтары",
    "The text of this position lists no competencies for this category.":
        "Бұл лауазымның мәтінінде осы санат үшін құзыреттер көрсетілмеген.",
    "It lists them for": "Олар мына санаттар үшін көрсетілген",
    "Inherited through the reference to another category, as printed": "Басқа санатқа сілтеме арқылы мұраланған (басылғандай)",
    "Chain": "Тізбек",
    "About the suggestions": "Ұсыныстар туралы",
    "Suggestions are not a legal mapping. They only show that a descriptor and a Kazakh item share word stems.":
        "Ұсыныстар құқықтық сәйкестендіру емес. Олар дескриптор мен қазақша тармақтың ортақ сөз түбірлері бар "
        "екенін ғана көрсетеді.",
    "Method: the words of both texts are normalised, stemmed and folded as in the catalog search; stop words "
    "and stems shorter than %(k)s letters are left out, as are stems found in half or more of this category's "
    "descriptors. An item is suggested for a criterion when they share at least %(m)s stems; at most %(x)s per "
    "criterion, most shared first.":
        "Әдіс: екі мәтіннің сөздері каталогтағы іздеудегідей қалыпқа келтіріліп, түбірге дейін қысқартылады; "
        "көмекші сөздер мен %(k)s әріптен қысқа түбірлер, сондай-ақ осы санат дескрипторларының жартысында "
        "немесе одан көбінде кездесетін түбірлер ескерілмейді. Тармақ критерийге кемінде %(m)s ортақ түбір болса "
        "ұсынылады; бір критерийге ең көбі %(x)s, ортақтары көбі бірінші.",
    "Left out as too common": "Тым жиі кездесетіндіктен ескерілмеген",
    "Approved by order": "Бекіткен бұйрық",
    "Purpose": "Мақсаты",
    "Professional group": "Кәсіби топ",
    "Competency map": "Құзыреттер картасы",
    "Criteria of Appendix 1 as rows, qualification categories of Appendix 2 as columns. Open a criterion to see "
    "its indicators.":
        "Жолдарда 1-қосымшаның критерийлері, бағандарда 2-қосымшаның біліктілік санаттары. Көрсеткіштерін көру "
        "үшін критерийді ашыңыз.",
    "Crosswalk: a category's descriptors beside a position's Order 338 competencies":
        "Салыстыру: санат дескрипторлары лауазымның № 338 бұйрықтағы құзыреттерінің қасында",
    "printed as": "басылған түрі",
    "Appendix 2": "2-қосымша",
    "%(n)s indicator": ("%(n)s көрсеткіш", "%(n)s көрсеткіш"),
    "Profession cards": "Кәсіп карточкалары",
    "Appendix": "Қосымша",
    "Levels": "Деңгейлер",
    "Cards": "Карточкалар",
    "The order": "Бұйрық",
    "General provisions": "Жалпы ережелер",
    # anomaly labels (sanat/catalog/anomaly_labels.py)
    "The same paragraph number is printed twice in the chapter":
        "Тарауда бір параграф нөмірі екі рет басылған",
    "A paragraph heading is printed in a non-standard form":
        "Параграф тақырыбы әдеттегі үлгіден басқаша басылған",
    "A chapter heading is printed inside a section heading":
        "Тарау тақырыбы бөлім тақырыбының ішінде басылған",
    "The same clause number is printed twice": "Бір тармақ нөмірі екі рет басылған",
    "Clause numbers do not follow in order": "Тармақ нөмірлері ретімен келмейді",
    "A clause has no heading": "Тармақтың тақырыбы жоқ",
    "A clause heading and its text are printed on one line": "Тармақ тақырыбы мен мәтіні бір жолда басылған",
    "A clause heading is spelt differently from the usual form":
        "Тармақ тақырыбы әдеттегіден басқаша жазылған",
    "The law names in the Kazakh text were jumbled when the file was extracted (shown as is)":
        "Қазақ мәтініндегі заң атаулары файлдан алынғанда ретсіз орналасқан (өзгеріссіз көрсетілген)",
    "The same item is listed twice": "Бір тармақша екі рет берілген",
    "Section headings are printed in different forms": "Бөлім тақырыптары әртүрлі түрде басылған",
    "An amendment note names a different clause": "Өзгеріс туралы ескертпе басқа тармақты атайды",
    "A category name is printed in a non-standard form": "Санат атауы әдеттегі үлгіден басқаша басылған",
    "It is not stated which level this category builds on":
        "Санаттың қай деңгейге негізделетіні көрсетілмеген",
    "A category builds on a different level than the one before it":
        "Санат өзінен алдыңғы деңгейге емес, басқа деңгейге негізделеді",
    "A category refers to a level not described in this list":
        "Санат осы тізімде сипатталмаған деңгейге сілтейді",
    "The list of categories stops before teacher-master":
        "Санаттар тізімі «педагог-шебер» деңгейіне жетпей аяқталады",
    "Two different experience requirements are given for the same category":
        "Бір санатқа өтілдің екі түрлі талабы берілген",
    "A higher category requires less experience than a lower one":
        "Жоғары санатқа төменгі санаттан аз өтіл талап етілген",
    "No experience requirement is given for a category": "Бір санат үшін өтіл талабы көрсетілмеген",
    "Experience requirements are given only for technical and vocational education, none for higher education":
        "Өтіл талабы тек техникалық және кәсіптік білімі барларға берілген, жоғары білімі барларға берілмеген",
    "A category in the experience table has no readable number of years":
        "Өтіл кестесінде санаттың жыл саны оқылмайды",
    "A number of years in the experience table belongs to no category":
        "Өтіл кестесіндегі жыл саны ешбір санатқа жатпайды",
    "A number of years of experience cannot be read (misprint)":
        "Өтіл жылдарының саны оқылмайды (қате басылған)",
    "The word “years” is misprinted; the number is read as years":
        "«Жыл» сөзі қате басылған; сан жыл ретінде оқылды",
    "Experience in a category is counted as if the category were a post":
        "Санаттағы өтіл лауазымдағы өтіл сияқты есептелген",
    "The text does not say whether a requirement line adds to the line before it or replaces it":
        "Талап жолы алдыңғы жолға қосыла ма, әлде оны алмастыра ма — мәтінде айтылмаған",
    "The Kazakh and Russian texts number this clause differently":
        "Қазақ және орыс мәтіндерінде тармақ нөмірі әртүрлі",
    "The Kazakh and Russian texts list a different number of items":
        "Қазақ және орыс мәтіндеріндегі тармақшалар саны әртүрлі",
    "Some category levels appear in only one of the two languages":
        "Кейбір санат деңгейлері тек бір тілдегі мәтінде берілген",
    "The Kazakh and Russian texts build a category on different levels":
        "Қазақ және орыс мәтіндерінде санат әртүрлі деңгейлерге негізделген",
    "The experience requirements differ between the Kazakh and Russian texts":
        "Қазақ және орыс мәтіндеріндегі өтіл талабы сәйкес келмейді",
    "The Kazakh and Russian texts give a different number of experience requirements for a category":
        "Қазақ және орыс мәтіндерінде санатқа берілген өтіл талаптарының саны әртүрлі",
    "The same years of experience are worded differently in the Kazakh and Russian texts":
        "Өтіл жылдары бірдей, бірақ қазақ және орыс мәтіндерінде басқаша тұжырымдалған",
    "The Kazakh and Russian texts apply experience requirements to different levels of education":
        "Қазақ және орыс мәтіндерінде өтіл талабы әртүрлі білім деңгейлеріне қатысты",
    "The Kazakh and Russian texts count different kinds of experience":
        "Қазақ және орыс мәтіндерінде өтілдің әртүрлі түрі есептеледі",
    "The Kazakh and Russian texts require different experience for the post itself":
        "Лауазымның өзіне қойылатын өтіл талабы қазақ және орыс мәтіндерінде әртүрлі",
    "One language requires no experience, the other does":
        "Бір тілдегі мәтін өтіл талап етпейді, екіншісі талап етеді",
    "The Kazakh and Russian texts accept different levels of education":
        "Қазақ және орыс мәтіндерінде білім деңгейіне қойылатын талап әртүрлі",
    "The requirements are structured differently in the Kazakh and Russian texts":
        "Қазақ және орыс мәтіндеріндегі талаптар әртүрлі құрылған",
    "Some chapters are missing from the Russian text": "Орыс тіліндегі мәтінде кейбір тараулар жоқ",
    "Some chapters are missing from the Kazakh text": "Қазақ тіліндегі мәтінде кейбір тараулар жоқ",
    "Some section headings are missing from the Russian text":
        "Орыс тіліндегі мәтінде кейбір бөлімдердің тақырыптары жоқ",
    "Some section headings are missing from the Kazakh text":
        "Қазақ тіліндегі мәтінде кейбір бөлімдердің тақырыптары жоқ",
    "This position appears only in the Russian text": "Бұл лауазым тек орыс тіліндегі мәтінде бар",
}

RU: dict[str, str | tuple[str, ...]] = {
    "Sources of this catalog": "Источники каталога",
    "File": "Файл",
    "Act": "Акт",
    "Language": "Язык",
    "Edition (latest amending order)": "Редакция (последний приказ о внесении изменений)",
    "Lines": "Строк",
    "a school's quotation, not an official text": "цитата школы, не официальный текст",
    "No Russian text for this clause in the sources.": "Русского текста этого пункта в источниках нет.",
    "No Kazakh text for this clause in the sources.": "Казахского текста этого пункта в источниках нет.",
    "No items.": "Подпунктов нет.",
    "lines": "строки",
    "Search positions, duties and requirements": "Поиск по должностям, обязанностям и требованиям",
    "e.g. мұғалім, психолог, педагог-шебер": "например: учитель, психолог, педагог-мастер",
    "Search": "Найти",
    "Chapter %(n)s": "Глава %(n)s",
    "Breadcrumbs": "Навигационная цепочка",
    "Catalog": "Каталог",
    "No Russian text in the sources": "Русского текста в источниках нет",
    "Paragraph": "Параграф",
    "In Kazakh": "На казахском",
    "In Russian": "На русском",
    "quoted by a school": "цитата школы",
    "not in the sources": "нет в источниках",
    "Teacher positions": "Должности педагогов",
    "Typical qualification characteristics of teacher positions":
        "Типовые квалификационные характеристики должностей педагогов",
    "Order 338 of the Minister of Education and Science, in Kazakh and Russian. Every duty, requirement and "
    "competency links to the lines of the official text it comes from.":
        "Приказ Министра образования и науки № 338 на казахском и русском языках. Каждая обязанность, "
        "требование и компетенция ссылается на строки официального текста, из которых она взята.",
    "The catalog is not loaded yet. Run “sanat serve” or “manage.py load_regulations”.":
        "Каталог ещё не загружен. Выполните «sanat serve» или «manage.py load_regulations».",
    "No Russian title in the sources": "Русского наименования в источниках нет",
    "The official Russian text of this position is not among the sources. The Russian column quotes a school's "
    "vacancy notice, which is not an official text: rely on the Kazakh text.":
        "Официального русского текста этой должности в источниках нет. Русская колонка цитирует объявление "
        "школы о вакансии, а это не официальный текст: опирайтесь на казахский текст.",
    "Position": "Должность",
    "Problems in the source texts": "Проблемы в исходных текстах",
    "Clause number (Kazakh / Russian text)": "Номер пункта (казахский / русский текст)",
    "Requirements with professional competencies, by category":
        "Требования с определением профессиональных компетенций, по категориям",
    "Includes everything required of a %(c)s, and also:": "Все требования к квалификации «%(c)s», а также:",
    "Amendment notes": "Сноски об изменениях",
    "Clause %(c)s": "Пункт %(c)s",
    "Where this comes from": "Откуда это взято",
    "Notes on the texts as a whole": "Замечания к текстам в целом",
    "%(n)s problem in the source text": ("%(n)s проблема в исходном тексте", "%(n)s проблемы в исходном тексте",
                                         "%(n)s проблем в исходном тексте", "%(n)s проблемы в исходном тексте"),
    "%(n)s problem in the source texts": ("%(n)s проблема в исходных текстах", "%(n)s проблемы в исходных текстах",
                                          "%(n)s проблем в исходных текстах", "%(n)s проблемы в исходных текстах"),
    "%(n)s amendment note on the Order itself": ("%(n)s сноска об изменениях самого приказа",
                                                 "%(n)s сноски об изменениях самого приказа",
                                                 "%(n)s сносок об изменениях самого приказа",
                                                 "%(n)s сноски об изменениях самого приказа"),
    "if any": "при наличии",
    "garbled in the source": "искажено в источнике",
    "The PDF extraction scrambled the law names in this item; it is shown as printed.":
        "При извлечении из PDF названия законов в этом пункте перемешались; текст показан как напечатан.",
    "edition": "редакция",
    "quoted in a school's vacancy notice, not the official text":
        "цитата из объявления школы о вакансии, не официальный текст",
    "%(n)s position found": ("Найдена %(n)s должность", "Найдено %(n)s должности", "Найдено %(n)s должностей",
                             "Найдено %(n)s должностей"),
    "matched": "совпало",
    "Give the lines as ?lines=FIRST-LAST.": "Укажите строки в виде ?lines=ПЕРВАЯ-ПОСЛЕДНЯЯ.",
    "Source text": "Исходный текст",
    "Source": "Источник",
    "This is a school's vacancy notice that quotes the regulation: it is not an official text.":
        "Это объявление школы о вакансии, цитирующее нормативный акт: это не официальный текст.",
    "Cited lines %(a)s–%(b)s of %(n)s are highlighted.": "Цитируемые строки %(a)s–%(b)s из %(n)s выделены.",
    "Show the whole text": "Показать весь текст",
    "teacher": "педагог",
    "teacher-moderator": "педагог-модератор",
    "teacher-expert": "педагог-эксперт",
    "teacher-researcher": "педагог-исследователь",
    "teacher-master": "педагог-мастер",
    "Job duties": "Должностные обязанности",
    "Must know": "Должен знать",
    "Qualification requirements": "Требования к квалификации",
    "Kazakh": "Казахский",
    "Russian": "Русский",
    "Skip to content": "Перейти к содержанию",
    "Main": "Главное меню",
    "Search the catalog": "Поиск по каталогу",
    "Derived from the official texts; every item cites its source.":
        "Составлено по официальным текстам; каждый пункт ссылается на источник.",
    # course pages (003)
    "Lectures": "Лекции",
    "Practical classes": "Практические занятия",
    "Seminars": "Семинары",
    "Video lessons": "Видеоуроки",
    "Webinars": "Вебинары",
    "Self-study": "Самостоятельная работа",
    "Attestation preparation course": "Курс подготовки к аттестации",
    "Attestation course": "Курс аттестации",
    "Programme": "Программа",
    "Volume": "Объём",
    "%(hours)s academic hour": ("%(hours)s академический час", "%(hours)s академических часа",
                                "%(hours)s академических часов", "%(hours)s академических часа"),
    "Duration": "Продолжительность",
    "%(days)s calendar day": ("%(days)s календарный день", "%(days)s календарных дня",
                              "%(days)s календарных дней", "%(days)s календарного дня"),
    "intensive": "интенсив",
    "Formats": "Формы обучения",
    "Place and year": "Место и год",
    "Problems in the source text": "Проблемы в исходном тексте",
    "Goal, tasks and expected results": "Цель, задачи и ожидаемые результаты",
    "Goal": "Цель",
    "Tasks": "Задачи",
    "Expected results": "Ожидаемые результаты",
    "Practical significance": "Практическая значимость",
    "Curriculum": "Учебный план",
    "In-person format": "Очный формат",
    "Distance format": "Дистанционный формат",
    "Topic": "Тема",
    "Total": "Всего",
    "Module %(n)s": "Модуль %(n)s",
    "The text states a different total": "В тексте указан другой итог",
    "Modules": "Модули",
    "%(hours)s hour": ("%(hours)s час", "%(hours)s часа", "%(hours)s часов", "%(hours)s часа"),
    "Description": "Описание",
    "Practical orientation": "Практическая направленность",
    "Topics": "Темы",
    "Self-assessment criteria": "Критерии самооценки",
    "Criterion": "Критерий",
    "Assessed aspects": "Оцениваемые аспекты",
    "Scale": "Шкала",
    "Self-assessment tools": "Инструменты самооценки",
    "Final project rubric": "Рубрика оценивания итогового проекта",
    "Max points": "Максимум баллов",
    "The text states no pass mark.": "Проходной балл в тексте не указан.",
    "Certificate": "Сертификат",
    "Post-course support": "Сопровождение после курса",
    "Up to %(months)s month after the course.": ("До %(months)s месяца после курса.",
                                                 "До %(months)s месяцев после курса.",
                                                 "До %(months)s месяцев после курса.",
                                                 "До %(months)s месяца после курса."),
    "Literature": "Литература",
    "As printed in the programme; not verified.": "Как напечатано в программе; не проверено.",
    # navigation and accounts (shared layout)
    "Professional standard": "Профессиональный стандарт",
    "Hiring competitions": "Конкурсы на вакансии",
    "Training centre": "Учебный центр",
    "My attestation": "Моя аттестация",
    "My category": "Моя категория",
    "Log in": "Войти",
    "Log out": "Выйти",
    "Register": "Зарегистрироваться",
    "Register as a candidate": "Регистрация кандидата",
    "E-mail": "Электронная почта",
    "First name": "Имя",
    "Last name": "Фамилия",
    "Patronymic": "Отчество",
    "Phone": "Телефон",
    "Birth date": "Дата рождения",
    "IIN": "ИИН",
    "User name": "Имя пользователя",
    "Too many failed log-in attempts. Try again in 15 minutes.":
        "Слишком много неудачных попыток входа. Повторите через 15 минут.",
    "Category": "Категория",
    "Show": "Показать",
    "Code": "Код",
    "Knowledge": "Знания",
    "Skills": "Умения",
    # standard, crosswalk and course pages
    "Unknown category «%(c)s». Choose one from the list.": "Неизвестная категория «%(c)s». Выберите из списка.",
    "There is no position «%(p)s» in the Order 338 catalog. Choose one from the list.":
        "В каталоге приказа № 338 нет должности «%(p)s». Выберите из списка.",
    "This position's data cannot be read as an Order 338 catalog position.":
        "Данные этой должности не читаются как должность каталога приказа № 338.",
    "Organisation and assessment": "Организация и оценивание",
    "Intermediate control": "Промежуточный контроль",
    "Final attestation": "Итоговая аттестация",
    "Final work assessment criteria": "Критерии оценивания итоговой работы",
    "Audience": "Слушатели",
    "Defects found in the text are reported here with their lines; the data keeps them as printed.":
        "Найденные в тексте дефекты показаны здесь с номерами строк; в данных они сохранены как напечатано.",
    "Printed number": "Напечатанный номер",
    "Not in the source text": "Нет в исходном тексте",
    "referred to by %(c)s": "на неё ссылается %(c)s",
    "%(a)s refers to %(b)s, not to the previous category %(c)s; followed as printed.":
        "%(a)s ссылается на %(b)s, а не на предыдущую категорию %(c)s; учтено как напечатано.",
    "%(a)s refers to %(b)s, which this position's list does not define; the chain stops here.":
        "%(a)s ссылается на %(b)s, которой нет в списке этой должности; цепочка здесь обрывается.",
    "%(a)s refers to %(b)s, which is already in the chain; the chain stops here.":
        "%(a)s ссылается на %(b)s, которая уже есть в цепочке; цепочка здесь обрывается.",
    "The text for %(a)s names no category it builds on, so nothing is inherited from %(c)s.":
        "В тексте для %(a)s не указана базовая категория, поэтому от %(c)s ничего не наследуется.",
    "%(a)s: the Kazakh and Russian texts refer to different categories (Kazakh: %(k)s, Russian: %(r)s); "
    "the Kazakh reference is followed.":
        "%(a)s: казахский и русский тексты ссылаются на разные категории (казахский: %(k)s, русский: %(r)s); "
        "принята ссылка казахского текста.",
    "All problems": "Все проблемы",
    "Defects of the official text are recorded as found; nothing is corrected or filled in.":
        "Дефекты официального текста зафиксированы как найдены; ничего не исправлено и не дополнено.",
    "Kind": "Вид",
    "Where": "Где",
    "Detail": "Подробности",
    "level": "уровень",
    "Appendix %(n)s": "Приложение %(n)s",
    "printed together": "напечатаны вместе",
    "Group code": "Код группы",
    "Profession": "Профессия",
    "Other names": "Другие названия",
    "Qualification level (sectoral framework)": "Уровень квалификации (отраслевая рамка квалификаций)",
    "clause 11": "пункт 11",
    "Main purpose": "Основная цель",
    "Main functions (list)": "Основные функции (перечень)",
    "Additional functions": "Дополнительные функции",
    "Main functions": "Основные функции",
    "Not in the list of main functions": "Нет в перечне основных функций",
    "In the list of main functions": "Есть в перечне основных функций",
    "Task %(n)s": "Задача %(n)s",
    "Requirements and links": "Требования и связи",
    "Personal competencies": "Личностные компетенции",
    "Related professions": "Родственные профессии",
    "Link to tariff and qualification handbooks": "Связь с тарифно-квалификационными справочниками",
    "Education level": "Уровень образования",
    "Specialties": "Специальности",
    "Qualifications": "Квалификации",
    "Crosswalk: the standard and Order 338": "Сопоставление: профессиональный стандарт и приказ № 338",
    "Crosswalk": "Сопоставление",
    "For one qualification category: each criterion of the professional standard «Педагог» (Order 500) with "
    "its descriptor, beside the competency items Order 338 sets for a chosen position. The two acts are not "
    "linked by their texts: this page puts them side by side and maps nothing.":
        "Для одной квалификационной категории: каждый критерий профессионального стандарта «Педагог» "
        "(приказ № 500) с дескриптором рядом с компетенциями, которые приказ № 338 устанавливает для выбранной "
        "должности. Тексты актов не связаны между собой: страница лишь ставит их рядом и ничего не сопоставляет.",
    "The Order 338 catalog is not loaded, so there are no positions to choose from.":
        "Каталог приказа № 338 не загружен, поэтому выбрать должность нельзя.",
    "Professional standard «Педагог»: descriptors of the category": "Профессиональный стандарт «Педагог»: дескрипторы категории",
    "Descriptor": "Дескриптор",
    "Suggestion: %(n)s item shares words": ("Подсказка: у %(n)s пункта общие слова",
                                            "Подсказка: у %(n)s пунктов общие слова",
                                            "Подсказка: у %(n)s пунктов общие слова",
                                            "Подсказка: у %(n)s пункта общие слова"),
    "shared stems": "общие основы",
    "Order 338: competency items of this position": "Приказ № 338: компетенции этой должности",
    "The text of this position lists no competencies for this category.":
        "В тексте этой должности для этой категории компетенции не перечислены.",
    "It lists them for": "Они перечислены для",
    "Inherited through the reference to another category, as printed": "Унаследовано по ссылке на другую категорию, как напечатано",
    "Chain": "Цепочка",
    "About the suggestions": "О подсказках",
    "Suggestions are not a legal mapping. They only show that a descriptor and a Kazakh item share word stems.":
        "Подсказки — не юридическое сопоставление. Они лишь показывают, что у дескриптора и казахского пункта "
        "есть общие основы слов.",
    "Method: the words of both texts are normalised, stemmed and folded as in the catalog search; stop words "
    "and stems shorter than %(k)s letters are left out, as are stems found in half or more of this category's "
    "descriptors. An item is suggested for a criterion when they share at least %(m)s stems; at most %(x)s per "
    "criterion, most shared first.":
        "Метод: слова обоих текстов нормализуются и сводятся к основам, как в поиске по каталогу; служебные "
        "слова, основы короче %(k)s букв и основы, встречающиеся в половине и более дескрипторов категории, "
        "не учитываются. Пункт предлагается для критерия, если у них не менее %(m)s общих основ; не более %(x)s "
        "на критерий, сначала с наибольшим числом общих.",
    "Left out as too common": "Не учтены как слишком частые",
    "Approved by order": "Утверждён приказом",
    "Purpose": "Назначение",
    "Professional group": "Профессиональная группа",
    "Competency map": "Карта компетенций",
    "Criteria of Appendix 1 as rows, qualification categories of Appendix 2 as columns. Open a criterion to see "
    "its indicators.":
        "В строках — критерии приложения 1, в столбцах — квалификационные категории приложения 2. Откройте "
        "критерий, чтобы увидеть его показатели.",
    "Crosswalk: a category's descriptors beside a position's Order 338 competencies":
        "Сопоставление: дескрипторы категории рядом с компетенциями должности по приказу № 338",
    "printed as": "напечатано как",
    "Appendix 2": "Приложение 2",
    "%(n)s indicator": ("%(n)s показатель", "%(n)s показателя", "%(n)s показателей", "%(n)s показателя"),
    "Profession cards": "Карточки профессий",
    "Appendix": "Приложение",
    "Levels": "Уровни",
    "Cards": "Карточки",
    "The order": "Приказ",
    "General provisions": "Общие положения",
    # anomaly labels (sanat/catalog/anomaly_labels.py)
    "The same paragraph number is printed twice in the chapter":
        "В главе один и тот же номер параграфа напечатан дважды",
    "A paragraph heading is printed in a non-standard form":
        "Заголовок параграфа напечатан не по обычному образцу",
    "A chapter heading is printed inside a section heading":
        "Заголовок главы напечатан внутри заголовка раздела",
    "The same clause number is printed twice": "Один и тот же номер пункта напечатан дважды",
    "Clause numbers do not follow in order": "Номера пунктов идут не по порядку",
    "A clause has no heading": "У пункта нет заголовка",
    "A clause heading and its text are printed on one line":
        "Заголовок пункта и его текст напечатаны в одной строке",
    "A clause heading is spelt differently from the usual form":
        "Заголовок пункта написан не так, как обычно",
    "The law names in the Kazakh text were jumbled when the file was extracted (shown as is)":
        "Названия законов в казахском тексте перемешались при извлечении из файла (показаны как есть)",
    "The same item is listed twice": "Один и тот же подпункт приведён дважды",
    "Section headings are printed in different forms": "Заголовки разделов напечатаны в разных формах",
    "An amendment note names a different clause": "Примечание об изменении называет другой пункт",
    "A category name is printed in a non-standard form":
        "Название категории напечатано не по обычному образцу",
    "It is not stated which level this category builds on":
        "Не указано, на какой уровень опирается категория",
    "A category builds on a different level than the one before it":
        "Категория опирается не на предыдущий уровень, а на другой",
    "A category refers to a level not described in this list":
        "Категория ссылается на уровень, не описанный в этом перечне",
    "The list of categories stops before teacher-master":
        "Перечень категорий обрывается до уровня «педагог-мастер»",
    "Two different experience requirements are given for the same category":
        "Для одной категории указаны два разных требования к стажу",
    "A higher category requires less experience than a lower one":
        "Для более высокой категории требуется меньше стажа, чем для более низкой",
    "No experience requirement is given for a category":
        "Для одной из категорий требование к стажу не указано",
    "Experience requirements are given only for technical and vocational education, none for higher education":
        "Требования к стажу указаны только для технического и профессионального образования, для высшего — нет",
    "A category in the experience table has no readable number of years":
        "В таблице стажа для категории не удаётся прочитать число лет",
    "A number of years in the experience table belongs to no category":
        "Число лет в таблице стажа не относится ни к одной категории",
    "A number of years of experience cannot be read (misprint)":
        "Число лет стажа не удаётся прочитать (опечатка)",
    "The word “years” is misprinted; the number is read as years":
        "Слово «лет» напечатано с ошибкой; число прочитано как годы",
    "Experience in a category is counted as if the category were a post":
        "Стаж в категории указан так, будто категория — это должность",
    "The text does not say whether a requirement line adds to the line before it or replaces it":
        "В тексте не сказано, дополняет строка требований предыдущую или заменяет её",
    "The Kazakh and Russian texts number this clause differently":
        "Номера пункта в казахском и русском текстах различаются",
    "The Kazakh and Russian texts list a different number of items":
        "Количество подпунктов в казахском и русском текстах различается",
    "Some category levels appear in only one of the two languages":
        "Некоторые уровни категорий есть только в одном из двух текстов",
    "The Kazakh and Russian texts build a category on different levels":
        "В казахском и русском текстах категория опирается на разные уровни",
    "The experience requirements differ between the Kazakh and Russian texts":
        "Пороги стажа в казахском и русском текстах расходятся",
    "The Kazakh and Russian texts give a different number of experience requirements for a category":
        "Число требований к стажу для категории в казахском и русском текстах различается",
    "The same years of experience are worded differently in the Kazakh and Russian texts":
        "Стаж тот же, но в казахском и русском текстах сформулирован по-разному",
    "The Kazakh and Russian texts apply experience requirements to different levels of education":
        "В казахском и русском текстах требования к стажу относятся к разным уровням образования",
    "The Kazakh and Russian texts count different kinds of experience":
        "В казахском и русском текстах учитывается разный вид стажа",
    "The Kazakh and Russian texts require different experience for the post itself":
        "Требование к стажу для самой должности в казахском и русском текстах различается",
    "One language requires no experience, the other does": "Один текст не требует стажа, другой требует",
    "The Kazakh and Russian texts accept different levels of education":
        "Требования к уровню образования в казахском и русском текстах различаются",
    "The requirements are structured differently in the Kazakh and Russian texts":
        "Требования в казахском и русском текстах построены по-разному",
    "Some chapters are missing from the Russian text": "В русском тексте отсутствуют некоторые главы",
    "Some chapters are missing from the Kazakh text": "В казахском тексте отсутствуют некоторые главы",
    "Some section headings are missing from the Russian text":
        "В русском тексте нет заголовков некоторых разделов",
    "Some section headings are missing from the Kazakh text":
        "В казахском тексте нет заголовков некоторых разделов",
    "This position appears only in the Russian text": "Эта должность есть только в русском тексте",
}
