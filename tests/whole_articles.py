"""Whole articles that must come out unchanged: lists, verse, live blogs and interviews that
look like page furniture: each was found losing body text in one of two adversarial reviews
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
    "chat_log_court": (
        "a message log quoted in court reporting, headers starting with the time (NC410)",
        "Messages shown to jury in fraud trial\nJurors in the trial of two former bank traders were shown messages on Wednesday that prosecutors say prove the men knew the deal was illegal.\nThe exchange took place on the night before the sale, over a messaging app the bank did not monitor.\nAt 11:02 p.m., Harris wrote:\nIf this gets out we are finished.\nAt 11:05 p.m., Patel replied:\nNobody will check, they never do.\nAt 11:09 p.m., Harris wrote:\nDelete this chat.\nBoth men deny fraud. Patel's lawyer told the court the messages were a joke between friends.\nThe prosecution is expected to close its case next week, and the defence will call its first witness on Monday.\nThe trial continues.\n",
    ),
    "transcript_court_said": (
        "a hearing transcript with 'At 10:15 am the judge said:' headers (NC410)",
        "Judge questions police chief\nThe police chief was questioned for three hours on Tuesday about the decision to clear the square.\nThe judge asked him why officers had not waited for the order from the ministry to arrive in writing.\nAt 10:15 am the judge said:\nWho gave the order?\nAt 10:16 am the chief replied:\nI did, on my own authority.\nAt 10:20 am the judge said:\nThen you take responsibility for what followed.\nThe hearing continues on Thursday, when two of the officers who were in the square will give evidence.\nLawyers for the families said the chief's answers contradicted his written statement from last year.\n",
    ),
    "court_live_wrote_time": (
        "emails quoted at an inquiry under 'On <date> at <time>, X wrote:' (NC410)",
        "Emails reveal minister was warned\nEmails released by the inquiry on Monday show that the minister was warned about the cladding three years before the fire.\nThe first warning came from a fire safety engineer employed by the council, in the spring of 2014.\nOn March 3, 2014 at 9:12 am, the engineer wrote:\nThe panels will burn. I cannot sign this off.\nOn March 4, 2014 at 4:40 pm, the minister's adviser replied:\nNoted. Please do not put this in writing again.\nOn March 10, 2014 at 11:05 am, the engineer wrote:\nI have to put it in writing. It is my job.\nThe minister told the inquiry she had never seen the emails.\nHer lawyer said the adviser had not passed them on, and that the minister had acted on the advice she was given.\nThe inquiry resumes on Wednesday.\n",
    ),
    "like_many_on_tiktok": (
        "a lead sentence that mentions a platform after 'Like ... on TikTok,' (NC403)",
        "The teenagers who cannot put their phones down\nLike millions of teenagers on TikTok, Maria Santos starts her day by scrolling through videos before she gets out of bed.\nThe city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth, ending a decade of argument.\nEngineers expect the project to cost about 240 million euros and to take four years to finish, according to the planning office.\nOpponents said they would challenge the decision in court next month, and a local referendum may follow in the spring.\n",
    ),
    "join_protesters_on_x_end": (
        "a closing sentence 'Join the thousands ... on X, the organisers urged' (NC403)",
        "Protesters rally for better rail services\nThe city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth, ending a decade of argument.\nEngineers expect the project to cost about 240 million euros and to take four years to finish, according to the planning office.\nOpponents said they would challenge the decision in court next month, and a local referendum may follow in the spring.\nJoin the thousands who have shared their stories on X, the organisers urged supporters at the end of the rally.\n",
    ),
    "lead_subscription_you": (
        "a lead about a subscription price rise, with 'you' and 'said' (NC405)",
        "Netflix raises prices again\nIf you pay for a Netflix subscription, your monthly bill is about to go up again, the company said on Tuesday.\nThe city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth, ending a decade of argument.\nEngineers expect the project to cost about 240 million euros and to take four years to finish, according to the planning office.\nOpponents said they would challenge the decision in court next month, and a local referendum may follow in the spring.\n",
    ),
    "end_newsletter_our": (
        "a closing sentence about the council's newsletter (NC405)",
        "Council backs flood plan\nThe city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth, ending a decade of argument.\nEngineers expect the project to cost about 240 million euros and to take four years to finish, according to the planning office.\nOpponents said they would challenge the decision in court next month, and a local referendum may follow in the spring.\nThe council's newsletter, which it sends to every household, will carry details of the barrier plan in our area next month, she said.\n",
    ),
    "id_berlangganan": (
        "an Indonesian sentence opening with 'Berlangganan' (NC405)",
        "Tarif listrik naik mulai Juli\nThe city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth, ending a decade of argument.\nEngineers expect the project to cost about 240 million euros and to take four years to finish, according to the planning office.\nBerlangganan listrik kini lebih mahal setelah pemerintah menaikkan tarif mulai bulan depan.\nKenaikan ini akan berdampak pada sekitar 20 juta pelanggan rumah tangga di seluruh Indonesia, kata menteri.\nOpponents said they would challenge the decision in court next month, and a local referendum may follow in the spring.\nShopkeepers in the old town, whose cellars flooded three times last winter, welcomed the vote but said the money came too late.\n",
    ),
    "vi_dang_ky_nhan": (
        "a Vietnamese sentence opening with 'Đăng ký nhận' (NC405)",
        "Người lao động được hỗ trợ tiền mặt\nThe city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth, ending a decade of argument.\nEngineers expect the project to cost about 240 million euros and to take four years to finish, according to the planning office.\nĐăng ký nhận hỗ trợ sẽ bắt đầu từ ngày 1 tháng 7, theo thông báo của bộ.\nNgười lao động mất việc do dịch bệnh có thể nhận tối đa 3 triệu đồng mỗi tháng trong ba tháng.\nOpponents said they would challenge the decision in court next month, and a local referendum may follow in the spring.\nShopkeepers in the old town, whose cellars flooded three times last winter, welcomed the vote but said the money came too late.\n",
    ),
    "it_iscriviti": (
        "an Italian sentence opening with 'Iscriviti' (NC405)",
        "Università, boom di iscrizioni\nThe city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth, ending a decade of argument.\nEngineers expect the project to cost about 240 million euros and to take four years to finish, according to the planning office.\nIscriviti all'università entro settembre, è il consiglio del ministro agli studenti indecisi.\nOpponents said they would challenge the decision in court next month, and a local referendum may follow in the spring.\nShopkeepers in the old town, whose cellars flooded three times last winter, welcomed the vote but said the money came too late.\n",
    ),
    "subscribe_sentence_scam": (
        "a warning that quotes a subscription scam (NC405)",
        "Regulator warns of subscription traps\nThe city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth, ending a decade of argument.\nEngineers expect the project to cost about 240 million euros and to take four years to finish, according to the planning office.\nSubscribe to one of these apps and you will be billed 9.99 a week, the regulator warned.\nOpponents said they would challenge the decision in court next month, and a local referendum may follow in the spring.\nShopkeepers in the old town, whose cellars flooded three times last winter, welcomed the vote but said the money came too late.\n",
    ),
    "html_style_about": (
        "a sentence naming the <style> tag (NC102 would cut the rest of the line)",
        "Spam network hid links on government sites\nThe city council voted 31 to 8 on Thursday to build a movable barrier across the harbour mouth, ending a decade of argument.\nEngineers expect the project to cost about 240 million euros and to take four years to finish, according to the planning office.\nThe attackers hid the text with a <style> rule that made it invisible to users but not to search engines.\nOpponents said they would challenge the decision in court next month, and a local referendum may follow in the spring.\nShopkeepers in the old town, whose cellars flooded three times last winter, welcomed the vote but said the money came too late.\n",
    ),
}
