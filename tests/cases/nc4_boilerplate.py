"""NC4xx boilerplate: related tails, read-more lines, share buttons, ads, prompts, legal lines.

Negatives: news sentences about Facebook, sharing, advertising, newsletters, copyright and
"related" things; short subheadings that reuse the vocabulary ("More", "Comment", "Report");
the article's real last paragraph.
"""

from articles import PARAGRAPHS

from cases import c

FAMILY = "NC4"

_RELATED = (
    "- {heading}\n"
    "- Storm surge closes ferry terminal for a third day\n"
    "- Library reopens ground floor after flood repairs\n"
    "- Council election: what the parties promise on flood defences\n"
    "- Old town shops count the cost of a wet winter"
)

# Copyright and rights notices, in the languages of the legal list (used at the end).
_LEGAL = [
    ("\u00a9 2024 Harbour Courier. All rights reserved.", "en"),
    (
        "Copyright 2024 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        "en",
    ),
    ("(c) 2024 Harbour Courier", "en"),
    ("\u00a9 Harbour Courier 2024 \u2013 Alle Rechte vorbehalten.", "de"),
    ("\u00a9 2024 Le Courrier du Port. Tous droits r\u00e9serv\u00e9s.", "fr"),
    ("\u00a9 2024 El Correo del Puerto. Todos los derechos reservados.", "es"),
    ("Todos os direitos reservados.", "pt"),
    ("Tutti i diritti riservati.", "it"),
    ("RIPRODUZIONE RISERVATA \u00a9 Copyright ANSA", "it"),
    (
        "\u00a9 2024 \u0412\u0441\u0435 \u043f\u0440\u0430\u0432\u0430 \u0437\u0430\u0449\u0438\u0449\u0435\u043d\u044b.",
        "ru",
    ),
    ("Wszelkie prawa zastrze\u017cone.", "pl"),
    ("Hak cipta dilindungi undang-undang.", "id"),
    ("\u7248\u6743\u6240\u6709 \u00a9 2024 \u6e2f\u53e3\u65e5\u62a5", "zh"),
]

REMOVES = [
    # related tails: a heading and short headlines after the body
    c(_RELATED.format(heading="Related articles"), "tail"),
    c(_RELATED.format(heading="RELATED ARTICLES"), "tail", note="the China Daily seed's tail"),
    c(_RELATED.format(heading="You may also like"), "tail"),
    c(_RELATED.format(heading="More from Europe"), "tail"),
    c(_RELATED.format(heading="Most read"), "tail"),
    c(_RELATED.format(heading="Lesen Sie auch"), "tail", lang="de"),
    c(_RELATED.format(heading="\u00c0 lire aussi"), "tail", lang="fr"),
    c(_RELATED.format(heading="Noticias relacionadas"), "tail", lang="es"),
    c(_RELATED.format(heading="Leia tamb\u00e9m"), "tail", lang="pt"),
    c(_RELATED.format(heading="Leggi anche"), "tail", lang="it"),
    c(
        _RELATED.format(
            heading="\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435"
        ),
        "tail",
        lang="ru",
    ),
    c(_RELATED.format(heading="Czytaj te\u017c"), "tail", lang="pl"),
    c(_RELATED.format(heading="Baca juga"), "tail", lang="id"),
    c(_RELATED.format(heading="Tin li\u00ean quan"), "tail", lang="vi"),
    c(_RELATED.format(heading="\u76f8\u5173\u65b0\u95fb"), "tail", lang="zh"),
    c("RELATED ARTICLES", "tail", note="a related heading whose list the scraper dropped"),
    # read-more lines inside the body
    c("Read more: Storm surge closes ferry terminal for a third day", "body"),
    c("READ MORE: Library reopens ground floor after flood repairs", "body"),
    c("Also read: Old town shops count the cost of a wet winter", "body"),
    c("Lesen Sie auch: Sturmflut legt F\u00e4hrverkehr lahm", "body", lang="de"),
    c("\u00c0 lire aussi : la temp\u00eate paralyse le port", "body", lang="fr"),
    c("Lee tambi\u00e9n: El temporal cierra el puerto", "body", lang="es"),
    c("Leia tamb\u00e9m: Temporal fecha o porto", "body", lang="pt"),
    c("Leggi anche: La tempesta chiude il porto", "body", lang="it"),
    c(
        "\u0427\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435: \u0428\u0442\u043e\u0440\u043c "
        "\u0437\u0430\u043a\u0440\u044b\u043b \u043f\u043e\u0440\u0442",
        "body",
        lang="ru",
    ),
    c("Czytaj te\u017c: Sztorm zamkn\u0105\u0142 port", "body", lang="pl"),
    c("Baca juga: Badai tutup pelabuhan selama tiga hari", "body", lang="id"),
    c("Xem th\u00eam: B\u00e3o \u0111\u00f3ng c\u1eeda c\u1ea3ng", "body", lang="vi"),
    c(
        "\u76f8\u5173\u9605\u8bfb\uff1a\u98ce\u66b4\u6f6e\u5bfc\u81f4\u6e21\u8f6e\u505c\u8fd0",
        "body",
        lang="zh",
    ),
    # an ordinal's point or an initial inside the linked headline is no sentence end
    c("Lesen Sie auch: Freibadsaison soll am 1. Mai beginnen", "body", lang="de"),
    c("Read more: J. Smith leaves the harbour board after 20 years", "body"),
    # a link to a video, set like a read-also link
    c("Video: Police release footage of the arrest", "body"),
    c("V\u00cdDEO: Veja imagens do alagamento na Avenida Santo Amaro", "body", lang="pt"),
    # the same link set in brackets, as a parenthesis of its own
    c("(LEIA TAMB\u00c9M: Temporal fecha o porto pelo terceiro dia)", "body", lang="pt"),
    c("(Lee tambi\u00e9n: El temporal cierra el puerto)", "body", lang="es"),
    c("[Read more: Storm surge closes ferry terminal for a third day]", "body"),
    # share buttons
    c("Share on Facebook", "head"),
    c("Share this article", "head"),
    c("Share", "tail"),
    c("Tweet", "head"),
    c("- Facebook\n- Twitter\n- WhatsApp\n- Email", "head"),
    c("Auf Facebook teilen", "head", lang="de"),
    c("Partager sur Facebook", "head", lang="fr"),
    c("Compartir en Facebook", "head", lang="es"),
    c("Compartilhe no WhatsApp", "head", lang="pt"),
    c("Condividi su Facebook", "head", lang="it"),
    c("\u041f\u043e\u0434\u0435\u043b\u0438\u0442\u044c\u0441\u044f", "head", lang="ru"),
    c("Udost\u0119pnij", "head", lang="pl"),
    c("Bagikan", "head", lang="id"),
    c("Chia s\u1ebb", "head", lang="vi"),
    c("\u5206\u4eab\u5230\u5fae\u4fe1", "head", lang="zh"),
    c("12 comments", "tail"),
    c("Follow us on Twitter", "tail"),
    # ads
    c("Advertisement", "body"),
    c("ADVERTISEMENT", "body"),
    c("Story continues below advertisement", "body"),
    c("Anzeige", "body", lang="de"),
    c("Publicit\u00e9", "body", lang="fr"),
    c("Publicidad", "body", lang="es"),
    c("Publicidade", "body", lang="pt"),
    c("Pubblicit\u00e0", "body", lang="it"),
    c("\u0420\u0435\u043a\u043b\u0430\u043c\u0430", "body", lang="ru"),
    c("Reklama", "body", lang="pl"),
    c("Iklan", "body", lang="id"),
    c("Qu\u1ea3ng c\u00e1o", "body", lang="vi"),
    c("\u5e7f\u544a", "body", lang="zh"),
    # prompts
    c("Sign up for our daily newsletter", "tail"),
    c("Subscribe to our newsletter to get the latest news in your inbox.", "tail"),
    c("Abonnieren Sie unseren Newsletter", "tail", lang="de"),
    c("Inscrivez-vous \u00e0 notre newsletter", "tail", lang="fr"),
]

KEEPS = [
    c("Paris > Lyon > Marseille", "body", note="a route in the body, not a breadcrumb"),
    c(
        "More rain\nForecasters expect another 20mm on Sunday, with flood warnings in place.",
        "body",
        note="'More' over a word that names no site section is the article's subheading",
    ),
    c(
        "More help\nHouseholds on low incomes can apply for a council tax reduction.\n"
        "More changes\nSecond homes will pay double from April 2027.",
        "body",
        note="'More <section>' between two paragraphs heads the next one",
    ),
    # From the review of the trail and comment changes: shapes of body text set like a trail
    # or like a thread, before the body or in it.
    c("Vienna > Munich > Paris", "head", note="a route under the headline names no section"),
    c("200 g / 7 oz / 1 cup flour\n2 eggs\n300 ml / 10 fl oz milk", "head", note="a recipe"),
    c("The tide comes in / the tide goes out / the city waits", "head", note="a verse"),
    c("(More: the council will vote again on the final budget in June)", "body"),
    c("(See also: Table 3 below)", "body", note="a cross-reference, not a link"),
    c(
        "Discussion\nThe authors say the results should be read with caution because the "
        "sample was small.\nJane Doe says:\nMarch 12, 2026 at 4:47 pm\nThis matches what we "
        "saw in Rotterdam after the 2019 floods.\nReply\nThe researchers plan a larger study "
        "next year with three more ports.",
        "body",
        note="one reader quoted under a subheading, with more article after it",
        xfail="the 'Reply' label still goes (NC403); the rest stays",
    ),
    c(
        "Riproduzione riservata, aveva scritto sulla partitura nel 1994.",
        "body",
        lang="it",
        note="the rights phrase opening a sentence of the story",
    ),
    # prose about the same things
    c("The council shared the design on Facebook and received more than 4,000 comments."),
    c("Share prices of the construction firm rose 6% after the vote."),
    c("Residents were asked to share their photos of the flood with the archive."),
    c("The related costs of moving the ferry terminal are not included in the budget."),
    c("Read more about the barrier's design in the engineers' 300-page report."),
    c("Video: in this talk the engineer explains the barrier. She shows the models too."),
    c("(Read more about the barrier's design in the engineers' 300-page report.)"),
    c("(Also: the ferry will not run on Sunday. The council apologised.)"),
    c("More than 2,000 homes were flooded in January."),
    c("More rain is forecast for the weekend."),
    c("Advertising revenue at the local paper fell by half during the floods."),
    c("The newsletter the council sends to residents will carry the construction timetable."),
    c("Copyright lawyers say the barrier's design, based on a Dutch patent, may face a challenge."),
    c(
        "All rights reserved for residents under the 1998 agreement will be honoured, the mayor said."
    ),
    c("The mayor said she would not comment on the lawsuit."),
    c("Tweets from the council's account were deleted after the vote."),
    c("He declined to comment."),
    c(
        "The company did not respond to a request for comment.",
        "tail",
        note="a typical real last paragraph",
    ),
    c(
        "The council will publish the construction timetable in its monthly newsletter, which "
        "goes to every household in the old town.",
        "tail",
        note="a real last paragraph",
    ),
    c(
        "Residents can subscribe to text alerts that warn them when the barrier is about to close.",
        "tail",
    ),
    c(
        "The paper lost 2,000 subscribers after it raised its subscription price in January.",
        "head",
        note="a first paragraph (lead) about a newspaper",
    ),
    c("Sign-up sheets for volunteers were posted in the library on Monday.", "tail"),
    c(
        "Oil prices climb once more\n\nOil prices rose for a fifth day on Tuesday.\n\n"
        "Brent crude gained 2% to 84 dollars a barrel after the producers' group said it would "
        "keep output cuts in place until June.\n\nAnalysts expect prices to stay high.",
        "doc",
        note="a headline ending in 'more' is not a '... more' related heading",
    ),
    # short real last lines (the tail is where boilerplate rules look hardest)
    c("He declined to comment.", "tail"),
    c("Police are investigating.", "tail"),
    c("The trial continues.", "tail"),
    c("More than 300 people attended.", "tail"),
    c("Share your views at the public meeting on 4 May, the council said.", "tail"),
    c("\u201cWe will be ready,\u201d she said.", "tail"),
    c("Die Ermittlungen dauern an.", "tail", lang="de"),
    c("L'enqu\u00eate se poursuit.", "tail", lang="fr"),
    c("La investigaci\u00f3n contin\u00faa.", "tail", lang="es"),
    c("A investiga\u00e7\u00e3o continua.", "tail", lang="pt"),
    c("Le indagini proseguono.", "tail", lang="it"),
    c(
        "\u0421\u043b\u0435\u0434\u0441\u0442\u0432\u0438\u0435 \u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u0435\u0442\u0441\u044f.",
        "tail",
        lang="ru",
    ),
    c("\u015aledztwo trwa.", "tail", lang="pl"),
    c("Penyelidikan masih berlangsung.", "tail", lang="id"),
    c("Cu\u1ed9c \u0111i\u1ec1u tra v\u1eabn \u0111ang ti\u1ebfp t\u1ee5c.", "tail", lang="vi"),
    c("\u8c03\u67e5\u4ecd\u5728\u8fdb\u884c\u4e2d\u3002", "tail", lang="zh"),
    # lists at the end of an article are content, not a widget run
    c(
        "The winners:\nBest film: The Quay\nBest actor: Anna Berg\nBest director: Tom Hale\n"
        "Best documentary: High Water",
        "tail",
    ),
    c(
        "Key dates\n2014: first plan rejected\n2019: storm floods the old town\n"
        "2024: barrier approved\n2028: barrier due to open",
        "tail",
    ),
    c("Ingredients\n2 cups flour\n1 egg\n200 ml milk\nA pinch of salt", "tail"),
    c(
        "Where to get help\nFlood hotline: 0800 123 456\nCity hall, Quay Street 1\n"
        "Red Cross, Harbour Road 12",
        "tail",
    ),
    c(
        "Amsterdam\nRotterdam\nAntwerp\nHamburg\nLe Havre",
        "tail",
        note="ports named in the last paragraph",
    ),
    # short lines that reuse the vocabulary
    c("What's next", "body"),
    c("Once more.", "body", note="a short quoted line; '.{1,40} more' is a related heading"),
    c("\u201cNever again,\u201d she said. \u201cNever again.\u201d", "body"),
    c("Follow the money", "body", note="subheading starting like a share prompt"),
    c("Watch the skies", "body", note="subheading starting like a video prompt"),
    c("Menu", "body", note="subheading of a restaurant review"),
    c("Topics on the agenda:\n- flood insurance\n- ferry routes\n- quay repairs", "body"),
    c("Sponsored by the port authority, the study took two years.", "body"),
    c("Line 4 of the tram will be diverted during construction.", "body"),
    # headlines-like lines inside the body (a timeline), not a related block
    c(
        "Timeline\n2014: First barrier plan rejected\n2019: Storm floods the old town\n"
        "2022: Council orders a new study\n2024: Barrier approved",
        "body",
    ),
    # multilingual prose that uses the vocabulary
    c(
        "Der Verein hat Anzeige gegen Unbekannt erstattet.",
        lang="de",
        note="'Anzeige' also means a police report",
    ),
    c("Anzeige erstattet", "body", lang="de", note="subheading: report filed"),
    c("Die Stadt teilte am Montag mit, dass der Bau im Fr\u00fchjahr beginnt.", lang="de"),
    c("La publicit\u00e9 pour le projet a co\u00fbt\u00e9 200 000 euros.", lang="fr"),
    c("Plus de 2 000 logements ont \u00e9t\u00e9 inond\u00e9s.", lang="fr"),
    c("La empresa comparti\u00f3 los planos con los vecinos.", lang="es"),
    c("Publicidad enga\u00f1osa: multa de dos millones", "body", lang="es"),
    c("A prefeitura compartilhou o projeto nas redes sociais.", lang="pt"),
    c("Tutti i diritti dei residenti saranno rispettati, ha detto il sindaco.", lang="it"),
    c(
        "\u0420\u0435\u043a\u043b\u0430\u043c\u0430 \u0430\u043b\u043a\u043e\u0433\u043e\u043b\u044f "
        "\u0437\u0430\u043f\u0440\u0435\u0449\u0435\u043d\u0430 \u0441 2012 \u0433\u043e\u0434\u0430.",
        lang="ru",
        note="'Advertising of alcohol is banned since 2012.'",
    ),
    c("Reklama wyborcza zawis\u0142a na nabrze\u017cu.", lang="pl"),
    c("Iklan proyek itu dipasang di pelabuhan.", lang="id"),
    c(
        "Qu\u1ea3ng c\u00e1o v\u1ec1 d\u1ef1 \u00e1n \u0111\u01b0\u1ee3c \u0111\u0103ng tr\u00ean b\u00e1o.",
        lang="vi",
    ),
    c(
        "\u5e7f\u544a\u6536\u5165\u5728\u6d2a\u6c34\u671f\u95f4\u4e0b\u964d\u4e86\u4e00\u534a\u3002",
        lang="zh",
    ),
]

_THREAD = (
    "- {heading}\n"
    "- {a}\n"
    "- 19.11.2019 um 06:34\n"
    "- Endlich passiert etwas gegen die Hochwasser.\n"
    "- {b}\n"
    "- 19.11.2019 um 07:02\n"
    "- Viel zu teuer, wie immer.\n"
    "- {c}\n"
    "- 19.11.2019 um 09:15\n"
    "- Wer bezahlt die Wartung?"
)

REMOVES += [
    c(
        _THREAD.format(heading="3 Kommentare", a="Hafenfan", b="jkl88", c="Maria K."),
        "tail",
        lang="de",
        code="NC410",
        note="names over timestamps under a comments heading",
    ),
    c(
        "- 2 responses to “{title}”\n"
        "- Milan G. on September 12, 2018 at 4:47 pm said:\n"
        "- Any update on how the follow-up study will affect the recommendation?\n"
        "- Catherine on September 13, 2018 at 5:23 pm said:\n"
        "- We have not reviewed it yet, but plan to in our year-end review.",
        "tail",
        code="NC410",
        note="WordPress 'on <date> at <time> said:' headers",
    ),
]

KEEPS += [
    c(
        "10:32 a.m. Police have closed the quay to traffic.\n"
        "10:47 a.m. The mayor says the barrier will be finished in four years.\n"
        "11:05 a.m. Residents gathered outside the town hall to watch the vote.",
        note="live-blog entries with clock times are the article",
    ),
    c(
        "The ministry said:\n"
        "The plan has been approved by all the agencies involved.\n"
        "A spokesperson for the port wrote:\n"
        "We welcome the decision and will support the works.\n"
        "The opposition leader says:\n"
        "Nobody has asked the fishermen what they think.",
        note="quotes introduced by said:/wrote:/says: lines",
    ),
]

REMOVES += [
    c(
        "Dow Jones, a News Corp company\n- Home\n- World\n- Politics\n- Business\n- Tech\n- Markets\n"
        "Harbour city approves new barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.",
        "doc",
        code="NC409",
        note="a menu whose first item looks like a headline: that item is taken for the title "
        "and kept, but it no longer shields the menu under it",
    ),
]

KEEPS += [
    c(
        "CB\nDenzel Ward\n4 tackles (4 combined). 1 pass defended.\n"
        "CB\nGreedy Williams\n6 tackles, 1 assist (7 combined). 1 TFL.\n"
        "CB\nT.J. Carrie\n1 tackle (1 combined).\n"
        "CB\nTavierre Thomas\n1 tackle (1 combined).",
        "tail",
        note="a player stats table after the body: a repeated position code is not a teaser marker",
    ),
    c(
        "Timeline\nMarch 2011\nProtests begin in the southern city of Deraa\n"
        "August 2013\nA chemical attack near the capital kills hundreds of people\n"
        "September 2015\nRussia begins air strikes in support of the government\n"
        "December 2016\nGovernment forces retake the whole of the northern city",
        "tail",
        note="a timeline's dates recur but are not teaser ages",
    ),
    c(
        "Offices\nFrankfurt\nHarbour Works GmbH\nHanauer Landstr. 126\nTel.: +49 69 380 795 200\n"
        "Zurich\nHarbour Works GmbH\nWebergasse 20\nTel.: +41 55 280 43 05\n"
        "Vienna\nHarbour Works GmbH\nFleischmarkt 1\nTel.: +43 1 512 00 00",
        "tail",
        note="a company's office addresses repeat its name: no headlines between, not teasers",
    ),
]

REMOVES += [
    c(
        "- Change language\n- Canada (English)\n- Canada (fran\u00e7ais)\n- Deutschland (Deutsch)\n"
        "- Espa\u00f1a (espa\u00f1ol)\n- \u65e5\u672c (\u65e5\u672c\u8a9e)\n"
        "Harbour city approves new barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.",
        "doc",
        code="NC409",
        note="an edition/language picker above the article",
    ),
]

KEEPS += [
    c(
        "The app is available in these languages:\nEnglish\nSpanish\nFrench\nGerman\nPortuguese",
        "tail",
        note="a list of languages after the body is the article's",
    ),
]

# A bare "Read more" link left where a teaser card's button was: no teasers follow it, so it is
# not a related heading (NC401), but it is never article text either.
REMOVES += [
    c("Read More", "head", code="NC401", note="a card's read-more button before the body"),
    c("Read the full story", "body", code="NC401"),
    c("Weiterlesen", "body", lang="de", code="NC401"),
    c("Lire la suite", "body", lang="fr", code="NC401"),
    c("Leer m\u00e1s", "body", lang="es", code="NC401"),
    c("Continue lendo", "body", lang="pt", code="NC401"),
    c("Leggi tutto", "body", lang="it", code="NC401"),
    c(
        "\u0427\u0438\u0442\u0430\u0442\u044c \u0434\u0430\u043b\u0435\u0435",
        "body",
        lang="ru",
        code="NC401",
    ),
    c("Czytaj dalej", "body", lang="pl", code="NC401"),
    c("Baca selengkapnya", "body", lang="id", code="NC401"),
    c("Xem th\u00eam", "body", lang="vi", code="NC401"),
    c("\u9605\u8bfb\u5168\u6587", "body", lang="zh", code="NC401"),
]

KEEPS += [
    c("Read more about the harbour plans in the council's report, published on Tuesday."),
    c("Read the full story of the flood, the mayor said, and you will understand the vote."),
    c("Weiterlesen lohnt sich, sagte die B\u00fcrgermeisterin.", lang="de"),
]

# Teaser cards marked by an engagement counter or a reading time instead of a kicker.
REMOVES += [
    c(
        "- Storm surge closes ferry terminal for a third day\n- 4 diggs Video\n"
        "- Library reopens ground floor after flood repairs\n- 2 diggs Culture\n"
        "- Council election: what the parties promise on flood defences\n- 1 digg Politics\n"
        "- Old town shops count the cost of a wet winter\n- 3 diggs",
        "tail",
        code="NC411",
    ),
    c(
        "- Storm surge closes ferry terminal for a third day\n- 4 min read\n"
        "- Library reopens ground floor after flood repairs\n- 12 min read\n"
        "- Council election: what the parties promise on flood defences\n- 6 min read",
        "tail",
        code="NC411",
    ),
    c(
        "- Wie die Stadt ihre Deiche erh\u00f6hen will\n- 4 Kommentare\n"
        "- Bibliothek \u00f6ffnet nach der Flut wieder ihr Erdgeschoss\n- 12 Kommentare\n"
        "- Was die Parteien zum Hochwasserschutz versprechen\n- 7 Kommentare",
        "tail",
        lang="de",
        code="NC4",
        note="the headlines go as cards (NC411); a comment count alone is NC403's too",
    ),
]

KEEPS += [
    c(
        "Harbour FC\nJonas Berg scored twice in the second half\n21 points\n"
        "Valley United\nMarta Ruiz kept a clean sheet for the fourth time\n18 points\n"
        "Lake Rovers\nThe captain returns from injury next month, the club said\n15 points",
        "tail",
        note="a league table with a note per team: points are results, not teaser counters",
    ),
    c(
        "Ingredients\n2 cups flour\n1 cup sugar\n3 eggs, beaten with a fork\n"
        "2 cups milk\n1 teaspoon of freshly ground cinnamon and nutmeg\n2 cups berries",
        "tail",
        note="quantities recur in a recipe's ingredient list: not counters",
    ),
]

REMOVES += [
    c(
        "- Storm surge closes ferry terminal for a third day\n- By Jan Berg 2 days ago\n"
        "- Library reopens ground floor after flood repairs\n- By Marta Ruiz 19 hours ago\n"
        "- Council election: what the parties promise on flood defences\n- By Jan Berg 3 days ago",
        "tail",
        code="NC411",
        note="teaser cards whose marker is a byline with the teaser's age",
    ),
]

KEEPS += [
    c(
        "Timeline of the flood\nThe river broke its banks at Millbrook and the old bridge closed\n"
        "He left the town 2 days ago\nThe council opened the sports hall as a shelter for families\n"
        "She came back 3 days ago\nPumps arrived from the capital and worked through the night",
        "tail",
        note="an age at the end of a sentence-like line without a byline is not a card marker",
    ),
]

# A long menu before the article with no known label in it (a brand picker, a section list).
REMOVES += [
    c(
        "- Abarth\n- Alfa Romeo\n- Audi\n- BMW\n- Chevrolet\n- Citroen\n- Dacia\n- Ferrari\n"
        "- Fiat\n- Ford\n- Honda\n- Hyundai\n- Jaguar\n- Kia",
        "head",
        code="NC409",
        note="a dozen or more different short lines without a figure before the body",
    ),
]

KEEPS += [
    c(
        "Defensive Line\nPos\nPlayer\nPlays\nPct\nStats\nPos\nPlayer\nPlays\nPct\nStats\nDL\n"
        "Larry Ogunjobi\n63\n85%",
        "head",
        note="a stats table before the text: its column names repeat and it holds figures",
    ),
    c(
        "Ingredients\n2 cups flour\n1 cup sugar\n3 eggs\nSalt\nPepper\nButter\n1 cup milk\n"
        "Vanilla\nCinnamon\nNutmeg\n2 apples\nLemon zest",
        "head",
        note="ingredients before the method: quantities mark them as the article's list",
    ),
]

# A related box inside the body whose headlines each sit under a kicker: twice as many lines
# as headlines, but still a handful of stories.
REMOVES += [
    c(
        "- Most read in world news\n- HARBOUR LIFE\n- Storm surge closes ferry terminal for a third day\n"
        "- BACK IN BUSINESS\n- Library reopens ground floor after flood repairs\n"
        "- VOTE COUNTS\n- Council election: what the parties promise on flood defences\n"
        "- COUNTING THE COST\n- Old town shops count the cost of a wet winter\n"
        "- FAR FROM HOME\n- Stranded tourists wait for the pass to reopen",
        "body",
        code="NC401",
    ),
]

KEEPS += [
    c(
        "Don't miss:\nThe 6.1-inch screen is brighter than last year's model\n"
        "The battery lasts about two days with normal use\nThe camera adds a five times zoom lens\n"
        "The charger is no longer included in the box\nStorage starts at 128 gigabytes for the base model\n"
        "Three colours are available from launch day in most markets\n"
        "The price rises by 50 euros in the eurozone this year",
        "body",
        note="a heading over seven feature lines inside the body: a list, not a related box",
    ),
]

REMOVES += [
    c("Get Harbour Courier delivered to your inbox", "body", code="NC405"),
    c("Get the Harbour Courier delivered to your inbox every morning.", "body", code="NC405"),
    c("Copied!", "body", code="NC403", note="a copy-link button after it was clicked"),
]

KEEPS += [
    c("Get these delivered to your inbox, the app says, and the reports pile up unread."),
    c("Copied files were found on the laptop of a former employee, the prosecutor said."),
]

REMOVES += [
    c(
        "- Related coverage from Harbour Courier's Money Guide:\n"
        "- Here's exactly how to figure out when you can retire\n"
        "- How to invest in index funds, explained\n"
        "- How to get health insurance if you lose your job",
        "tail",
        code="NC401",
        note="a related heading of eight words ending in a colon reads as a sentence: the "
        "body block ends on it, and its teasers are what stands in the tail",
    ),
]

REMOVES += [
    c(
        "{title}\n\n"
        + "\n\n".join(PARAGRAPHS[:5])
        + "\n- Read more\n- Storm surge closes ferry terminal again\n"
        "- Library reopens ground floor\n- Council election promises\n"
        "- jkl88 says:\n- November 13, 2019 at 9:09 am\n"
        "- I have lived on the quay for thirty years and the water has never come up this far before, not even in the great storm that the old fishermen still talk about.\n"
        "- old_salt says:\n- November 22, 2019 at 8:40 am\n"
        "- The barrier should have been built ten years ago, when the first study said it was needed and the money was there, but the council waited for another report.\n"
        "- Reply\n- quaywalker says:\n- November 25, 2019 at 5:04 am\n"
        "- Who pays for the pumps in the meantime? Nobody at the council answers that question, and the shops on the quay cannot wait four more years for an answer.\n"
        "- Reply",
        "doc",
        code="NC4",
        note="found by Hypothesis: once the comments went, the teasers stood alone because an "
        "early version took 'Read more' for a placeholder in the first pass; it is a related "
        "heading when headlines follow it",
    ),
]

# A news ticker before the article: a dozen other stories' headlines in a row.
REMOVES += [
    c(
        "- Harbour Courier\n- Home\n- World\n- Sport\n- Weather\n- Business\n"
        "- 'Comes down to one vote': all eyes turn to the harbour committee\n"
        "- Two ferry workers hurt in terminal crane accident\n"
        "- Seven key questions ahead of the regional election debate\n"
        "- Gymnast offended by banner at national championships\n"
        "- Space agency discovery fuels hopes of life beyond Earth\n"
        "- Stalled trade talks raise the threat of another impasse\n"
        "- And the music award nomination could go to...\n"
        "- Why the actor was missing from the ceremony\n"
        "- Ferris wheel becomes a giant lantern for the holidays\n"
        "Chat show hosts say they are not treated fairly\n"
        "Amateur boxer dies after injury in a bout\n"
        "Is the coastal region a swing state? Parties think so\n"
        "Harbour city approves new barrier\n"
        "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth.\n"
        "Engineers expect the project to cost about 240 million euros and to take four years to finish.",
        "doc",
        code="NC409",
        note="ten or more different headlines under a menu before the article; the last four "
        "lines before the body are left, as the article's own headline, byline and date may "
        "stand there",
    ),
]

KEEPS += [
    c(
        "Race calendar 2018\n"
        + "\n".join(
            f"{n}th round: {d} May \u2013 {p}"
            for n, d, p in (
                (4, 6, "Harbour Park"),
                (5, 13, "Valley Ring"),
                (6, 20, "North Circuit"),
                (7, 27, "Lake Speedway"),
                (8, 3, "Old Airfield"),
                (9, 10, "Coast Road"),
                (10, 17, "Hill Climb"),
                (11, 24, "City Streets"),
                (12, 31, "Harbour Park"),
                (13, 7, "Final at the Ring"),
            )
        ),
        "head",
        note="a race calendar before the text: figures on every line, a list not a ticker",
    ),
    c(
        "\n".join(
            f"The council said point {w} of the plan would be reviewed next year."
            for w in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
        ),
        "head",
        note="key points as full sentences before the body",
    ),
]

KEEPS += [
    c(
        "Harbour Song\nThe tide comes in along the quay,\nthe gulls are circling low and slow,\n"
        "the lanterns burn for those at sea,\nthe harbour wall keeps out the snow,\n"
        "and when the barrier rises high,\nthe old town sleeps beneath the sky,\n"
        "the ferry waits, the nets are dry,\nthe children wave the boats goodbye,\n"
        "the council votes, the years go by,\nthe water learns to pass us by\n"
        "The poem was written by a local teacher and read aloud before the council's vote on Thursday.",
        "head",
        note="a poem before the prose that introduces it: its lines run on with commas",
    ),
]

KEEPS += [
    c(
        "Low tide,\nold quay,\ngulls cry,\nnets dry,\nboats wait,\nbells ring,\n"
        "doors shut,\nlamps lit,\nrain falls,\nwind turns,\nwater climbs,\ntown sleeps\n"
        "The verses were written by a pupil at the harbour school and read out before the vote.",
        "head",
        note="a short-lined poem before the prose that introduces it: not a menu",
    ),
]

# From the second adversarial review. A footer names its owner after the copyright mark; a
# lowercase word there is a sentence going on. A label-like line whose words open the paragraph
# under it, inside the body, is that paragraph's subheading (the heading guard in the engine).
KEEPS += [
    c(
        "Copyright 1976 legislation, which the court relied on, extended protection to the recordings.",
        "body",
        note="a sentence about copyright law that starts like a footer",
    ),
    c(
        "© symbols appeared on every page of the pirated edition, the court heard.",
        "body",
        note="a sentence that starts with the mark itself",
    ),
    c(
        "Advertising\nAdvertising revenue fell 4% in the quarter, the company said, as brands cut spending.",
        "body",
        note="a segment subheading in an earnings story",
    ),
    c(
        "Privacy policy\nThe company changed its privacy policy in May, letting it share data with advertisers.",
        "body",
        note="a subheading of a story about the policy",
    ),
    c(
        "Terms and conditions\nThe new terms and conditions, which take effect in June, let the bank close accounts.",
        "body",
    ),
    c(
        "Facebook\nFacebook said on Monday it would remove the posts and suspend the accounts behind them.",
        "body",
        note="a platform's name heading its section of a story about three platforms",
    ),
    c(
        "Video\nVideos posted online, filmed by passers-by, show the car mounting the pavement.",
        "body",
        note="the heading's word opens the paragraph inflected",
    ),
    c(
        "广告\n其中一家公司在广告中宣称其产品可以治愈糖尿病，被罚款五十万元。",
        "body",
        lang="zh",
        note="CJK: the heading's characters open the paragraph (no spaces to split words on)",
    ),
]
REMOVES += [
    c(
        "- Advertisement\nThe council will publish its response within two weeks, a spokesman said on Friday.",
        "body",
        note="an ad label over a paragraph that does not take up its words",
    ),
    c(
        "- Privacy policy\n- Terms of use",
        "tail",
        note="footer links after the body are not headings, whatever follows",
    ),
]

# From the third adversarial review (genres and languages). A lead-in ending in a colon
# announces the article's own list; a heading word said as a sentence is an answer; a lone
# related label over a single sentence lost its link, not the body its sentence.
KEEPS += [
    c(
        "The moderator will put questions on five subjects, chosen after polling the audience:\n"
        "Topics\nThe cost of living\nHealth and social care\nImmigration\nHousing",
        "tail",
        note="NC401: a debate's subjects announced by the paragraph above",
    ),
    c(
        "The six books on the shortlist are:\nNovel\nThe Salt Year by Ines Marlow, Harbour Press\n"
        "Stories\nNight Ferries by Owen Bevan, Quay Books\nNovel\nFirst Light by Mara Vell, "
        "Northfield Editions\nNovel\nThe Amsel Affair by Peter Lind, Harbour Press",
        "tail",
        note="NC411: a shortlist under kickers, announced by the line above it",
    ),
    c(
        "Lire aussi\nLa billetterie ouvrira le 12 juin.",
        "tail",
        lang="fr",
        note="NC401: the link under the label is gone; the line under it is a sentence",
    ),
    c(
        "Did the union get what it asked for?\nMore.\nMore money?\n"
        "More teachers, more hours, more space.\nAnd the government agreed to that?",
        "body",
        note="NC401: 'More.' is an interview answer, not a 'More' heading",
    ),
    c(
        "相关新闻\n记者从教育部获悉，今年高考将于6月7日开始，部分省份考试时间为4天。\n"
        "教育部要求各地做好考点安全保障工作，确保考生安全。",
        "body",
        lang="zh",
        note="sentences ending in a CJK full stop are not headlines (NC401)",
    ),
]
REMOVES += [
    c(
        "- More in U.S.\n- Police arrest two men after a chase across three counties\n"
        "- Storm leaves thousands without power across the Midwest",
        "tail",
        note="a heading ending in an abbreviation is still a heading",
    ),
]

# A related heading over a handful of headlines, with a second related heading right under
# them, is a recirculation area even inside the body block (teasers with blurbs can pull the
# block over it).
REMOVES += [
    c(
        "- Next Up In Science & Health\n"
        "- A clever new solar solution to one of the trickiest climate problems\n"
        "- How moon rocks reveal the long history of the inner solar system\n"
        "- These senators are going after the biggest polluters in the capital\n"
        "Most Read\n"
        "The regional government has promised to cover a third of the cost of the barrier, "
        "and the city expects a further grant once the final design is approved.",
        "body",
        code="NC401",
        note="the second heading confirms the first block; the body resumes after both",
    ),
]

# From the review of this session's changes: a rights phrase makes a footer whatever the case
# of the owner's name.
_LEGAL.append(("© 2023 dpa-infocom GmbH, alle Rechte vorbehalten", "de"))


# Copyright and rights notices. After the page's own furniture (here a share bar) they are the
# site's footer and go; set directly under the last paragraph they are the story's own rights
# line (wire copy carries one) and stay: the dev set's references keep them there.
REMOVES += [c("~ Share this article\n- " + text, "tail", lang=lang) for text, lang in _LEGAL]
KEEPS += [
    c(text, "tail", lang=lang, note="directly under the last paragraph: the story's rights line")
    for text, lang in _LEGAL
]

# From the realistic multilingual round: the phrase forms of share buttons and related
# headings, in the languages whose lists had only the one-word form.
REMOVES += [
    c(text, "head", lang=lang)
    for text, lang in (
        ("Compartir este art\u00edculo", "es"),
        ("Compartilhe esta not\u00edcia", "pt"),
        ("Condividi questo articolo", "it"),
        (
            "\u041f\u043e\u0434\u0435\u043b\u0438\u0442\u044c\u0441\u044f \u0441\u0442\u0430\u0442\u044c\u0451\u0439",
            "ru",
        ),
        ("Udost\u0119pnij artyku\u0142", "pl"),
        ("Bagikan artikel ini", "id"),
        ("Chia s\u1ebb b\u00e0i vi\u1ebft", "vi"),
        ("\u5206\u4eab\u672c\u6587", "zh"),
        ("Link kopieren", "de"),
    )
]
REMOVES += [
    c(text, "head", lang=lang)
    for text, lang in (
        ("SKIP ADVERTISEMENT", "en"),
        ("Advertisement \u00b7 Scroll to continue", "en"),
        ("Comparte esta nota", "es"),
        ("Udost\u0119pnij na Facebooku", "pl"),
        ("\u5b57\u53f7\uff1a\u5927 \u4e2d \u5c0f", "zh"),
        ("\u6253\u5370\u672c\u9875", "zh"),
        ("View this post on X", "en"),
        ("Ascolta l'articolo", "it"),
        ("Article r\u00e9serv\u00e9 aux abonn\u00e9s", "fr"),
        ("Is this page useful?", "en"),
        ("Enter your email address", "en"),
        ("Ihre E-Mail-Adresse", "de"),
        ("Reproducir v\u00eddeo", "es"),
        ("Compartilhe isso:", "pt"),
        ("Clique para compartilhar no WhatsApp", "pt"),
        ("In b\u00e0i vi\u1ebft", "vi"),
    )
]
REMOVES += [
    c(_RELATED.format(heading=h), "tail", lang=lang)
    for h, lang in (
        (
            "\u041f\u043e\u0445\u043e\u0436\u0438\u0435 \u043d\u043e\u0432\u043e\u0441\u0442\u0438",
            "ru",
        ),
        ("Potrebbe interessarti anche", "it"),
        ("Zobacz r\u00f3wnie\u017c", "pl"),
        ("Berita Lainnya", "id"),
        ("Notas relacionadas", "es"),
        ("More weather", "en"),
        ("More in Politics", "en"),
        ("Top Headlines", "en"),
        ("Explore more on these topics", "en"),
        ("Mehr zur Bundesliga", "de"),
        ("Czytaj wi\u0119cej", "pl"),
        ("\u76f8\u5173\u63a8\u8350", "zh"),
        ("Ultime notizie", "it"),
        ("M\u00e1s noticias de LaLiga", "es"),
    )
]

# One reader comment under a comments heading, with its timestamp and reply link, is a
# thread too; a comments heading with its count in brackets is the thread's stub.
REMOVES += [
    c(
        "- 12 Comments\n- Sarah says:\n- March 3, 2026 at 6:12 pm\n"
        "- Made this tonight and the kids loved it!\n- Reply",
        "tail",
        code="NC410",
    ),
    c("Comments (3)", "tail"),
    c(
        "- 3 commentaires\n- Marie\n- 11 avril 2026 \u00e0 18 h 04 min\n- Super recette, merci !"
        "\n- R\u00e9pondre",
        "tail",
        lang="fr",
        code="NC410",
        note="one comment, with WordPress's French clock",
    ),
    c("12 Kommentare", "tail", lang="de"),
    c("Kommentare (3)", "tail", lang="de"),
]

# From the realistic multilingual round: the wire's own lines between the story and its notice,
# and a widget between its last paragraphs, leave the notice the story's.
KEEPS += [
    c(
        "(Reporting by Elena Ruiz; Editing by Paul Grant)\n"
        "\u00a9 2026 Thomson Reuters. All rights reserved.",
        "tail",
    ),
    c("jm/ph/bp\n\u00a9 2026 AFP", "tail", lang="fr", note="AFP's desk initials, then its notice"),
    c(
        "Shares fell 5% in early trading.\n(Reporting by Sofia Berg; Editing by Anna Holt)\n"
        "\u00a9 Meridian News Service 2026. All rights reserved.",
        "tail",
        note="a short last paragraph closes the story too",
    ),
]
REMOVES += [
    c(
        "- Riproduzione riservata \u00a9 Copyright Il Giornale di Roma\nPrivacy\nCookie policy",
        "tail",
        lang="it",
        code="NC",
        note="the site's links under a notice make it the site's",
    ),
    c(
        "Copyright 2026 The Associated Press. All rights reserved.\n"
        "- Trending Stories\n- Police: Man arrested after chase ends in cornfield\n"
        "- Lottery ticket worth $1M sold at gas station\n"
        "- Copyright 2026 Nexstar Media Inc. All rights reserved. This material may not be "
        "published, broadcast, rewritten, or redistributed.",
        "tail",
        note="the site's own notice further down leaves the story's notice the story's",
    ),
    c(
        "- Advertisement\n"
        "Associated Press writer Mark Ellison in Montpelier contributed to this report.\n"
        "Copyright 2026 The Associated Press. All rights reserved.",
        "tail",
        code="NC404",
        note="the ad label goes; the notice stays with the story",
    ),
]

# From the review of the story-end notice: where a copyright line directly under the body is
# still the site's (or a picture's credit), and goes.
REMOVES += [
    c("\u00a9 2024 The Associated Press. All rights reserved.", "body", note="more story below"),
    c(
        "- \u00a9 2024 City Gazette. All rights reserved.\n- Privacy policy\n- Terms of use",
        "tail",
        note="the site's links under it",
    ),
    c("\u00a9 2024 City Gazette | Privacy Policy | Terms of Use", "tail", note="a footer bar"),
    c(
        "- Sign up for our daily newsletter to get the latest news from the city in your inbox "
        "every morning.\n- \u00a9 2024 City Gazette. All rights reserved.",
        "tail",
        note="a prompt written as a sentence stands between: the story-end guard lets it go",
    ),
    c(
        "- \u00a9 2024 Harbour Courier\n- Home\n- News\n- Sport\n- Weather",
        "tail",
        note="the site's menu under it",
    ),
    c(
        "- \u00a9 dpa-infocom, dpa:240312-99-123456/3\n- Alle Rechte vorbehalten.",
        "tail",
        lang="de",
        code="NC",
        note="a notice whose first line reads as a credit goes whole, not split",
    ),
    c(
        "- The fallen oak lies across the path near the playground\n"
        "- The fallen oak lies across the path near the playground in the central park on "
        "Sunday morning.\n- \u00a9 Jane Doe 2024",
        "body",
        code="NC",
        note="a caption group over a credit with a year is a picture's, not a notice",
    ),
    c(
        "- The fallen oak near the playground on Sunday morning, after the storm.\n"
        "- \u00a9 AFP 2024",
        "body",
        code="NC",
        note="a credit with a year under a caption in the body",
        xfail="a one-line caption sentence over its credit is kept (prose); only the credit goes",
    ),
]

# From the fifth adversarial review: prompt words, platform names and footer links that are
# the article's own words: a subheading between two paragraphs, a fact box's line, an item of
# a list its lead-in announces.
KEEPS += [
    c("Subscribers", note="a subheading: 'Subscribers' over the subscriber figures"),
    c("Electoral register"),
    c("Netflix subscribers"),
    c("Login problems"),
    c("Le prix de l'abonnement", lang="fr"),
    c(
        "\u041c\u0430\u0441\u0441\u043e\u0432\u044b\u0435 \u0440\u0430\u0441\u0441\u044b\u043b\u043a\u0438",
        lang="ru",
    ),
    c(
        "Founded: 1998\nSubscribers: 41,000\nStaff: 120",
        "tail",
        note="a fact box: a label with a figure is no prompt",
    ),
    c("Abbonati: 25.300", "tail", lang="it"),
    c("Fuente: Bolet\u00edn Oficial del Estado", "tail", lang="es", note="a source, by its label"),
    c("WhatsApp", note="a platform's name as a subheading"),
    c(
        "The platforms covered by the ban are:\nFacebook\nInstagram\nTikTok\nSnapchat\nYouTube",
        "body",
        note="platforms listed under a lead-in (NC403, NC409)",
    ),
    c(
        "The platforms covered by the ban are:\nFacebook\nInstagram\nTikTok\nSnapchat\nYouTube",
        "tail",
        note="the same list after the article",
        xfail="NC409 takes a run of widget labels after the article; footer menus under a colon lead-in are commoner there",
    ),
    c("Privacy policy", note="a subheading of an explainer about privacy policies"),
]
REMOVES += [
    c("Sign up for our newsletter", note="between two paragraphs: still a prompt"),
    c(
        "- Follow us on social media for more:\n- Facebook\n- Instagram\n- TikTok\n- YouTube",
        "tail",
        code="NC",
        note="a follow bar's lead-in announces no list of the article's",
    ),
]

# From the review of those guards: what still calls on the reader stays junk between two
# paragraphs and under a lead-in; share bars are recognised by their lead-in's wording in
# many languages; fact lines hold figures in many forms.
REMOVES += [
    c("Log in", note="a sign-in button between two paragraphs"),
    c("Subscribers only", note="a paywall label between two paragraphs"),
    c(
        "Get our daily briefing every morning:\n- Morning newsletter\n- Subscribe",
        "tail",
        code="NC",
        note="a sign-up box's lead-in does not make its buttons the article's list",
    ),
    c(
        "Partagez cet article avec vos amis :\n- Facebook\n- Twitter\n- WhatsApp",
        "tail",
        lang="fr",
        code="NC",
        note="a share bar under its lead-in",
    ),
    c(
        "Tell your friends about this story:\n- Facebook\n- Twitter\n- WhatsApp",
        "tail",
        code="NC",
        note="a share bar under an English lead-in without the word 'share'",
    ),
]
KEEPS += [
    c(
        "Subscribers: 41,000 (2024)\nPaid subscribers: 3.1 million\n"
        "Subscription price: \u20ac9.99 a month",
        "tail",
        note="fact lines with figures in other forms",
    ),
    c(
        "Under the new rules, every site must publish:\nTerms of use\nPrivacy policy",
        note="legal page names listed by the article (NC407)",
    ),
    c(
        "The five most-followed accounts on the platform are:\nInstagram\nYouTube\nTikTok",
        note="'followed' inside a lead-in is no follow bar",
    ),
]

# From the sixth adversarial round: the heading guard over a short paragraph.
KEEPS += [
    c(
        "Advertising\nAdvertising revenue fell 4% last year.",
        note="a subheading over a one-sentence paragraph that opens with its word (NC404)",
    ),
]

# From the sixth adversarial round (column-shaped dumps): a kicker, a short headline, a byline
# and a share bar are a run of short lines, but the headline over the byline is no menu item.
REMOVES += [
    c(
        "- Travel\nA weekend in Durham\n- By Helen Marsh\n- Share\n- Facebook\n- X\n"
        "Durham is small enough to walk across in half an hour, and the cathedral is free.\n"
        "Rooms at the Castle Inn start at \u00a395 a night in March, and the station is close.",
        "doc",
        code="NC",
        note="the headline stays; kicker, byline and share bar go",
    ),
    c(
        "- Politik\nRok powodzi w Krakowie\n- Autor: Anna Nowak\n- Udost\u0119pnij\n- Facebook\n"
        "- WhatsApp\n"
        "Rada miasta przyj\u0119\u0142a w czwartek plan budowy nowych wa\u0142\u00f3w wzd\u0142u\u017c Wis\u0142y.\n"
        "Prace maj\u0105 potrwa\u0107 cztery lata i kosztowa\u0107 oko\u0142o 240 milion\u00f3w z\u0142otych.",
        "doc",
        lang="pl",
        code="NC",
        note="the same head in Polish",
    ),
]
# From the review of that change: a menu's byline-shaped item names no one.
REMOVES += [
    c(
        "- Home\n- Local News\n- By Topic\n- Sport\n- Sign in\n{title}\n"
        + "\n".join(PARAGRAPHS[:3]),
        "doc",
        code="NC",
        note="'By Topic' in a menu does not make 'Local News' a headline",
    ),
]

# Topic-tag lines (NC412): a tag label over a list goes; a sentence after the label stays.
REMOVES += [
    c("Tags: BGR Deals", "tail", code="NC412"),
    c("Schlagw\u00f6rter: Hochwasser, Stadtrat", "tail", lang="de", code="NC412"),
    c("Schlagworte: Wohnen, Stadtrat", "tail", lang="de", code="NC412"),
    c("Etiquetas: vivienda, transporte", "tail", lang="es", code="NC412"),
]
KEEPS += [
    c(
        "Temas: la vivienda y el transporte dominaron la reuni\u00f3n del consejo.",
        "tail",
        lang="es",
    ),
    c(
        "Tags worn by the birds showed that some had flown more than 4,000 kilometres.",
        "tail",
    ),
]

# The Chinese share bar (NC403), and WeChat as a tech story's subheading.
REMOVES += [c("- 微信\n- 微博\n- 复制链接", "head", lang="zh", code="NC403")]
KEEPS += [c("微信", lang="zh", note="a platform's name between two paragraphs")]
REMOVES += [
    c(
        "- 社会\n房东因霉变被罚3万元\n- 记者 李明\n- 2026-03-12 09:14\n- 分享\n- 微信\n- 微博\n- 复制链接\n"
        "一名房东因出租房屋严重霉变被罚款3万元，区政府表示将在全区范围内加强对出租房屋的检查。\n"
        "租户在霉菌中生活了两年，多次投诉后才得到处理，当地媒体对此进行了连续报道。",
        "doc",
        lang="zh",
        code="NC",
        note="a Chinese head: the headline over '记者 李明' stays (a CJK name has no spaces)",
    ),
]

# From the twelfth held-out round: a call used as the writer's generic example.
KEEPS += [
    c(
        "Subscribe to a newspaper, sign up to a newsletter, share an article: every one of "
        "these acts now begins with a pop-up.",
        "head",
    ),
    c(
        "Every time you subscribe to a newspaper there is a pop-up first, and nobody reads it.",
        "head",
    ),
]

# Share bars in more languages, live-blog controls, the blog software's comment form.
REMOVES += [
    c("Delen", lang="nl", code="NC403"),
    c("Dela", lang="sv", code="NC403"),
    c("Payla\u015f", lang="tr", code="NC403"),
    c("Facebook'ta payla\u015f", lang="tr", code="NC403"),
    c("\u30b7\u30a7\u30a2\u3059\u308b", lang="ja", code="NC403"),
    c("\u0634\u0627\u0631\u0643", lang="ar", code="NC403"),
    c("Load more updates", "tail", code="NC406"),
    c("Show 24 previous updates", "tail", code="NC406"),
    c("Weitere Beitr\u00e4ge laden", "tail", lang="de", code="NC406"),
    c(
        "- Your email address will not be published. Required fields are marked *\n"
        "- Comment *\n- Name *\n- Email *\n- Post Comment",
        "tail",
        code="NC4",
    ),
]

KEEPS += [
    c("Dela Cruz said the vote would be held again in March.", lang="sv"),
    c("Delen van de stad stonden dinsdag onder water.", lang="nl"),
    c("Your email address will not be published, the bank promised its customers.", "body"),
]

# The site's own affiliate disclosure on top of the page, above the text (inside the text
# or at its end it stays: see the KEEPS below).
_PAGE_TOP = "~ Home\n~ News\n~ Sport\n~ Culture\n~ Weather\n"
_HEAD = "Harbour city approves new flood barrier\n~ By Helen Marsh\n"
_BODY = (
    "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour "
    "mouth.\nEngineers expect the project to cost about 240 million euros and to take four "
    "years."
)
REMOVES += [
    c(
        "- We may earn a commission from links on this page.\n" + _PAGE_TOP + _HEAD + _BODY,
        "doc",
        code="NC404",
    ),
    c(
        "- This post may contain affiliate links. Please read my disclosure policy.\n"
        + _PAGE_TOP
        + _HEAD
        + _BODY,
        "doc",
        code="NC404",
    ),
    c(
        "- When you purchase through links on our site, we may earn an affiliate commission. "
        "Here's how it works.\n" + _PAGE_TOP + _HEAD + _BODY,
        "doc",
        code="NC404",
    ),
    c("Advertiser disclosure", "head", code="NC404"),
    c(
        "- Cet article contient des liens affili\u00e9s.\n" + _PAGE_TOP + _HEAD + _BODY,
        "doc",
        lang="fr",
        code="NC404",
    ),
]

KEEPS += [
    c(
        "Bloggers who earn a commission from affiliate links must disclose them, the regulator "
        "ruled on Tuesday.",
        "body",
    ),
    c("Amazon cut the affiliate commission it pays to creators of home goods to 3%.", "head"),
    c(
        "FTC: We use income earning auto affiliate links. More.",
        "tail",
        note="a writer's sign-off under every story: the dev set labels it part of the article",
    ),
]

# From the thirteenth held-out round: category lines in other languages, a paywall line.
REMOVES += [
    c("Categories: Club news, Youth football", "tail", code="NC412"),
    c("Kategorien: Lokales, Verkehr", "tail", lang="de", code="NC412"),
    c("Cat\u00e9gories : Politique, Soci\u00e9t\u00e9", "tail", lang="fr", code="NC412"),
    c("Subscribe to continue reading. Already a subscriber? Log in", "tail", code="NC405"),
]

REMOVES += [
    c(
        "- Categories:\u00a0\u00a0\u00a0\n- Fan Testimonial\n- How To\n- Opinions\n"
        "- Partner Announcement\n- Partner Success\n- Press\n- Pro Tips\n- Research",
        "tail",
        code="NC401",
        note="an empty category label over a list of links heads a related block, which goes "
        "whole; taken alone as a tag line (NC412), it left the list headless in a dev page dump",
    ),
]

KEEPS += [
    c("Category: Best Picture", "body", note="an awards list's line, not the site's tags"),
]

# From the fourteenth held-out round: share words written as sentences of a poem.
KEEPS += [
    c(
        "Curtir.\nComentar.\nCompartilhar.\nSeguir,\ndeixar de seguir.",
        lang="pt",
        note="buttons carry no full stop",
    ),
]

# Cookie notices in other words and languages, on the page around the text: a cookie word
# and the site speaking. Inside the text (an op-ed in which the paper says "we"), or said of
# others, they stay.
_MENU = "~ Home\n~ News\n~ Sport\n~ Culture\n~ Weather\n"
_STORY = (
    "Harbour city approves new flood barrier\n"
    "~ By Helen Marsh\n"
    "The city council voted 31 to 8 on Thursday to build a movable barrier across the harbour "
    "mouth.\n"
    "Engineers expect the project to cost about 240 million euros and to take four years.\n"
)
REMOVES += [
    c(
        "- Wir verwenden Cookies und \u00e4hnliche Technologien, um Inhalte zu personalisieren.\n"
        + _MENU
        + _STORY,
        "doc",
        lang="de",
        code="NC406",
    ),
    c(
        "- Este site utiliza cookies para melhorar a sua experi\u00eancia de navega\u00e7\u00e3o.\n"
        + _MENU
        + _STORY,
        "doc",
        lang="pt",
        code="NC406",
    ),
]

KEEPS += [
    c(
        "The regulator said sites that use cookies must offer a reject button as easy as the "
        "accept button.",
        "body",
    ),
    c(
        "Regulator fines shoe retailer over cookie banner\n"
        "The banner read: we use cookies to give you the best experience, and nothing else.\n"
        "The Information Office fined the retailer 1.4 million pounds on Tuesday.",
        "doc",
        note="quoted in the text",
    ),
    c(
        "Nous utilisons des cookies, et nous vous devons une explication.",
        "head",
        lang="fr",
        note="an op-ed in which the paper speaks: its first line",
    ),
    c("We will publish our full list of cookies on this page on Monday.", "tail"),
]


# The blog software's comment form in its translations.
REMOVES += [
    c(
        "- Votre adresse e-mail ne sera pas publi\u00e9e. Les champs obligatoires sont "
        "indiqu\u00e9s avec *\n- Publier le commentaire",
        "tail",
        lang="fr",
        code="NC406",
    ),
    c("Ihre E-Mail-Adresse wird nicht ver\u00f6ffentlicht.", "tail", lang="de", code="NC406"),
    c("Il tuo indirizzo email non sar\u00e0 pubblicato.", "tail", lang="it", code="NC406"),
]

# Audio and gift buttons.
REMOVES += [
    c("Artikel h\u00f6ren", "head", lang="de", code="NC406"),
    c("Offrir l'article", "head", lang="fr", code="NC406"),
    c("Listen \u2022 4:12", "head", code="NC406"),
]

# From a review of the session's changes: ledes about affiliate links and cookies.
KEEPS += [
    c(
        "The US Federal Trade Commission fined three retailers on Tuesday over hidden "
        "affiliate links in product reviews.",
        "head",
    ),
    c(
        "We analysed 500 product reviews and found affiliate links in nine out of ten of them.",
        "head",
    ),
    c("Our troop sold 4,000 boxes of cookies this spring, the leader said", "head"),
]
