"""NC1xx text normalisation: invisible lines go; fixers repair text and leave real text alone."""

from cases import c

FAMILY = "NC1"

REMOVES = [
    c("\u00a0", "head", note="nbsp-only line in the media block (China Daily)"),
    c("\u00a0", "body"),
    c("\u00a0\u00a0\u00a0", "tail"),
    c("\u200b", "body", note="zero-width space only"),
    c("\u00a0 \u00a0 \u00a0", "body"),
    c("\ufeff", "head", note="stray byte-order mark on its own line"),
    c("\u3000", "body", lang="zh", note="ideographic space only"),
    c("\u2060\u00a0", "body"),
]

FIXES = [
    c(
        "The caf\u00c3\u00a9 on the quay reopened on Monday after the flood.",
        after="The caf\u00e9 on the quay reopened on Monday after the flood.",
    ),
    c(
        "\u00e2\u20ac\u0153We will rebuild,\u00e2\u20ac\u009d the owner said.",
        after="\u201cWe will rebuild,\u201d the owner said.",
    ),
    c(
        "Die Stra\u00c3\u0178e am Hafen bleibt bis Freitag gesperrt.",
        lang="de",
        after="Die Stra\u00dfe am Hafen bleibt bis Freitag gesperrt.",
    ),
    c(
        "\u00d0\u0153\u00d0\u00be\u00d1\u0081\u00d0\u00ba\u00d0\u00b2\u00d0\u00b0 \u00d0\u00b8 "
        "\u00d0\u0178\u00d0\u00b5\u00d0\u00ba\u00d0\u00b8\u00d0\u00bd",
        lang="ru",
        after="\u041c\u043e\u0441\u043a\u0432\u0430 \u0438 \u041f\u0435\u043a\u0438\u043d",
    ),
    c(
        "The mayor said <b>no</b> to a second referendum.",
        after="The mayor said no to a second referendum.",
    ),
    c(
        "Fish &amp; chips sales fell by a third during the floods.",
        after="Fish & chips sales fell by a third during the floods.",
    ),
    c(
        'The <a href="https://example.org/report">report</a> was published on Monday.',
        after="The report was published on Monday.",
    ),
    c(
        "\u00a0The barrier will close about twenty times a year.\u00a0",
        after="The barrier will close about twenty times a year.",
    ),
    c(
        "The  barrier   will close\tabout twenty times a year.",
        after="The barrier will close about twenty times a year.",
    ),
    c("Resi\u00addents will get re\u00adfunds.", after="Residents will get refunds."),
    c(
        "\u041c\u044d\u0440\u00a0\u0433\u043e\u0440\u043e\u0434\u0430 \u043e\u0434\u043e\u0431\u0440\u0438\u043b "
        "\u043f\u043b\u0430\u043d.",
        lang="ru",
        after="\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u043e\u0434\u043e\u0431\u0440\u0438\u043b "
        "\u043f\u043b\u0430\u043d.",
    ),
]

KEEPS = [
    c("AT&T and T-Mobile said they would restore service to the old town within a day."),
    c("If the sea rises more than 1.2 metres, that is, if h > 1.2, the gates close."),
    c("Engineers wrote <3 on the last concrete block, a tradition on the site."),
    c("The caf\u00e9 na\u00efve art show goes ahead in the r\u00e9sum\u00e9 hall."),
    c("\u201cWe were told the water would never reach the library,\u201d she said."),
    c("\u2018It\u2019s not over,\u2019 he said \u2014 and he was right."),
    c("The mayor\u2019s office said the vote \u2013 31 to 8 \u2013 was final."),
    c(
        "Zw\u00f6lf Boxk\u00e4mpfer jagen Viktor quer \u00fcber den gro\u00dfen Sylter Deich.",
        lang="de",
    ),
    c("\u00ab Nous reconstruirons le quai \u00bb, a d\u00e9clar\u00e9 la maire samedi.", lang="fr"),
    c("El alcalde dijo que la obra costar\u00e1 240 millones de euros.", lang="es"),
    c("A obra dever\u00e1 come\u00e7ar na primavera, disse a prefeitura.", lang="pt"),
    c("Il sindaco ha detto che i lavori inizieranno in primavera.", lang="it"),
    c(
        "\u00ab\u041c\u044b \u0432\u043e\u0441\u0441\u0442\u0430\u043d\u043e\u0432\u0438\u043c "
        "\u043d\u0430\u0431\u0435\u0440\u0435\u0436\u043d\u0443\u044e\u00bb, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b "
        "\u043c\u044d\u0440.",
        lang="ru",
    ),
    c("Prezydent miasta zapowiedzia\u0142, \u017ce budowa ruszy wiosn\u0105.", lang="pl"),
    c("Wali kota mengatakan pembangunan akan dimulai musim semi mendatang.", lang="id"),
    c(
        "Th\u1ecb tr\u01b0\u1edfng cho bi\u1ebft c\u00f4ng tr\u00ecnh s\u1ebd kh\u1edfi c\u00f4ng v\u00e0o m\u00f9a xu\u00e2n.",
        lang="vi",
    ),
    c(
        "\u5e02\u957f\u8868\u793a\uff0c\u9632\u6d2a\u95f8\u5c06\u4e8e\u660e\u5e74\u6625\u5929\u5f00\u5de5\u3002",
        lang="zh",
    ),
    c(
        "Vi\u1ec7t Nam v\u00e0 \u00c2u Ch\u00e2u k\u00fd hi\u1ec7p \u0111\u1ecbnh.",
        lang="vi",
        note="\u00c2 followed by a letter is Vietnamese, not mojibake",
    ),
    c(
        "\u00c5se and \u00d8ystein \u00c6rlig moved to the quay in 1998.",
        note="Nordic names look like mojibake hints",
    ),
    c("The recipe uses 2 \u00bd cups of flour and a \u00bc teaspoon of salt."),
    c("Temperatures fell to \u221212\u00b0C on the night of the storm."),
    c("Use the <Enter> key to confirm, the manual says."),
    c("The C++ header <vector> is not the problem, the developer said."),
    c("Q&A: what the barrier means for your home insurance"),
    c("Emoji reactions \U0001f30a\U0001f6a7 flooded the council's page during the vote."),
]

FIXES += [
    c(
        "\u00a0\u00d8\u00a4",
        after="\u0624",
        note="found by Hypothesis: ftfy only sees the mojibake once NC103 trims the nbsp, so "
        "the fixer chain repeats until the line is stable (else a second clean changes it)",
    ),
]

# From the third adversarial review: symbols that carry a value are not separators (NC105).
KEEPS += [
    c("★★★★☆", "body", note="a review's star rating on its own line"),
    c("Battery life\n✓\n✗\n✓", "body", note="a comparison table's ticks and crosses"),
]

# From the fourth adversarial review: prose about HTML names tags and entities (NC102 leaves
# the line alone); real leftovers are glued to the text or carry attributes.
KEEPS += [
    c("Editors were told to stop using <b> for emphasis and to use <strong> instead."),
    c("The script sits between <script> and </script> on every page of the site."),
    c("The loop runs while x<b and y>0, which the auditors said was never checked."),
    c("A stray &nbsp; in the template showed up as a gap in every headline."),
    c("The council's page linked to /results?year=2026&region=north for the figures."),
    c("The attack string “<img src=x onerror=alert(1)>” was posted in the comments."),
]
FIXES += [
    c("Emissions of CO<sub>2</sub> fell by a fifth.", after="Emissions of CO2 fell by a fifth."),
    c(
        "<i>Middlemarch</i>'s heroine was the subject of the lecture.",
        after="Middlemarch's heroine was the subject of the lecture.",
    ),
    c("The first line.<br>The second line.", after="The first line. The second line."),
]

# From the fourth adversarial review: symbol lines a sentence announces, emoji, and table
# cells between figures carry meaning (NC105).
KEEPS += [
    c(
        "Asked what he made of the result, the minister replied with a single emoji:\n🤷",
        "body",
    ),
    c("The shortest telegram on record was sent by a novelist to his publisher:\n?", "body"),
    c("Youth services\n£1.8m\n–\nRoads\n£9.0m\n£9.0m", "body", note="a budget table's empty cell"),
    c("Harbour Lights\n4\n=\nSea Breeze\n5\n↑", "body", note="chart positions"),
]
REMOVES += [c("Harbour news\n- •\nCity desk", "body", note="a separator between two cells")]

# From the fourth adversarial review: text that only looks like mojibake (NC101). A line
# with real accents elsewhere was decoded right; a repair must not unbalance quotes, put a
# lowercase letter into capitals or a Cyrillic letter into a Latin word.
KEEPS += [
    c("Customers saw JosÃ© GarcÃ­a on their bills instead of José García, the bank said."),
    c("“VOLTO AMANHÃ”", lang="pt", note="a shop sign quoted in capitals"),
    c("MAÇÃ—ALCOBAÇA", lang="pt"),
    c("“HVAÐ”", lang="is"),
]
FIXES += [
    c("Ã‰COLE NORMALE", after="ÉCOLE NORMALE", lang="fr"),
    c("â€œHello,â€\x9d she said.", after="“Hello,” she said."),
]

# From the review of this session's changes: markup next to quotes, optional end tags,
# comments and adjacent links are markup; CJK mojibake and capitals with ß are repaired.
FIXES += [
    c(
        'He called the ruling "<em>unacceptable</em>" on Monday.',
        after='He called the ruling "unacceptable" on Monday.',
    ),
    c("It was a &#8220;historic&#8221; day.", after="It was a \u201chistoric\u201d day."),
    c("<li> Flour <li> Sugar", after="Flour Sugar"),
    c("Hello<!-- c -->World", after="Hello World"),
    c("Tags:<a>Politics</a><a>Economy</a>", after="Tags:Politics Economy"),
    c("GROSSE STRA\u00c3\u0178E GESPERRT", after="GROSSE STRA\u00dfE GESPERRT", lang="de"),
    c(
        "\u00e4\u00b8\u00ad\u00e5\u203a\u00bd\u00e5\u00a4\u2013\u00e4\u00ba\u00a4\u00e9\u0192\u00a8",
        after="\u4e2d\u56fd\u5916\u4ea4\u90e8",
        lang="zh",
    ),
]
KEEPS += [c("Ukraine's flag was everywhere in the square:\n\U0001f1fa\U0001f1e6", "body")]
