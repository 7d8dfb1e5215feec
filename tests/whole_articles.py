"""Whole articles that must come out unchanged: lists, verse, live blogs and interviews that
look like page furniture. Each was found deleting body text in a review of new rules
(all text invented). test_whole_articles.py cleans each and expects no removal."""

ARTICLES: dict[str, tuple[str, str]] = {
    "victims_intro1": (
        "a list of names after the intro sentence (NC409 long menu)",
        "Families gather in Carrow Vale a year after the mine collapse\nA year after the collapse at the Carrow Vale colliery, the town will read out the names of the fourteen men who died underground.\nThey were:\nThomas Albright\nDafydd Morgan\nHuw Pritchard\nGareth Ellis\nOwen Bevan\nRhys Cadwallader\nIeuan Price\nMark Thorne\nKevin Lloyd\nAlun Roberts\nSion Jenkins\nPeter Walsh\nDaniel Hughes\nLiam O'Connell\nThe memorial service will begin at ten o'clock outside the old pit gates, where a slate plaque has been fixed to the wall.\nOrganisers expect more than two thousand people to attend, including relatives who now live abroad.\n\"I still hear the siren some nights,\" said Carys Morgan, whose husband was among those killed.\nThe chapel choir will sing, and the names will be read aloud by the youngest child of each family, organisers said on Friday morning.\n",
    ),
    "squad_list": (
        "a squad list with position headings after the intro (NC409)",
        "Harwood names uncapped pair in World Cup squad\nHead coach Dana Harwood has named two uncapped players in her 23-player squad for next month's tournament in Australia.\nGoalkeepers\nEllie Marsh (Northfield)\nSophie Grant (Brackley City)\nHannah Doyle (Westbay)\nDefenders\nLucy Barnes (Northfield)\nAmira Khan (Redport United)\nJess Fulton (Brackley City)\nChloe Adeyemi (Westbay)\nGrace Whitfield (Hollins Athletic)\nMegan Lowe (Redport United)\nMidfielders\nIsla Turnbull (Northfield)\nRosie Kemp (Westbay)\nNadia Osei (Hollins Athletic)\nFreya Lind (Brackley City)\nHarwood said the squad had been the hardest she had ever picked, and that several experienced players had been unlucky to miss out.\nThe team flies out on Sunday and plays its first group match against Chile eleven days later.\n",
    ),
    "key_points_bullets": (
        "key points without full stops under the headline (NC409 ticker)",
        "Storm Ilsa: what we know so far\nKey points\nStorm Ilsa made landfall near Portmarsh early on Tuesday morning\nWinds of up to 110 mph were recorded on the exposed western coast\nMore than 200,000 homes are without power across three counties\nTwo people have died after trees fell on their cars\nThe coastguard rescued a family stranded on a sandbank near Hollow Bay\nAll rail services in the region are suspended until further notice\nSchools in the worst-hit areas will stay closed on Wednesday\nThe army has been asked to help clear blocked roads\nForecasters warn a second storm could arrive at the weekend\nThe government has promised emergency funding for affected councils\nStorm Ilsa arrived earlier than expected, hitting the coast shortly after 4am while most people were still asleep.\nEmergency services said they had received more than 3,000 calls in the first six hours, the busiest night in the region's history.\n",
    ),
    "poem_of_the_week": (
        "an unpunctuated poem before its commentary (NC409 ticker)",
        "Poem of the week: Low Tide at Marram Point by Elspeth Carew\nthe sea has gone out further than we thought\nleaving the ribs of a boat we never named\ngulls walk the sand like clerks with nothing to file\nand the light is the colour of old tin\nmy father stood here once and counted ships\nhe said the horizon was only a rumour\na line the eye draws so the heart can rest\nI did not believe him then and I do not now\nbut I stand where he stood and I count\nthe ships that are not there and the one that is\nCarew's poem moves between a literal shoreline and the shoreline of memory, and it refuses punctuation almost entirely.\nThe absence of full stops makes the lines drift into one another, the way the tide drifts back over the flats.\nIt is a quiet poem about inheritance, and about the stubbornness of grief, which counts what is missing as carefully as what remains.\n",
    ),
    "spanish_lyrics_head": (
        "lyrics opening an obituary (NC409 ticker)",
        "Muere a los 81 años la cantante Lucía Herrera\nllévame al río cuando se apague el día\ndéjame donde crecen los sauces del camino\ndile a mi madre que me fui cantando\ndile a mi padre que no tuve prisa\nllévame al río donde salían las barcas\ncántame otra vez las canciones viejas\ncántala bajito y cántala despacio\ncuando llegue la mañana a la bahía\nme levantaré y me iré contigo\ny nadie sabrá nunca adónde fuimos\nEsos versos, de su canción más conocida, fueron coreados por miles de personas en sus conciertos durante más de cinco décadas.\nLucía Herrera, que murió el domingo en su casa de Cádiz, nació en una familia de músicos en 1942.\n",
    ),
    "most_watched_netflix": (
        "a heading from the related vocabulary over a ten-item list inside the body (NC401)",
        "Crime dramas top the streaming charts\nCrime dramas took four of the ten places in the streaming service's list of its most-watched series of the year, published on Tuesday.\nMost watched\nThe Harbour Murders\nCold Case Fenmouth\nWhitlow\nSalt and Bone\nThe Amsel Affair\nNight Shift\nQueen of Westbay\nBlackwater Lane\nHollow Bay\nThe Last Ferry\nThe figures count the hours viewed in the first twenty-eight days after release, which favours long series over films.\nAnalysts said the list showed how much viewers still prize a slow-burning mystery they can watch over several evenings.\n",
    ),
    "live_blog_entries_tail_prose": (
        "live-blog entries under 'By name N hours ago' holding sentences (NC411)",
        "Storm Ilsa live: latest updates as winds reach 100mph\nWinds of more than 100mph have been recorded on the western coast, and the coastguard says it has carried out eleven rescues overnight.\nThe power company says 200,000 homes are now without electricity, most of them in rural areas.\nBy Maren Estrada 1 hour ago\nKey event\nCoastguard rescues family from sandbank near Hollow Bay\nA family of four has been rescued after becoming stranded on a sandbank near Hollow Bay.\nBy Tom Adeyemi 2 hours ago\nKey event\nRail services suspended across the region until further notice\nNetwork operators said trees were blocking the line in at least six places.\nBy Maren Estrada 3 hours ago\nKey event\nSchools in the worst-hit areas told to stay closed on Wednesday\nHead teachers were told late last night, and parents were sent text messages.\nBy Tom Adeyemi 4 hours ago\nWelcome to our live coverage of Storm Ilsa\n",
    ),
    "interview_speaker_lines": (
        "an interview with the speakers' names on their own lines (NC411)",
        '"The force can be much better": an interview with Helen Ashdown\nHelen Ashdown took over as chief constable in March. This interview has been edited for length and clarity.\nMaren Estrada\nWhy did you take the job when so many people told you not to?\nHelen Ashdown\nBecause I grew up here, and because I think the force can be much better than it is now, and I want to prove that to people.\nMaren Estrada\nWhat keeps you awake at night?\nHelen Ashdown\nKnife crime among teenagers, without a doubt.\nMaren Estrada\nIs morale as low as your officers say it is?\nHelen Ashdown\nYes, and they are right to say so.\nMaren Estrada\nWill you close any police stations?\nHelen Ashdown\nNot on my watch.\n',
    ),
    "MIN_interview2": (
        "a short interview whose answers are short (NC411)",
        "An interview with Helen Ashdown\nHelen Ashdown took over as chief constable in March. This interview has been edited for length and clarity.\nMaren Estrada\nWhy did you take the job?\nHelen Ashdown\nBecause I grew up here, and because I think the force can be much better than it is now.\nMaren Estrada\nWhat keeps you awake at night?\nHelen Ashdown\nKnife crime among teenagers.\nMaren Estrada\nIs morale as low as your officers say?\nHelen Ashdown\nYes, and they are right.\nMaren Estrada\nWill you close any police stations?\nHelen Ashdown\nNot on my watch.\n",
    ),
    "prize_judges_head_zone": (
        "judges listed by name and role after the intro (NC501)",
        'Marlow Prize names its judges for 2025\nThe Marlow Prize has named the five judges who will choose this year\'s winner from more than 160 submitted novels.\nRuth Ellison\nEditor\nKwame Mensah\nWriter\nAna Lima\nJournalist\nPeter Mbeki\nColumnist\nSarah Lindqvist\nBroadcaster\nThe panel will publish a longlist in July and a shortlist in September, and the winner will be announced at a dinner in London in November.\nEllison, who chairs the panel, said she was looking for "books that are brave enough to be strange".\n',
    ),
    "producer_obit": (
        "an obituary's subject and role under the headline (NC501)",
        "Film producer behind The Harbour Murders dies at 70\nAnn Whitlow\nProducer\nAnn Whitlow, whose television company made some of the most watched crime dramas of the past thirty years, has died at the age of 70.\nHer family said she died peacefully at home in Fenmouth after a short illness.\n",
    ),
    "image_caption_ai": (
        "sentences that start with 'Image caption' and 'Media caption' (NC204)",
        "Museums turn to AI to describe their collections\nMuseums are using artificial intelligence to write descriptions of millions of objects that have never been catalogued in detail.\nImage caption generators, which describe a photograph in a sentence, have improved quickly in the last two years.\nMedia caption standards for broadcasters are set by the regulator and require subtitles on most programmes.\nCurators say the tools still make mistakes, and that every description is checked by a person before it goes online.\n",
    ),
}
