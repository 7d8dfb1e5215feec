"""NC5xx metadata: bylines, datelines, reading times at the head of an article.

Negatives: subheadings that start with "By", "At", "On"; sentences naming reporters; dates
inside prose; a real first paragraph that starts with a place and a date.
"""

from cases import c

FAMILY = "NC5"

REMOVES = [
    c("By Jane Doe", "head"),
    c("By JANE DOE", "head"),
    c("By Jane Doe and Tom Hale", "head"),
    c("By Jane Doe, Harbour Courier", "head"),
    c("Written by Jane Doe", "head"),
    c("Von Max Mustermann", "head", lang="de"),
    c("Par Jean Dupont", "head", lang="fr"),
    c("Por Mar\u00eda Garc\u00eda", "head", lang="es"),
    c("Por Jo\u00e3o Silva", "head", lang="pt"),
    c("Di Mario Rossi", "head", lang="it"),
    c(
        "\u0410\u0432\u0442\u043e\u0440: \u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432",
        "head",
        lang="ru",
    ),
    c("Autor: Jan Kowalski", "head", lang="pl"),
    c("Oleh Budi Santoso", "head", lang="id"),
    c("T\u00e1c gi\u1ea3: Nguy\u1ec5n V\u0103n An", "head", lang="vi"),
    c("\u8bb0\u8005 \u674e\u4f1f", "head", lang="zh"),
    c("Published: 12 March 2024", "head"),
    c("Updated 14:32 GMT, 12 March 2024", "head"),
    c("March 12, 2024 at 2:32 p.m. EDT", "head"),
    c("Ver\u00f6ffentlicht am 12.03.2024 um 14:32 Uhr", "head", lang="de"),
    c("Publi\u00e9 le 12 mars 2024 \u00e0 14h32", "head", lang="fr"),
    c(
        "\u041e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043d\u043e: 12.03.2024 14:32",
        "head",
        lang="ru",
    ),
    c("\u53d1\u5e03\u65f6\u95f4\uff1a2024-03-12 14:32", "head", lang="zh"),
    c("5 min read", "head"),
    c("Lesedauer: 3 Minuten", "head", lang="de"),
    # The interviewer's credit over an interview
    c("Propos recueillis par Claire Dumas", "head", lang="fr"),
    c("As told to Jane Doe", "head"),
    c("Rozmawia\u0142 Piotr Nowak", "head", lang="pl"),
    c("Das Gespr\u00e4ch f\u00fchrte Jonas Weber", "head", lang="de"),
    c("\u6587/\u672c\u520a\u8bb0\u8005 \u674e\u660e", "head", lang="zh"),
    c("Reading time: 4 minutes", "head"),
    c("- By Jane Doe\n- 12 March 2024", "head", note="byline and date on separate lines"),
    # A Chinese headline has no spaces and no case, like a name; over a date it is still the
    # headline: a name line has short pieces, no digit and no sentence punctuation.
    c(
        "\u4e2d\u8d85\u7b2c5\u8f6e\uff1a\u4e0a\u6d77\u6d77\u6e2f\u5ba2\u573a2\u6bd41\u53d6\u80dc"
        "\n- 2026\u5e7403\u670815\u65e5 21:40",
        "head",
        lang="zh",
        code="NC502",
    ),
    c(
        "\u4e13\u8bbf\u4f5c\u5bb6\u6797\u6653\uff1a\u5199\u5c0f\u57ce\uff0c\u5c31\u662f\u5199\u4e2d\u56fd"
        "\n- 2026-03-10 09:00",
        "head",
        lang="zh",
        code="NC502",
    ),
    c("- \u8bb0\u8005 \u738b\u82b3\n- 2026-03-10 09:00", "head", lang="zh"),
    c(
        "- \u4f5c\u8005\uff1a\u5f20\u4e09\uff08\u5317\u4eac\u5927\u5b66\u6559\u6388\uff09"
        "\n- 2026-03-10 09:00",
        "head",
        lang="zh",
        note="an author's affiliation in brackets",
    ),
    # A standfirst sentence above the byline belongs to the head: the byline and date under it
    # are still the head's.
    c(
        "A Westbridge primary school rated inadequate in 2024 has been judged outstanding by "
        "inspectors.\n- By Helen Marsh\n- 13 March 2026",
        "head",
    ),
    # Blog software's "Posted by X on <date>", an author with credentials before "on <date>",
    # the CMS's default account, and a bare numeric date beside the author.
    c("Posted by Jane Doe on November 19, 2019, 6:21 AM EST", "head"),
    c("Posted by Jane Doe", "head"),
    c("Written by Jane Doe, MS, RD on November 14, 2019", "head"),
    c("By admin - 2018-09-16", "head"),
    c("Jane Doe | 12.03.2026", "head", lang="de"),
    c("Geschrieben von Max Muster am 12. M\u00e4rz 2026", "head", lang="de"),
    # The stamp's time on a line of its own under the date.
    c("- Nov. 19, 2019\n- 5:50 PM", "head"),
    # A bare name under the date and over the first paragraph is the author.
    c("- 15.03.2026, 20:10\n- Tomasz Lewandowski", "head", lang="pl"),
    c(
        "- 15 March 2026, 20:10\nBookmark and Share",
        "head",
        code="NC502",
        note="widget words under the date name no one: not the author",
    ),
    # A numeric date with no time, alone in the head, is the page's stamp.
    c("12.03.2026", "head", lang="de"),
    c("05/03/2026", "head", lang="pt"),
    c("2026-03-12", "head", lang="zh"),
    # The French and Portuguese clock ("19h30"), the Vietnamese Sunday ("Chủ nhật")
    c("14/03/2026 \u00e0 19h30", "head", lang="fr"),
    c("Publi\u00e9 le 12 mars 2026 \u00e0 09h14, modifi\u00e9 \u00e0 11h02", "head", lang="fr"),
    c("15/03/2026 18h20", "head", lang="pt"),
    c("Ch\u1ee7 nh\u1eadt, 15/3/2026, 20:30 (GMT+7)", "head", lang="vi"),
    c(
        "- By Jane Doe\n~ Workers inspect the old quay wall on Monday. [Photo by Li Wei / Xinhua]",
        "head",
        note="a byline above a caption is a byline, not the caption's alt text",
    ),
]

KEEPS = [
    c("By the numbers", "body", note="a common subheading"),
    c("By the numbers", "head", note="a subheading right under the title (explainer format)"),
    c("On Tuesday, the council voted again.", "head", note="a short first paragraph"),
    c("Updated figures show 2,000 homes were flooded.", "head", note="starts with a date word"),
    c("By 2030, the city wants every home in the old town to be protected.", "body"),
    c("At stake", "body", note="subheading"),
    c("On the ground", "body", note="subheading"),
    c("By land and by sea", "body", note="subheading"),
    c("Jane Doe, a reporter for the Harbour Courier, was among those evacuated.", "body"),
    c("On March 12, 2024, the council voted again.", "body"),
    c("The vote was held on 12 March 2024 at 2:32 p.m.", "body"),
    c(
        "HARBOUR CITY, March 12 (Courier) - The city council voted 31 to 8 on Thursday to build "
        "a movable flood barrier across the mouth of the harbour.",
        "head",
        note="a dateline opening the first paragraph belongs to the text",
    ),
    c("Por qu\u00e9 importa", "body", lang="es", note="subheading 'why it matters'"),
    c("Par ailleurs, la r\u00e9gion financera un tiers du projet.", "body", lang="fr"),
    c("Von der Idee bis zum Bau vergingen zehn Jahre.", "body", lang="de"),
    c("Di fronte al municipio si \u00e8 radunata una folla.", "body", lang="it"),
    c("Stand der Dinge", "body", lang="de", note="subheading; 'Stand' is a date word"),
    c("Heute vor zehn Jahren wurde der erste Plan abgelehnt.", "body", lang="de"),
    c(
        "Oleh karena itu, pemerintah kota menaikkan anggaran.",
        "body",
        lang="id",
        note="'Oleh' starts a byline but also 'therefore'",
    ),
    c(
        "\u0410\u0432\u0442\u043e\u0440 \u043f\u0440\u043e\u0435\u043a\u0442\u0430 \u2014 "
        "\u0433\u043e\u043b\u043b\u0430\u043d\u0434\u0441\u043a\u043e\u0435 \u0431\u044e\u0440\u043e.",
        "body",
        lang="ru",
        note="'The project's author is a Dutch firm.'",
    ),
    c("Tekst ustawy opublikowano w poniedzia\u0142ek.", "body", lang="pl"),
    c(
        "\u6587\u7ae0\u6307\u51fa\uff0c\u9632\u6d2a\u95f8\u5c06\u4fdd\u62a4\u6574\u4e2a\u6d77\u6ee8\u533a\u3002",
        "body",
        lang="zh",
    ),
    c("The 5 min read on the council's website summarises the plan.", "body"),
    c("12.03.2026", "body", lang="de", note="a live blog's or a diary's entry heading"),
    c("12.03.1916", "head", lang="de", note="no web page was stamped then: a diary's date"),
    c("Written by hand on 12 March 2024", "head", note="a phrase after 'by', no author"),
    c("5:50 PM", "body", note="a live blog's entry time"),
    c("5:50 PM", "head", note="a time alone, under no date, may open a live blog's entry"),
    c("Posted by the council to every home on 12 March 2024", "head"),
    c("By Friday - 2024-03-15", "head", note="a deadline, not an author"),
]

REMOVES += [
    c(
        "- Phil Helsel\n- Phil Helsel is a reporter for the Harbour Courier.",
        "tail",
        code="NC504",
        note="an author box: the name line, then the bio",
    ),
]

KEEPS += [
    c(
        "Denzel Ward\n4 tackles (4 combined). 1 pass defended.\nGreedy Williams\n6 tackles.\n"
        "Denzel Ward is a cornerback who has yet to catch an interception this season.",
        "tail",
        note="a sentence about a player named in a stats table is not an author bio",
    ),
    c(
        "Ana Petrova is a retired teacher who has lived on the quay for forty years.",
        "body",
        note="a sentence about a person in the body",
    ),
]

# An author box at the head: the name over the role, or both on one line.
REMOVES += [
    c("- Jane Doe\n- Contributing Writer\n- November 15, 2019", "head", code="NC5"),
    c("- Jane Doe\n- Staff Reporter", "head", code="NC501"),
    c("Jane Doe, Senior Political Correspondent", "head", code="NC501"),
    c("- Marta Ruiz\n- Redakteurin", "head", lang="de", code="NC501"),
    c("- Jean Dupont\n- Envoy\u00e9 sp\u00e9cial", "head", lang="fr", code="NC501"),
]

KEEPS += [
    c("Contributing Writer", "head", note="a role alone names nobody: it stays"),
    c(
        "Harbour Master\nThe harbour master said the barrier would be closed twice a year for tests.",
        "body",
        note="a job title as a subheading in the body is not an author box",
    ),
    c(
        "Ask the Editor\nReaders asked why the paper had endorsed the barrier before the vote.",
        "body",
        note="a column name with a role word in it",
    ),
]

REMOVES += [
    c("Jean-Pierre Dupont \u2013 Correspondant", "head", lang="fr", code="NC501"),
]

KEEPS += [
    c("Jean-Pierre Reporter", "head", note="a hyphen inside a name is not a name-role separator"),
]

# From the second adversarial review (the strict xfails report when fixed).
KEEPS += [
    c(
        "Von Mallorca nach Berlin",
        "head",
        lang="de",
        note="a German kicker line under the headline: 'nach' joins a phrase, never a name",
    ),
    c(
        "Ana Petrova\nAna Petrova is a nurse who has lived in the town for twenty years and wants a new clinic.",
        "tail",
        note="a candidate profile at the end of a 'meet the candidates' piece: without a byline, "
        "an author box says the person writes, or the page names them elsewhere",
    ),
    c(
        "Tomasz Nowak\nTomasz Nowak jest rolnikiem i od lat walczy o nową drogę do wsi.",
        "tail",
        lang="pl",
    ),
]

REMOVES += [
    c(
        "- Ana Petrova\n- Ana Petrova is a freelance journalist who covers health and the regions.",
        "tail",
        code="NC504",
        note="no byline, but the box says she writes",
    ),
    c(
        "- Regine Albers\n- Regine Albers ist eine freie Journalistin aus Hamburg und schreibt über Wirtschaft.",
        "tail",
        lang="de",
        code="NC504",
    ),
]

REMOVES += [
    c("By Jean de La Fontaine", "head", lang="fr", code="NC501"),
]

# From the third adversarial review: an obituary's life dates are not the page's stamp.
KEEPS += [
    c("Peter Walsh\nBorn 4 June 1946", "head", note="NC501/NC502: a name over a birth date"),
    c("Regina Holt\ngeboren am 4. Juni 1946 in Kiel", "head", lang="de"),
]

# From the fourth adversarial review: dates at the top of the body that are not the page's
# stamp. A list of bare dates under a sentence is a schedule; years before the web and
# season years are never stamps.
KEEPS += [
    c(
        "Here are the ties.\nWestbay Rovers v Harbour Town\nSaturday 14 March 2026, 15:00\n"
        "Kingsbridge v Eastport\nSunday 15 March 2026, 12:30",
        "head",
        note="a fixture list right under a short first sentence",
    ),
    c(
        "Good luck!\nEnglish Literature Paper 1\nMonday 11 May 2026, 9am\nMaths Paper 1\n"
        "Thursday 14 May 2026, 9am",
        "head",
        note="an exam timetable",
    ),
    c("Private Tom Ellis\n12 March 1916, 6am", "head", note="a diary entry's date"),
    c("Spending\n2025/26\n2026/27", "head", note="a table's column headings"),
]

# From the review of this session's changes.
KEEPS += [
    c("4 June 1946 – 2 March 2026", "head", note="a lifespan under an obituary's headline"),
    c(
        "Ana Petrova\nAna Petrova is a nurse who covers night shifts at the clinic on the quay.",
        "tail",
        note="'covers' is no sign of a journalist",
    ),
    c(
        "Maria Lopez fights the harbour barrier\n"
        "Maria Lopez has fished from the old quay for thirty years and says the barrier will "
        "change the currents that bring the fish in.\n"
        "She has collected 2,000 signatures against the plan and will present them to the council "
        "on Thursday.\n"
        "The council says the barrier is the only way to protect the old town from the sea.\n"
        "Maria Lopez\n"
        "Maria Lopez is a fisherwoman who has worked in the harbour for thirty years.",
        "doc",
        note="the title names her: that says the story is about her, not that she wrote it",
    ),
]

# From the twelfth held-out round: a heading under the date is no author's name.
REMOVES += [
    c(
        "- Last updated 13 April 2026\nKey points\n"
        "Tree pollen counts are already high in southern England, and rising.",
        "head",
        code="NC502",
    ),
]

# From the thirteenth held-out round: a role after the comma, an editor's label, and a
# one-word headline over the date.
REMOVES += [
    c("Par Hugo Marchand, urbaniste", "head", lang="fr"),
    c("- Editor: Dewi Lestari\n- 16 April 2026", "head", lang="id"),
    c(
        "Rain\n- 12 April 2026\nHeavy rain is expected across the south of England on Sunday, "
        "forecasters said.\nFlood warnings are in place for 14 rivers in the region.",
        "doc",
        code="NC502",
        note="one word over the date in the headline's place is the headline, not an author",
    ),
]

# From the fourteenth held-out round: a byline word and a role label in two parts of a line.
REMOVES += [
    c("- Penulis: Made Suarsana | Editor: Ketut Wirawan\n- 16 April 2026", "head", lang="id"),
]

REMOVES += [c("3 Min. Lesezeit", "head", lang="de", code="NC503")]

REMOVES += [
    c("- Texto: Rui Gaspar | Fotografia: Sara Mota\n- 16 abril 2026", "head", lang="pt"),
]
