"""NC3xx structure: title repeats, duplicated lines and paragraphs, orphan labels.

Negatives: text that legitimately repeats (refrains, vote tallies, Q&A markers), sentences
that contain the title's words, and short lines that are subheadings or list items.
"""

from articles import PARAGRAPHS

from cases import c

FAMILY = "NC3"

REMOVES = [
    c("{title}", "head", note="headline printed twice"),
    c("\u00a0{title}\u00a0", "head", note="title repeated padded with nbsp (China Daily)"),
    c("{title}", "tail", note="headline repeated after the body (sharing widget)"),
    c("{TITLE}", "head", note="title repeated in capitals"),
    c(PARAGRAPHS[2], "body", note="paragraph 3 printed again right after itself"),
    c(PARAGRAPHS[0], "tail", note="lead paragraph repeated after the body (teaser)"),
    c(
        "{title}\n\n- " + PARAGRAPHS[5] + "\n\n" + "\n\n".join(PARAGRAPHS),
        "doc",
        note="a summary above the body repeating one of its paragraphs: the summary goes",
    ),
    c(
        "{title}\n\n"
        + "\n\n".join(PARAGRAPHS[:3])
        + "\n\n- "
        + PARAGRAPHS[2]
        + "\n\n-NC407 \u00a9 2022 Valley Times. All rights reserved.",
        "doc",
        note="the last paragraph printed twice, then the copyright footer",
    ),
    c(
        "{title}\n\n"
        + "\n\n".join(PARAGRAPHS[:3])
        + "\n\n- "
        + PARAGRAPHS[2]
        + "\n\n-NC407 \u00a9 2022 Valley Times",
        "doc",
        note="the same with a short footer",
    ),
    c(
        "{title}\n\n"
        + "\n\n".join(PARAGRAPHS[:3])
        + "\n\n- "
        + PARAGRAPHS[2]
        + "\n\n-NC407 \u00a9 Daily Ledger 2007",
        "doc",
        note="found by Hypothesis: a bare '\u00a9 name year' footer is not the credit of a "
        "caption group, so the first copy of the paragraph stays",
    ),
    c(
        "- Workers inspect the old quay wall on Monday.\n"
        "- Workers inspect the old quay wall on Monday.",
        "head",
        code="NC",
        note="caption printed twice without a credit",
        xfail="a doubled 8-word caption without credit in the media block: first copy kept (it counts as prose, so the body block starts there), only the repeat is removed (NC303)",
    ),
]

KEEPS = [
    c("{title}.", "head", note="the headline's words as the lede's sentence, with its full stop"),
    # sentences that share the title's words
    c(
        "The harbour city approved the new flood barrier after two wet winters, the council "
        "said, but the fight over who pays is only beginning."
    ),
    c("Why the harbour city approved a flood barrier", note="a subheading close to the title"),
    # real repetition
    c(
        "The crowd chanted:\nNo more floods!\nNo more floods!\nThen the vote was read out.",
        "doc",
        note="a chant quoted twice",
    ),
    c("Yes: 31\nNo: 8\nAbstained: 2", "body", note="vote tally lines"),
    c(
        "Q: When will the work start?\nA: Next spring.\nQ: Who pays?\nA: The city, the region "
        "and, we hope, the EU.",
        "body",
        note="interview markers repeat",
    ),
    c("Amsterdam\nRotterdam\nAntwerp\nHamburg", "body", note="a list of ports"),
    # subheadings and list items
    c("What happens next", "body"),
    c("Background", "body"),
    c("The barrier in numbers", "body"),
    c(
        "- 240 million euros\n- 4 years of construction\n- 20 closures a year",
        "body",
        note="literal list items",
    ),
    c("1. Raise the quay walls\n2. Build the barrier\n3. Do both", "body"),
    c("\u2022 Pumps\n\u2022 Flood doors\n\u2022 Sandbags", "body"),
    # multilingual subheadings and short text lines
    c("Was jetzt passiert", "body", lang="de"),
    c("Ce qui va changer", "body", lang="fr"),
    c("Qu\u00e9 pasa ahora", "body", lang="es"),
    c("O que muda", "body", lang="pt"),
    c("Cosa succede ora", "body", lang="it"),
    c("\u0427\u0442\u043e \u0434\u0430\u043b\u044c\u0448\u0435", "body", lang="ru"),
    c("Co dalej", "body", lang="pl"),
    c("Apa selanjutnya", "body", lang="id"),
    c("\u0110i\u1ec1u g\u00ec s\u1ebd x\u1ea3y ra", "body", lang="vi"),
    c("\u4e0b\u4e00\u6b65\u600e\u4e48\u505a", "body", lang="zh"),
]

KEEPS += [
    c(
        "Day 1\n"
        "Breakfast: Greek yogurt with berries, 2 Tbsp. granola and a handful of walnuts\n"
        "We start light because the first morning is the hardest one for most readers.\n"
        "Day 2\n"
        "Breakfast: Greek yogurt with berries, 2 Tbsp. granola and a handful of walnuts\n"
        "The second day repeats the breakfast, so that shopping stays simple for the week.\n"
        "Day 3\n"
        "Breakfast: Greek yogurt with berries, 2 Tbsp. granola and a handful of walnuts\n"
        "By the third day the routine should feel natural, the coach said in her notes.",
        note="a meal plan repeats long item lines on purpose: not alt text",
    ),
]

# An image's alt text printed at every picture, sometimes twice in a row (alt text and caption):
# copies that stand next to a subheading are not "isolated", but the pair gives them away.
REMOVES += [
    c(
        "{title}\n\n"
        + PARAGRAPHS[0]
        + "\n- Give the gift of homemade pear jam for the holidays #ad\n"
        + "WHAT YOU NEED\n"
        + PARAGRAPHS[1]
        + "\n- Give the gift of homemade pear jam for the holidays #ad\n"
        + "- Give the gift of homemade pear jam for the holidays #ad\n"
        + PARAGRAPHS[2]
        + "\n- Give the gift of homemade pear jam for the holidays #ad\n"
        + "HOW TO USE A CANNER\n"
        + PARAGRAPHS[3],
        "doc",
        code="NC303",
        note="a recurring alt text, once printed twice in a row: every copy goes, also those "
        "beside a subheading",
    ),
]

# Near copies never differ in a figure: two lines that do report two facts.
KEEPS += [
    c(
        "Harwood scored in the 12th minute with a header from a corner taken by Marsh.\n"
        "Harwood scored in the 88th minute with a header from a corner taken by Marsh.",
        note="the same sentence with another minute: two goals, not a duplicate",
    ),
    c(
        "The council approved 240 million euros for the barrier on Thursday after a long debate.\n"
        "The council approved 310 million euros for the barrier on Thursday after a long debate.",
        note="a corrected figure printed under the old one is for the editor to judge, not a rule",
    ),
]

KEEPS += [
    c(
        "Harbour Ferries said the crossing would be suspended until Friday.\n"
        "The company did not respond to a request for comment.\n"
        "The council said the pier had been inspected in the spring and found to be sound.\n"
        "Engineers from the regional authority will visit the site on Thursday morning.\n"
        "Valley Marine, which owns the damaged crane, was also contacted by the newspaper.\n"
        "The company did not respond to a request for comment.",
        note="a stock sentence said of two companies, well apart: not a duplicate",
    ),
]

# From the third adversarial review: repeats that are quoted or editorial, not alt text.
KEEPS += [
    c(
        "Asked whether she had deleted the messages, she said she could not remember doing so.\n"
        "[Long pause before the witness answers]\n"
        "Asked whether anyone else had access to the account, she said her husband knew it.\n"
        "[Long pause before the witness answers]\n"
        "Asked whether she had told the cabinet secretary, she said she had not thought so.\n"
        "[Long pause before the witness answers]",
        "body",
        note="an editor's note in square brackets, repeated in a transcript",
    ),
    c(
        "The chorus is the whole song, really, and they know it:\n"
        "Oh the harbour lights are burning, and the boats are coming home tonight\n"
        "Oh the harbour lights are burning, and the boats are coming home tonight",
        "body",
        note="a chorus sung twice, quoted after a lead-in ending in a colon (NC303, NC204)",
    ),
]

# A picture's text printed twice (alt text, then the same caption). Once on the page, it may be
# a video's title or a subheading beside its picture: the first copy stays, as for any
# duplicate. When the page does it for several pictures it is the template, and both go.
REMOVES += [
    c(
        "Rescue crews reach stranded hikers on the northern ridge\n"
        "- Rescue crews reach stranded hikers on the northern ridge",
        "body",
        code="NC",
        note="one picture's text doubled: only the second copy goes",
    ),
    c(
        "- Crews lower a stretcher from the ridge\n"
        "- Crews lower a stretcher from the ridge\n"
        "The two hikers, both from the city, had been missing since Saturday evening.\n"
        "- The hikers wait for the helicopter at dawn\n"
        "- The hikers wait for the helicopter at dawn",
        "body",
        code="NC",
        note="two pictures each with alt text and the same caption: the page's template",
    ),
]

# From the review: other doubled lines (the title, an ad label) are no picture's text, so they
# do not make a single doubled picture look like the page's template.
REMOVES += [
    c(
        "{title}\n\n-NC301 {title}\n\n"
        + PARAGRAPHS[0]
        + "\n\nWorkers clear the fallen oak\n\n- Workers clear the fallen oak\n\n"
        + PARAGRAPHS[1],
        "doc",
        code="NC",
        note="the title printed twice does not count as a doubled picture",
    ),
    c(
        "-NC404 Advertisement\n-NC404 Advertisement\n"
        "The storm also tore roofs off two sheds in the allotments behind the railway station.\n"
        "Workers clear the fallen oak\n- Workers clear the fallen oak",
        "body",
        code="NC",
        note="a doubled ad label does not count as a doubled picture",
    ),
]

# From the fifth adversarial review: parallel sentences about different places are no copies.
KEEPS += [
    c(
        "The Victoria Bridge will close to all traffic from 1 July for eight weeks while its deck is replaced.\n"
        "The Albert Bridge will close to all traffic from 1 July for eight weeks while its deck is replaced.",
        note="one word differs, and it is a different bridge",
    ),
]

# From the review: a changed word opening a sentence, or a fixed accent, is still a near copy.
REMOVES += [
    c(
        "The vote passed by 31 to 12. Opponents said they would challenge the decision in court.\n"
        "- The vote passed by 31 to 12. Critics said they would challenge the decision in court.",
        note="a sentence's first word changed: a near copy, not another subject",
    ),
    c(
        "\u00d4ng Nguy\u1ec5n V\u0103n An cho bi\u1ebft th\u00e0nh ph\u1ed1 s\u1ebd x\u00e2y th\u00eam hai c\u00e2y c\u1ea7u m\u1edbi trong n\u0103m nay.\n"
        "- \u00d4ng Nguy\u1ec5n V\u0103n \u00c2n cho bi\u1ebft th\u00e0nh ph\u1ed1 s\u1ebd x\u00e2y th\u00eam hai c\u00e2y c\u1ea7u m\u1edbi trong n\u0103m nay.",
        lang="vi",
        note="an accent fixed in a name: the same name",
    ),
]

# From the twelfth held-out round: a chant quoted twice, side by side, inside the body.
KEEPS += [
    c("Blue and white, we never die.\nBlue and white, we never die.", "body"),
]
